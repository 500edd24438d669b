using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// One component of a bundle: a SKU mapping with components stands for several products, each
/// <see cref="Quantity"/> times per unit of the Amazon SKU. A mapping without components maps to its one product.
/// </summary>
public class AmazonSkuBundleComponent : BaseEntity
{
    public int SkuMappingId { get; set; }

    public int ProductId { get; set; }

    public int? AttributeCombinationId { get; set; }

    /// <summary>Units of this product in one unit of the bundle SKU (at least 1).</summary>
    public int Quantity { get; set; }
}
