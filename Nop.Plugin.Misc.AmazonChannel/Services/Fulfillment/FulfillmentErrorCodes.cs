using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// Codes of the shipment flow: sync errors and the reasons a confirmation is blocked. Each has the locale resource
/// Plugins.Misc.AmazonChannel.SyncErrors.{code} whose {0}, {1}... are the arguments (never buyer data). docs/fulfillment.md
/// gives the fix of each.
/// </summary>
public static class FulfillmentErrorCodes
{
    /// <summary>{0} Amazon order ID, {1} shipping method, {2} shipping rate computation method.</summary>
    public static readonly SyncErrorCode CarrierNotMapped = new("Fulfillment.CarrierNotMapped", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID, {1} carrier code: a mapping names a code that is not in Amazon's list.</summary>
    public static readonly SyncErrorCode CarrierCodeUnknown = new("Fulfillment.CarrierCodeUnknown", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID, {1} store shipment ID.</summary>
    public static readonly SyncErrorCode TrackingNumberRequired = new("Fulfillment.TrackingNumberRequired", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID, {1} seller SKU, {2} quantity in the shipment, {3} quantity Amazon still expects.</summary>
    public static readonly SyncErrorCode QuantityExceeded = new("Fulfillment.QuantityExceeded", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID, {1} store order item ID: the shipment holds an item no Amazon order item is linked to.</summary>
    public static readonly SyncErrorCode ItemNotLinked = new("Fulfillment.ItemNotLinked", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID: blocked while the buyer's cancellation request waits for a decision.</summary>
    public static readonly SyncErrorCode OnHold = new("Fulfillment.OnHold", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID.</summary>
    public static readonly SyncErrorCode CancelledOnAmazon = new("Fulfillment.CancelledOnAmazon", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID.</summary>
    public static readonly SyncErrorCode FulfilledByAmazon = new("Fulfillment.FulfilledByAmazon", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID: Amazon already shows the order shipped; nothing is sent (not an error).</summary>
    public static readonly SyncErrorCode AlreadyShippedOnAmazon = new("Fulfillment.AlreadyShippedOnAmazon", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID, {1} Amazon's code, {2} Amazon's message.</summary>
    public static readonly SyncErrorCode Rejected = new("Fulfillment.Rejected", AmazonSyncErrorKind.ShipmentRejected);
}
