namespace AmazonSpApi.Emulator;

/// <summary>
/// The values of the CarrierCode enumeration of Amazon's amzn-base.xsd (69 distinct; the emulator's own feed schema
/// states the same list, and FeedSchemaEquivalenceTests compares it with Amazon's when ../shared is present).
/// </summary>
internal static class CarrierCodes
{
    public static readonly string[] All =
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
}
