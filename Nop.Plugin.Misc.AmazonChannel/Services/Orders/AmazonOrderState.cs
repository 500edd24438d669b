using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The one place that decides what an Amazon order's status means: paid, shipped, cancelled, fulfilled by Amazon, on
/// hold, and the store shipping status it leads to. The mapper (new store orders), the status synchronizer (later
/// reads) and the other flows (shipments, refunds, cancellations) ask here instead of comparing statuses themselves.
/// </summary>
public sealed record AmazonOrderState(AmazonOrderStatus? Status, AmazonFulfillmentChannel Channel, bool OnHold)
{
    /// <summary>The state recorded on an order link (its last read from Amazon).</summary>
    public static AmazonOrderState Of(AmazonOrderLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new(link.AmazonOrderStatus, link.FulfillmentChannel, link.IsOnHold);
    }

    public static AmazonOrderState Of(AmazonOrderSnapshot order) => new(order.Status, order.FulfillmentChannel, false);

    /// <summary>Fulfilled by Amazon: Amazon ships it; the store never sends a shipment for it.</summary>
    public bool IsFulfilledByAmazon => Channel == AmazonFulfillmentChannel.Amazon;

    /// <summary>Amazon has taken the buyer's money: every status after Pending (a later cancellation does not undo it here).</summary>
    public bool IsPaid => Status is { } status && IsPaidStatus(status);

    public bool IsCancelled => Status == AmazonOrderStatus.Canceled;

    /// <summary>Every unit has left (Shipped, or InvoiceUnconfirmed: shipped, invoice pending).</summary>
    public bool IsShipped => Status is AmazonOrderStatus.Shipped or AmazonOrderStatus.InvoiceUnconfirmed;

    public bool IsPartiallyShipped => Status == AmazonOrderStatus.PartiallyShipped;

    /// <summary>
    /// Nothing more is shipped: Shipped, Canceled or Unfulfillable (the buyer-data retention clock runs from the last
    /// update of such an order).
    /// </summary>
    public bool IsFinished => Status is AmazonOrderStatus.Shipped or AmazonOrderStatus.Canceled or AmazonOrderStatus.Unfulfillable;

    /// <summary>A buyer cancellation request waits for the admin: no shipment may be sent to Amazon.</summary>
    public bool IsOnHold => OnHold;

    /// <summary>
    /// The store's shipping status for this Amazon state. Fulfilled by Amazon: shipped by Amazon (partially while Amazon
    /// says PartiallyShipped), whatever step Amazon's warehouse is at, since the store has nothing to ship. Merchant
    /// fulfilled: as Amazon says (Shipped, PartiallyShipped), otherwise not yet shipped. A cancelled order has no
    /// shipping status of its own here (the store's stays as it is).
    /// </summary>
    public ShippingStatus StoreShippingStatus => (IsFulfilledByAmazon, Status) switch
    {
        (_, AmazonOrderStatus.PartiallyShipped) => ShippingStatus.PartiallyShipped,
        (true, not (AmazonOrderStatus.Pending or AmazonOrderStatus.PendingAvailability or AmazonOrderStatus.Canceled or null)) => ShippingStatus.Shipped,
        (false, AmazonOrderStatus.Shipped or AmazonOrderStatus.InvoiceUnconfirmed) => ShippingStatus.Shipped,
        _ => ShippingStatus.NotYetShipped
    };

    /// <summary>
    /// Amazon moved this order back compared with an earlier state: fewer units shipped (Shipped to Unshipped or
    /// PartiallyShipped, PartiallyShipped to Unshipped) or unpaid again (Unshipped to Pending). Cancelled and
    /// Unfulfillable are ends, not steps back.
    /// </summary>
    public bool WentBackFrom(AmazonOrderState earlier) => Progress(Status) is { } now && Progress(earlier.Status) is { } before && now < before;

    private static int? Progress(AmazonOrderStatus? status) => status switch
    {
        AmazonOrderStatus.Pending or AmazonOrderStatus.PendingAvailability => 0,
        AmazonOrderStatus.Unshipped => 1,
        AmazonOrderStatus.PartiallyShipped => 2,
        AmazonOrderStatus.Shipped or AmazonOrderStatus.InvoiceUnconfirmed => 3,
        _ => null
    };

    public static bool IsPaidStatus(AmazonOrderStatus status) => status is not (AmazonOrderStatus.Pending or AmazonOrderStatus.PendingAvailability);
}
