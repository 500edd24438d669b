using System.Globalization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>
/// The date forms Amazon writes in flat-file reports, read to UTC: ISO 8601 with an offset or Z
/// ("2026-11-23T10:15:00-08:00"), a date-time followed by a zone name ("2026-11-23 10:15:00 UTC"; UTC, GMT, PST, PDT),
/// "23-Nov-2026" and "2026-11-23" (midnight UTC). A date-time without zone is read as UTC. A form whose day and month
/// cannot be told apart ("01/02/2026") is refused, never guessed.
/// </summary>
internal static class ReportDates
{
    public const string Forms = "ISO 8601 (2026-11-23T10:15:00+00:00), 2026-11-23 10:15:00 UTC, 23-Nov-2026 or 2026-11-23";

    private static readonly string[] _isoForms =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK"
    ];

    private static readonly string[] _zonedForms = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "dd-MMM-yyyy HH:mm:ss", "yyyy-MM-dd", "dd-MMM-yyyy"];

    private static readonly Dictionary<string, TimeSpan> _zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero,
        ["GMT"] = TimeSpan.Zero,
        ["Z"] = TimeSpan.Zero,
        ["PST"] = TimeSpan.FromHours(-8),
        ["PDT"] = TimeSpan.FromHours(-7)
    };

    /// <summary>True when <paramref name="text"/> has a day/month order that cannot be known (a slash form).</summary>
    public static bool IsAmbiguous(string text) => text.Contains('/');

    public static bool TryParse(string text, out DateTime utc)
    {
        utc = default;
        if (IsAmbiguous(text))
            return false;

        var value = WithColonInOffset(text.Trim());
        if (DateTimeOffset.TryParseExact(value, _isoForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            utc = iso.UtcDateTime;
            return true;
        }

        var offset = TimeSpan.Zero;
        var space = value.LastIndexOf(' ');
        if (space > 0 && _zones.TryGetValue(value[(space + 1)..], out var zone))
        {
            offset = zone;
            value = value[..space];
        }

        if (!DateTime.TryParseExact(value, _zonedForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return false;
        utc = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).UtcDateTime;
        return true;
    }

    // "+0000" → "+00:00", the form .NET's offset specifier reads.
    private static string WithColonInOffset(string value) =>
        value.Length > 5 && value[^5] is '+' or '-' && value[^3] != ':' && value.AsSpan(value.Length - 4).IndexOfAnyExceptInRange('0', '9') < 0 && value.Contains('T')
            ? value[..^2] + ":" + value[^2..]
            : value;
}
