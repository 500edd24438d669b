using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// The one place that says whether a shipment of an Amazon order may be confirmed: not FBA, not cancelled on Amazon,
/// not on hold for a buyer cancellation request, not already shipped on Amazon. What the order's Amazon status means
/// comes from <see cref="AmazonOrderState"/>, the import's one source of truth.
/// </summary>
public static class AmazonOrderShipmentEligibility
{
    /// <summary>Null when a confirmation may be sent, otherwise the code of the reason it is blocked.</summary>
    public static SyncErrorCode? BlockReason(AmazonOrderLink link, IReadOnlyCollection<AmazonOrderItemLink> items)
    {
        ArgumentNullException.ThrowIfNull(link);
        var state = AmazonOrderState.Of(link);
        if (state.IsFulfilledByAmazon)
            return FulfillmentErrorCodes.FulfilledByAmazon;
        if (state.IsCancelled)
            return FulfillmentErrorCodes.CancelledOnAmazon;
        if (state.IsOnHold)
            return FulfillmentErrorCodes.OnHold;
        if (state.IsShipped || items.Count > 0 && items.All(i => i.QuantityShipped + i.QuantityCancelled >= i.QuantityOrdered))
            return FulfillmentErrorCodes.AlreadyShippedOnAmazon;
        return null;
    }
}
