using System.Net;
using System.Text;
using System.Text.Json;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>A fully read HTTP response of one attempt.</summary>
internal sealed record SpApiHttpResult(
    HttpStatusCode StatusCode,
    byte[] Content,
    string? ContentType,
    string? ContentEncoding,
    string? RequestId,
    string? RateLimitHeader,
    int Attempts)
{
    public const string RequestIdHeader = "x-amzn-RequestId";
    public const string RateLimitLimitHeader = "x-amzn-RateLimit-Limit";

    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    public string Text => Encoding.UTF8.GetString(Content);

    /// <summary>Amazon's error list, when the body is one.</summary>
    public IReadOnlyList<SellingPartnerApiError> ParseErrors()
    {
        if (Content.Length == 0)
            return [];

        try
        {
            using var document = JsonDocument.Parse(Content);
            if (document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("errors", out var errors) &&
                errors.ValueKind == JsonValueKind.Array)
            {
                return errors.Deserialize<List<SellingPartnerApiError>>(SpApiJson.Options) ?? [];
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, an S3 XML error): no Amazon error list.
        }

        return [];
    }
}
