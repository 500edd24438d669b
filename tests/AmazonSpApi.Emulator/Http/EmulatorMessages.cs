using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmazonSpApi.Emulator;

/// <summary>Transport-neutral request (built from an HttpRequestMessage or a Kestrel HttpContext).</summary>
internal sealed class EmulatorRequest
{
    public required string Method { get; init; }
    public required Uri Url { get; init; }
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }

    public string Path => Url.AbsolutePath;
    public string PathAndQuery => Url.PathAndQuery;
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>Transport-neutral response.</summary>
internal sealed class EmulatorResponse
{
    public int Status { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static EmulatorResponse Json<T>(int status, T value) => new()
    {
        Status = status,
        Body = JsonSerializer.SerializeToUtf8Bytes(value, EmulatorJson.Options),
        ContentType = "application/json",
    };

    public static EmulatorResponse Empty(int status) => new() { Status = status };

    public static EmulatorResponse Bytes(int status, byte[] body, string contentType) => new() { Status = status, Body = body, ContentType = contentType };

    /// <summary>Amazon's SP-API error body: <c>{"errors":[{"code","message","details"}]}</c>.</summary>
    public static EmulatorResponse Error(int status, string code, string message, string? details = null) =>
        Json(status, new ErrorList([new ApiError(code, message, details)]));

    public static EmulatorResponse Errors(int status, IEnumerable<ApiError> errors) => Json(status, new ErrorList(errors.ToArray()));

    public static EmulatorResponse InvalidInput(string message, string? details = null) => Error(400, "InvalidInput", message, details);

    public static EmulatorResponse NotFound(string message, string? details = null) => Error(404, "NotFound", message, details);

    public static EmulatorResponse Unauthorized(string details) => Error(403, "Unauthorized", "Access to requested resource is denied.", details);

    public static EmulatorResponse QuotaExceeded() => Error(429, "QuotaExceeded", "You exceeded your quota for the requested resource.", "");
}

internal sealed record ApiError(string Code, string Message, string? Details = null);

internal sealed record ErrorList(ApiError[] Errors);

internal static class EmulatorJson
{
    /// <summary>camelCase (the 2026-01-01, v0 confirmShipment, feeds, reports, tokens and sellers models all use it), nulls omitted.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Request bodies: property names must match the model exactly (case-sensitive), as Amazon's deserializer does.</summary>
    public static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string? Timestamp(DateTimeOffset? value) => value is { } v ? Timestamp(v) : null;

    public static bool TryParseTimestamp(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || !text.Contains('T'))
            return false;
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out value);
    }
}
