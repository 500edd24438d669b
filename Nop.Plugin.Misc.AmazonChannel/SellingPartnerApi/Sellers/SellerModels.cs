using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Sellers;

[SpApiModel("sellers_v1", "GetMarketplaceParticipationsResponse")]
public sealed class GetMarketplaceParticipationsResponse
{
    [JsonPropertyName("payload")] public List<MarketplaceParticipation>? Payload { get; set; }
    [JsonPropertyName("errors")] public List<SellingPartnerApiError>? Errors { get; set; }
}

[SpApiModel("sellers_v1", "MarketplaceParticipation")]
public sealed class MarketplaceParticipation
{
    [JsonPropertyName("marketplace")] public Marketplace Marketplace { get; set; } = new();
    [JsonPropertyName("participation")] public Participation Participation { get; set; } = new();
    [JsonPropertyName("storeName")] public string StoreName { get; set; } = string.Empty;
}

[SpApiModel("sellers_v1", "Marketplace")]
public sealed class Marketplace
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("countryCode")] public string CountryCode { get; set; } = string.Empty;
    [JsonPropertyName("defaultCurrencyCode")] public string DefaultCurrencyCode { get; set; } = string.Empty;
    [JsonPropertyName("defaultLanguageCode")] public string DefaultLanguageCode { get; set; } = string.Empty;
    [JsonPropertyName("domainName")] public string DomainName { get; set; } = string.Empty;
}

[SpApiModel("sellers_v1", "Participation")]
public sealed class Participation
{
    [JsonPropertyName("isParticipating")] public bool IsParticipating { get; set; }
    [JsonPropertyName("hasSuspendedListings")] public bool HasSuspendedListings { get; set; }
}
