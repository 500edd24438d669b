using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Links an Amazon order item (Amazon's order item code) to a store order item and tracks its quantities,
/// which shipment confirmations, cancellations and refunds are checked against.
/// </summary>
public class AmazonOrderItemLink : BaseEntity
{
    public int OrderLinkId { get; set; }

    public string AmazonOrderItemId { get; set; } = string.Empty;

    public string SellerSku { get; set; } = string.Empty;

    public int? OrderItemId { get; set; }

    public int QuantityOrdered { get; set; }

    public int QuantityShipped { get; set; }

    public int QuantityCancelled { get; set; }

    /// <summary>Stock for this line was taken through nopCommerce's inventory method (at most once per line).</summary>
    public bool StockAdjusted { get; set; }
}
