namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>What a report row's sales-channel says about where the order was placed.</summary>
public enum SalesChannelKind
{
    /// <summary>An Amazon marketplace; <see cref="SalesChannel.MarketplaceId"/> says which.</summary>
    Marketplace,

    /// <summary>"Non-Amazon": a Multi-Channel Fulfillment order the seller took elsewhere and Amazon ships.</summary>
    NotAMarketplace,

    /// <summary>Empty, or a name that is no Amazon marketplace known to the plugin.</summary>
    Unknown
}

public sealed record SalesChannel(SalesChannelKind Kind, string? MarketplaceId);

/// <summary>
/// Maps the sales-channel of Amazon's reports ("Amazon.de", "Amazon.co.uk", "Non-Amazon", …) to marketplace IDs
/// (Amazon's published list, developer-docs.amazon.com/sp-api/docs/marketplace-ids). Case and a "www." prefix do not
/// matter.
/// </summary>
public static class SalesChannels
{
    private static readonly Dictionary<string, string> _marketplaceIds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Amazon.com"] = "ATVPDKIKX0DER",
        ["Amazon.ca"] = "A2EUQ1WTGCTBG2",
        ["Amazon.com.mx"] = "A1AM78C64UM0Y8",
        ["Amazon.com.br"] = "A2Q3Y263D00KWC",
        ["Amazon.co.uk"] = "A1F83G8C2ARO7P",
        ["Amazon.de"] = "A1PA6795UKMFR9",
        ["Amazon.fr"] = "A13V1IB3VIYZZH",
        ["Amazon.it"] = "APJ6JRA9NG5V4",
        ["Amazon.es"] = "A1RKKUPIHCS9HS",
        ["Amazon.nl"] = "A1805IZSGTT6HS",
        ["Amazon.se"] = "A2NODRKZP88ZB9",
        ["Amazon.pl"] = "A1C3SOZRARQ6R3",
        ["Amazon.com.be"] = "AMEN7PMS3EDWL",
        ["Amazon.ie"] = "A28R8C7NBKEWEA",
        ["Amazon.com.tr"] = "A33AVAJ2PDY3EV",
        ["Amazon.ae"] = "A2VIGQ35RCS4UG",
        ["Amazon.sa"] = "A17E79C6D8DWNP",
        ["Amazon.eg"] = "ARBP9OOSHTCHU",
        ["Amazon.in"] = "A21TJRUUN4KGV",
        ["Amazon.co.za"] = "AE08WJ6YKNBMC",
        ["Amazon.co.jp"] = "A1VC38T7YXB528",
        ["Amazon.com.au"] = "A39IBJ37TRP1C6",
        ["Amazon.sg"] = "A19VAU5U5O7RUS"
    };

    /// <summary>True for a marketplace ID of Amazon's published list.</summary>
    public static bool IsKnownMarketplace(string marketplaceId) => _marketplaceIds.ContainsValue(marketplaceId);

    public static SalesChannel Parse(string? value)
    {
        var name = (value ?? string.Empty).Trim();
        if (name.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            name = name[4..];
        if (_marketplaceIds.TryGetValue(name, out var marketplaceId))
            return new SalesChannel(SalesChannelKind.Marketplace, marketplaceId);
        return name.StartsWith("Non-Amazon", StringComparison.OrdinalIgnoreCase)
            ? new SalesChannel(SalesChannelKind.NotAMarketplace, null)
            : new SalesChannel(SalesChannelKind.Unknown, null);
    }
}
