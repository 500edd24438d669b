namespace AmazonSpApi.Emulator;

/// <summary>A marketplace the emulator knows: ids, currency, region and sample addresses for generated orders.</summary>
public sealed record MarketplaceInfo(
    string Id,
    string Name,
    string CountryCode,
    string CurrencyCode,
    string LanguageCode,
    string DomainName,
    string Region,
    string OrderIdPrefix,
    int CurrencyDecimals,
    decimal PriceFactor,
    decimal TaxRate,
    bool TaxIncluded)
{
    public string SalesChannel => "Amazon." + DomainName["www.amazon.".Length..];

    /// <summary>The continental EU marketplaces write amounts in their flat files with a decimal comma (1.234,56).</summary>
    public bool WritesDecimalComma => Region == "EU" && CountryCode is not ("GB" or "IE");
}

internal sealed record SampleAddress(string City, string State, string PostalCode, string Street);

/// <summary>The marketplaces served by the emulator (subset of Amazon's marketplace ids).</summary>
public static class Marketplaces
{
    private static readonly MarketplaceInfo[] All =
    [
        new("ATVPDKIKX0DER", "Amazon.com", "US", "USD", "en_US", "www.amazon.com", "NA", "11", 2, 1m, 0.08m, false),
        new("A2EUQ1WTGCTBG2", "Amazon.ca", "CA", "CAD", "en_CA", "www.amazon.ca", "NA", "70", 2, 1.35m, 0.13m, false),
        new("A1AM78C64UM0Y8", "Amazon.com.mx", "MX", "MXN", "es_MX", "www.amazon.com.mx", "NA", "70", 2, 17m, 0.16m, true),
        new("A1F83G8C2ARO7P", "Amazon.co.uk", "GB", "GBP", "en_GB", "www.amazon.co.uk", "EU", "20", 2, 0.8m, 0.2m, true),
        new("A1PA6795UKMFR9", "Amazon.de", "DE", "EUR", "de_DE", "www.amazon.de", "EU", "30", 2, 0.92m, 0.19m, true),
        new("A13V1IB3VIYZZH", "Amazon.fr", "FR", "EUR", "fr_FR", "www.amazon.fr", "EU", "40", 2, 0.92m, 0.2m, true),
        new("APJ6JRA9NG5V4", "Amazon.it", "IT", "EUR", "it_IT", "www.amazon.it", "EU", "40", 2, 0.92m, 0.22m, true),
        new("A1RKKUPIHCS9HS", "Amazon.es", "ES", "EUR", "es_ES", "www.amazon.es", "EU", "40", 2, 0.92m, 0.21m, true),
        new("A1805IZSGTT6HS", "Amazon.nl", "NL", "EUR", "nl_NL", "www.amazon.nl", "EU", "40", 2, 0.92m, 0.21m, true),
        new("A1VC38T7YXB528", "Amazon.co.jp", "JP", "JPY", "ja_JP", "www.amazon.co.jp", "FE", "25", 0, 150m, 0.1m, true),
        new("A39IBJ37TRP1C6", "Amazon.com.au", "AU", "AUD", "en_AU", "www.amazon.com.au", "FE", "25", 2, 1.5m, 0.1m, true),
    ];

    private static readonly Dictionary<string, SampleAddress[]> Addresses = new()
    {
        ["US"] = [new("Seattle", "WA", "98109", "410 Terry Ave N"), new("Austin", "TX", "78701", "1200 Congress Ave"), new("Denver", "CO", "80202", "1701 Wynkoop St"), new("Boston", "MA", "02116", "200 Clarendon St")],
        ["CA"] = [new("Toronto", "ON", "M5V 2T6", "120 Bremner Blvd"), new("Vancouver", "BC", "V6B 0M3", "510 W Georgia St")],
        ["MX"] = [new("Ciudad de México", "CDMX", "06600", "Paseo de la Reforma 222")],
        ["GB"] = [new("London", "Greater London", "EC2A 2FA", "1 Principal Place"), new("Manchester", "Greater Manchester", "M1 1AD", "10 Piccadilly")],
        ["DE"] = [new("München", "Bayern", "80331", "Marienplatz 1"), new("Berlin", "Berlin", "10117", "Friedrichstraße 50"), new("Köln", "NRW", "50667", "Domkloster 4")],
        ["FR"] = [new("Paris", "Île-de-France", "75008", "12 Rue de Rivoli"), new("Lyon", "Auvergne-Rhône-Alpes", "69002", "5 Place Bellecour")],
        ["IT"] = [new("Milano", "MI", "20121", "Via Monte Napoleone 8")],
        ["ES"] = [new("Madrid", "Madrid", "28013", "Calle Gran Vía 1")],
        ["NL"] = [new("Amsterdam", "Noord-Holland", "1012 JS", "Dam 1")],
        ["JP"] = [new("渋谷区", "東京都", "150-0002", "渋谷2-21-1")],
        ["AU"] = [new("Sydney", "NSW", "2000", "1 Martin Pl")],
    };

    public static IReadOnlyList<MarketplaceInfo> Known => All;

    public static MarketplaceInfo? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    public static MarketplaceInfo Get(string id) =>
        Find(id) ?? throw new ArgumentException($"Marketplace '{id}' is not supported by the emulator.", nameof(id));

    internal static SampleAddress[] SampleAddresses(string countryCode) => Addresses[countryCode];

    /// <summary>Presigned-URL host of document storage for a region (Amazon's S3 buckets are regional).</summary>
    internal static string DocumentHost(string region) => region switch
    {
        "EU" => "tortuga-prod-eu.s3-eu-west-1.amazonaws.com",
        "FE" => "tortuga-prod-fe.s3-us-west-2.amazonaws.com",
        _ => "tortuga-prod-na.s3-external-1.amazonaws.com",
    };
}
