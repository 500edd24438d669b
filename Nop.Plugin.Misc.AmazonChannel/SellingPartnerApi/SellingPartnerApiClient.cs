using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Sellers;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Tokens;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

/// <summary>
/// The Selling Partner API client of one seller account in one region. Create it with
/// <see cref="SellingPartnerApiClientFactory"/>; it is thread-safe and cheap to keep.
/// </summary>
public sealed class SellingPartnerApiClient
{
    internal SellingPartnerApiClient(string sellerId, Uri endpoint, OrdersClient orders, ReportsClient reports, FeedsClient feeds, TokensClient tokens, SellersClient sellers)
    {
        SellerId = sellerId;
        Endpoint = endpoint;
        Orders = orders;
        Reports = reports;
        Feeds = feeds;
        Tokens = tokens;
        Sellers = sellers;
    }

    public string SellerId { get; }

    /// <summary>The Selling Partner API host this client calls.</summary>
    public Uri Endpoint { get; }

    public OrdersClient Orders { get; }

    public ReportsClient Reports { get; }

    public FeedsClient Feeds { get; }

    public TokensClient Tokens { get; }

    public SellersClient Sellers { get; }

    /// <summary>"Test connection": gets a token and the marketplace participations. Throws on failure.</summary>
    public Task<IReadOnlyList<MarketplaceParticipation>> TestConnectionAsync(CancellationToken cancellationToken) =>
        Sellers.GetMarketplaceParticipationsAsync(cancellationToken);
}
