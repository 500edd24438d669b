using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

/// <summary>Reads a JSON string or number as a string (Amazon's <c>Decimal</c> is a string; be lenient with numbers).</summary>
public sealed class StringOrNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetDecimal(out var value) ? value.ToString(CultureInfo.InvariantCulture) : reader.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string or a number, found {reader.TokenType}.")
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Writes date-times as ISO 8601 UTC (<c>2024-03-10T20:11:24Z</c>); reads any ISO 8601 form.</summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            return value;

        throw new JsonException($"'{text}' is not an ISO 8601 date-time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(SpApiJson.FormatDateTime(value));
}
