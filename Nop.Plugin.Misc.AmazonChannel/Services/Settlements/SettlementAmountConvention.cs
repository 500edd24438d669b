using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>
/// The amount convention of a settlement file, taken from the marketplaces it belongs to, never from its cells. The
/// listing cannot be trusted alone: Amazon lists a settlement report with every marketplace of the account
/// (amzn/selling-partner-api-models#2911). The rows can tell: each amount row names its marketplace in
/// <c>marketplace-name</c> ("Amazon.de"). The file is read by the convention its rows' marketplaces share; when no row
/// names a marketplace the plugin knows (a settlement of fees only), by the convention the listed marketplaces share.
/// Otherwise (marketplaces of different conventions, or none known) only the forms every convention reads alike are
/// read (<see cref="MarketplaceAmountFormat.Unambiguous"/>), so nothing is guessed. Names that are no known
/// marketplace ("Non-Amazon", empty) carry no convention and are not counted.
/// </summary>
internal static class SettlementAmountConvention
{
    public const string MarketplaceColumn = "marketplace-name";

    public static MarketplaceAmountFormat Of(IEnumerable<FlatFileRow> rows, IReadOnlyCollection<string> listedMarketplaceIds)
    {
        var named = rows.Select(row => row.Text(MarketplaceColumn)).OfType<string>()
            .Select(name => SalesChannels.Parse(name).MarketplaceId).OfType<string>()
            .Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 0)
        {
            return Shared(named) ?? MarketplaceAmountFormat.Unambiguous(string.Join(", ", named),
                $"the settlement's rows belong to marketplaces of different amount conventions ({string.Join(", ", named)})");
        }

        var listed = listedMarketplaceIds.Distinct(StringComparer.Ordinal).ToList();
        if (listed.Count > 0 && listed.All(SalesChannels.IsKnownMarketplace) && Shared(listed) is { } format)
            return format;
        return MarketplaceAmountFormat.Unambiguous(string.Join(", ", listed),
            listed.Count == 0
                ? "no row of the settlement names a marketplace and the report was listed without one"
                : $"no row of the settlement names a marketplace and the report was listed for marketplaces without one shared amount convention ({string.Join(", ", listed)})");
    }

    /// <summary>The format of the first marketplace when every one reads amounts alike; null otherwise.</summary>
    private static MarketplaceAmountFormat? Shared(IReadOnlyList<string> marketplaceIds)
    {
        var formats = marketplaceIds.Select(MarketplaceAmountFormat.For).ToList();
        if (formats.Any(format => format is null))
            return null;
        var first = formats[0]!;
        return formats.All(format => format!.SameConventionAs(first)) ? first : null;
    }
}
