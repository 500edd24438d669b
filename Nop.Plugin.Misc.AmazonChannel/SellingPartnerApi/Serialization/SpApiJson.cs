using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

/// <summary>The JSON settings of every Selling Partner API request and response body.</summary>
public static class SpApiJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>ISO 8601 in UTC with a Z, whole seconds unless there is a fraction.</summary>
    public static string FormatDateTime(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.ToString(utc.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The response body was empty where {typeof(T).Name} was expected.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.AllowReadingFromString
        };
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
