using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Sellers;

/// <summary>Sellers API v1. getMarketplaceParticipations is the cheap "test connection" call (rate 0.016/s: cache it).</summary>
public sealed class SellersClient
{
    private readonly SpApiPipeline _pipeline;

    internal SellersClient(SpApiPipeline pipeline) => _pipeline = pipeline;

    public async Task<IReadOnlyList<MarketplaceParticipation>> GetMarketplaceParticipationsAsync(CancellationToken cancellationToken)
    {
        var response = await _pipeline.SendAsync<GetMarketplaceParticipationsResponse>(new SpApiRequest(SpApiOperations.GetMarketplaceParticipations), cancellationToken).ConfigureAwait(false);
        return response.Payload ?? [];
    }
}
