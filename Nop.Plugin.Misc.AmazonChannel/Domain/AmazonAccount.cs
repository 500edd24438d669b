using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// An Amazon seller account connected to a store. Secrets are stored encrypted (IEncryptionService).
/// </summary>
public class AmazonAccount : BaseEntity
{
    public string Name { get; set; } = string.Empty;

    public string SellerId { get; set; } = string.Empty;

    public int RegionId { get; set; }

    /// <summary>Comma-separated Amazon marketplace IDs this account sells on.</summary>
    public string MarketplaceIds { get; set; } = string.Empty;

    public string LwaClientId { get; set; } = string.Empty;

    public string LwaClientSecretEncrypted { get; set; } = string.Empty;

    /// <summary>When the LWA client secret was last set; Amazon expires a secret 180 days after it was made.</summary>
    public DateTime? LwaClientSecretSetOnUtc { get; set; }

    public string RefreshTokenEncrypted { get; set; } = string.Empty;

    /// <summary>Store the account's orders are created in; 0 means the default store.</summary>
    public int StoreId { get; set; }

    public bool Enabled { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public AmazonRegion Region
    {
        get => (AmazonRegion)RegionId;
        set => RegionId = (int)value;
    }

    public IReadOnlyList<string> GetMarketplaceIds() =>
        MarketplaceIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
