using System.Net;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

/// <summary>
/// A Selling Partner API call failed: Amazon answered with an error status, or every attempt failed with a timeout or a
/// network error. Carries what an operator needs to act on it and what Amazon support asks for (the request ID).
/// </summary>
public class SellingPartnerApiException : Exception
{
    public SellingPartnerApiException(
        string operation,
        HttpStatusCode? statusCode,
        IReadOnlyList<SellingPartnerApiError>? errors,
        string? requestId,
        int attempts,
        string? message = null,
        Exception? innerException = null)
        : base(message ?? BuildMessage(operation, statusCode, errors, requestId, attempts), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        Errors = errors ?? [];
        RequestId = requestId;
        Attempts = attempts;
    }

    /// <summary>The Selling Partner API operation (operationId of the model, for example <c>searchOrders</c>).</summary>
    public string Operation { get; }

    /// <summary>The HTTP status of the last attempt; null when no response came (timeout or network error).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Amazon's error list of the last response (code, message, details).</summary>
    public IReadOnlyList<SellingPartnerApiError> Errors { get; }

    /// <summary>The first of Amazon's error codes, if any.</summary>
    public string? ErrorCode => Errors.Count > 0 ? Errors[0].Code : null;

    /// <summary>The <c>x-amzn-RequestId</c> of the last response; quote it to Amazon support.</summary>
    public string? RequestId { get; }

    /// <summary>How many HTTP attempts were made.</summary>
    public int Attempts { get; }

    /// <summary>True for throttling (429).</summary>
    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>True when trying again later may succeed (throttling, server errors, timeouts, network errors).</summary>
    public bool IsTransient => StatusCode is null || StatusCode == HttpStatusCode.TooManyRequests || StatusCode == HttpStatusCode.RequestTimeout || (int)StatusCode >= 500;

    internal static string BuildMessage(string operation, HttpStatusCode? statusCode, IReadOnlyList<SellingPartnerApiError>? errors, string? requestId, int attempts, string? advice = null)
    {
        var amazon = errors is { Count: > 0 } ? " Amazon said: " + string.Join("; ", errors.Select(error => error.ToString())) + "." : string.Empty;
        var request = string.IsNullOrEmpty(requestId) ? string.Empty : $" Request ID: {requestId}.";
        var status = statusCode is null ? "no response" : $"HTTP {(int)statusCode.Value}";
        return $"Amazon Selling Partner API operation {operation} failed ({status}, {attempts} attempt(s)).{amazon}{request} {advice ?? Advice(statusCode)}";
    }

    private static string Advice(HttpStatusCode? statusCode) => statusCode switch
    {
        null => "Amazon could not be reached or did not answer in time; check the network and try again later.",
        HttpStatusCode.BadRequest => "The request was rejected as invalid; check the values sent (IDs, dates, marketplace).",
        HttpStatusCode.Unauthorized => "The access token was not accepted; check the app's client ID/secret and the refresh token of this account.",
        HttpStatusCode.Forbidden => "Access denied: check that the app has the roles this operation needs and that the seller authorized the app for this region (re-authorize it in Seller Central); restricted data needs a Restricted Data Token.",
        HttpStatusCode.NotFound => "The resource was not found; check the ID and the marketplace/region of the account.",
        HttpStatusCode.RequestEntityTooLarge => "The request is too large; send fewer items per call.",
        HttpStatusCode.UnsupportedMediaType => "The content type was not accepted.",
        HttpStatusCode.TooManyRequests => "Amazon throttled the calls; the operation will be retried on the next run.",
        _ when (int)statusCode.Value >= 500 => "Amazon had a server error; try again later.",
        _ => "See Amazon's error message."
    };
}

/// <summary>
/// Login with Amazon refused to issue an access token (for example <c>invalid_grant</c> or <c>invalid_client</c>).
/// Retrying does not help; the account's credentials must be fixed.
/// </summary>
public sealed class LwaAuthorizationException : SellingPartnerApiException
{
    public const string OperationName = "lwaToken";

    public LwaAuthorizationException(string error, string? errorDescription, HttpStatusCode? statusCode, string? requestId, int attempts)
        : base(OperationName, statusCode, [new SellingPartnerApiError { Code = error, Message = errorDescription ?? error }], requestId, attempts, BuildLwaMessage(error, errorDescription, statusCode))
    {
        LwaError = error;
        LwaErrorDescription = errorDescription;
    }

    /// <summary>The OAuth error code (<c>invalid_grant</c>, <c>invalid_client</c>, <c>unauthorized_client</c>, ...).</summary>
    public string LwaError { get; }

    public string? LwaErrorDescription { get; }

    private static string BuildLwaMessage(string error, string? description, HttpStatusCode? statusCode)
    {
        var advice = error switch
        {
            "invalid_grant" => "The refresh token is invalid, expired or revoked: re-authorize the app for this seller in Seller Central (Apps and Services > Manage Your Apps, or the app's authorization workflow) and save the new refresh token.",
            "invalid_client" => "The client ID or client secret is wrong: check the Login with Amazon credentials of the app in the Developer Central (Seller Central > Develop Apps) and save them again.",
            "unauthorized_client" => "The app is not allowed to use this grant: check the app registration in Seller Central.",
            "invalid_request" => "The token request was malformed: check that client ID, client secret and refresh token are filled in.",
            _ => "Check the Login with Amazon client ID, client secret and refresh token of this account."
        };
        var status = statusCode is null ? string.Empty : $" (HTTP {(int)statusCode.Value})";
        var text = string.IsNullOrWhiteSpace(description) ? error : $"{error}: {description}";
        return $"Login with Amazon refused the access token request{status}: {text}. {advice}";
    }
}
