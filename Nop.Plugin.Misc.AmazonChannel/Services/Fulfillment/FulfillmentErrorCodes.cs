namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// Codes of the shipment flow: sync errors and the reasons a confirmation is blocked. Each has the locale resource
/// Plugins.Misc.AmazonChannel.SyncErrors.{code} whose {0}, {1}... are the arguments (never buyer data). docs/fulfillment.md
/// gives the fix of each.
/// </summary>
public static class FulfillmentErrorCodes
{
    /// <summary>{0} Amazon order ID, {1} shipping method, {2} shipping rate computation method.</summary>
    public const string CarrierNotMapped = "Fulfillment.CarrierNotMapped";

    /// <summary>{0} Amazon order ID, {1} carrier code: a mapping names a code that is not in Amazon's list.</summary>
    public const string CarrierCodeUnknown = "Fulfillment.CarrierCodeUnknown";

    /// <summary>{0} Amazon order ID, {1} store shipment ID.</summary>
    public const string TrackingNumberRequired = "Fulfillment.TrackingNumberRequired";

    /// <summary>{0} Amazon order ID, {1} seller SKU, {2} quantity in the shipment, {3} quantity Amazon still expects.</summary>
    public const string QuantityExceeded = "Fulfillment.QuantityExceeded";

    /// <summary>{0} Amazon order ID, {1} store order item ID: the shipment holds an item no Amazon order item is linked to.</summary>
    public const string ItemNotLinked = "Fulfillment.ItemNotLinked";

    /// <summary>{0} Amazon order ID: blocked while the buyer's cancellation request waits for a decision.</summary>
    public const string OnHold = "Fulfillment.OnHold";

    /// <summary>{0} Amazon order ID.</summary>
    public const string CancelledOnAmazon = "Fulfillment.CancelledOnAmazon";

    /// <summary>{0} Amazon order ID.</summary>
    public const string FulfilledByAmazon = "Fulfillment.FulfilledByAmazon";

    /// <summary>{0} Amazon order ID: Amazon already shows the order shipped; nothing is sent (not an error).</summary>
    public const string AlreadyShippedOnAmazon = "Fulfillment.AlreadyShippedOnAmazon";

    /// <summary>{0} Amazon order ID, {1} Amazon's code, {2} Amazon's message.</summary>
    public const string Rejected = "Fulfillment.Rejected";
}
