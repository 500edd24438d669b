using System.ComponentModel;

namespace Nop.Core.Domain.Catalog;

/// <summary>A stock-keeping variant of a product (stand-in: all stock 4.90 properties).</summary>
public partial class ProductAttributeCombination : BaseEntity
{
    public int ProductId { get; set; }

    public string AttributesXml { get; set; }

    public int StockQuantity { get; set; }

    public bool AllowOutOfStockOrders { get; set; }

    public string Sku { get; set; }

    public string ManufacturerPartNumber { get; set; }

    public string Gtin { get; set; }

    public decimal? OverriddenPrice { get; set; }

    public int NotifyAdminForQuantityBelow { get; set; }

    public int MinStockQuantity { get; set; }

    /// <summary>Unused since 4.70; kept obsolete and hidden, as in nopCommerce.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Browsable(false)]
    [Obsolete("Not used since 4.70; use ProductAttributeCombinationPicture.")]
    public int? PictureId { get; set; }
}
