using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// The one place that says whether a shipment of an Amazon order may be confirmed: not FBA, not cancelled on Amazon,
/// not on hold for a buyer cancellation request, not already shipped on Amazon. It reads the order link as the import
/// keeps it; when the import publishes its own source of truth, only this method changes.
/// </summary>
public static class AmazonOrderShipmentEligibility
{
    /// <summary>Null when a confirmation may be sent, otherwise the code of the reason it is blocked.</summary>
    public static SyncErrorCode? BlockReason(AmazonOrderLink link, IReadOnlyCollection<AmazonOrderItemLink> items)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.FulfillmentChannel == AmazonFulfillmentChannel.Amazon)
            return FulfillmentErrorCodes.FulfilledByAmazon;
        if (link.AmazonOrderStatus is "CANCELLED" or "CANCELED" or "Canceled")
            return FulfillmentErrorCodes.CancelledOnAmazon;
        if (link.IsOnHold)
            return FulfillmentErrorCodes.OnHold;
        if (link.AmazonOrderStatus is "SHIPPED" or "Shipped" || items.Count > 0 && items.All(i => i.QuantityShipped + i.QuantityCancelled >= i.QuantityOrdered))
            return FulfillmentErrorCodes.AlreadyShippedOnAmazon;
        return null;
    }
}
