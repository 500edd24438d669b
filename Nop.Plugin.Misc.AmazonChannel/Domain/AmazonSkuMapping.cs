using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Overrides SKU matching: an Amazon seller SKU maps to this product (or attribute combination) instead of the
/// product whose SKU is equal. Unique per (AccountId, SellerSku); AccountId 0 applies to every account.
/// </summary>
public class AmazonSkuMapping : BaseEntity
{
    public int AccountId { get; set; }

    public string SellerSku { get; set; } = string.Empty;

    public int ProductId { get; set; }

    public int? AttributeCombinationId { get; set; }
}
