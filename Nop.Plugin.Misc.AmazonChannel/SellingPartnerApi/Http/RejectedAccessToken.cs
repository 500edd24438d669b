using System.Net;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>
/// Tells a rejected access token apart from other denials. Amazon answers both with 403 <c>Unauthorized</c>
/// "Access to requested resource is denied."; only the <c>details</c> (sometimes the message) name the token:
/// "The access token you provided is revoked, malformed or invalid." or "... has expired.".
/// </summary>
internal static class RejectedAccessToken
{
    /// <summary>What the admin does when a freshly issued token is rejected too.</summary>
    public const string Advice = "Amazon rejected a freshly issued access token as well: the seller's authorization of the app was revoked or has lapsed. " +
        "Re-authorize the app for this seller in Seller Central (Apps and Services > Manage Your Apps, or the app's authorization workflow) and save the new refresh token.";

    private static readonly string[] _verdicts = ["invalid", "expired", "revoked", "malformed"];

    /// <summary>True for a 401, or a 403 whose message or details say the access token is invalid, expired, revoked or malformed.</summary>
    public static bool Is(HttpStatusCode statusCode, IReadOnlyList<SellingPartnerApiError> errors) => statusCode switch
    {
        HttpStatusCode.Unauthorized => true,
        HttpStatusCode.Forbidden => errors.Any(error => NamesRejectedToken(error.Message) || NamesRejectedToken(error.Details)),
        _ => false
    };

    private static bool NamesRejectedToken(string? text) =>
        !string.IsNullOrEmpty(text) &&
        text.Contains("token", StringComparison.OrdinalIgnoreCase) &&
        _verdicts.Any(verdict => text.Contains(verdict, StringComparison.OrdinalIgnoreCase));
}
