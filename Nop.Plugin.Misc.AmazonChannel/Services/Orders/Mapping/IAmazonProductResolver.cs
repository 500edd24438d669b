using Nop.Core.Domain.Catalog;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>A store product (and attribute combination, for a variant) an Amazon seller SKU stands for.</summary>
public sealed record ResolvedProduct(Product Product, ProductAttributeCombination? Combination)
{
    public string AttributesXml => Combination?.AttributesXml ?? string.Empty;
}

/// <summary>
/// Finds the store product of an Amazon seller SKU. Replace it through DI to match SKUs your own way.
/// </summary>
public interface IAmazonProductResolver
{
    /// <summary>The product, or null when no product has that SKU.</summary>
    Task<ResolvedProduct?> ResolveAsync(int accountId, string sellerSku);
}
