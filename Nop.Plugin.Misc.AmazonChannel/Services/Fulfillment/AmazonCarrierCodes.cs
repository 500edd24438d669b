using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// Amazon's CarrierCode list (amzn-base.xsd, 69 distinct values; exact, case-sensitive spelling: Amazon classes an
/// unknown spelling as "Other", which lowers the seller's valid tracking rate), and the common tracking number
/// patterns used when no carrier mapping row matches.
/// </summary>
public static partial class AmazonCarrierCodes
{
    public const string Other = "Other";

    public static IReadOnlyList<string> All { get; } =
    [
        "USPS", "UPS", "UPSMI", "FedEx", "DHL", "Fastway", "GLS", "GO!", "Hermes Logistik Gruppe", "Royal Mail", "Parcelforce",
        "City Link", "TNT", "Target", "SagawaExpress", "NipponExpress", "YamatoTransport", "DHL Global Mail", "UPS Mail Innovations",
        "FedEx SmartPost", "OSM", "OnTrac", "Streamlite", "Newgistics", "Canada Post", "Blue Package", "Chronopost", "Deutsche Post",
        "DPD", "La Poste", "Parcelnet", "Poste Italiane", "SDA", "Smartmail", "FEDEX_JP", "JP_EXPRESS", "NITTSU", "SAGAWA", "YAMATO",
        "BlueDart", "AFL/Fedex", "Aramex", "India Post", "Professional", "DTDC", "Overnite Express", "First Flight", "Delhivery",
        "Lasership", "Yodel", "Other", "Amazon Shipping", "Seur", "Correos", "MRW", "Endopack", "Chrono Express", "Nacex", "Otro",
        "Correios", "Toll Global Express", "China Post", "AUSSIE_POST", "EUB", "Australia Post", "Yun Express", "4PX", "YANWEN",
        "SF Express"
    ];

    private static readonly HashSet<string> _codes = new(All, StringComparer.Ordinal);

    /// <summary>True only for an exact (case-sensitive) value of Amazon's list.</summary>
    public static bool IsKnown(string? code) => code is not null && _codes.Contains(code);

    /// <summary>
    /// The carrier a tracking number's format belongs to, or null. Only formats that are unambiguous are recognised:
    /// UPS 1Z…, USPS 20–22 digit IMpb numbers starting 92–95, UPU S10 numbers of USPS (…US) and Royal Mail (…GB).
    /// </summary>
    public static string? FromTrackingNumber(string? trackingNumber)
    {
        var value = trackingNumber?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (string.IsNullOrEmpty(value))
            return null;
        if (UpsPattern().IsMatch(value))
            return "UPS";
        if (UspsPattern().IsMatch(value) || value.EndsWith("US", StringComparison.Ordinal) && S10Pattern().IsMatch(value))
            return "USPS";
        if (value.EndsWith("GB", StringComparison.Ordinal) && S10Pattern().IsMatch(value))
            return "Royal Mail";
        return null;
    }

    [GeneratedRegex(@"^1Z[0-9A-Z]{16}$")]
    private static partial Regex UpsPattern();

    [GeneratedRegex(@"^9[2-5]\d{18,20}$")]
    private static partial Regex UspsPattern();

    [GeneratedRegex(@"^[A-Z]{2}\d{9}[A-Z]{2}$")]
    private static partial Regex S10Pattern();
}
