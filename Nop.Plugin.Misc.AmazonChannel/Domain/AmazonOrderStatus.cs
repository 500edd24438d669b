namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Amazon's order status, normalised across the Orders API (PENDING, UNSHIPPED, ...; "CANCELLED") and the order
/// report ("Pending", "Unshipped", ...; "Canceled", "Shipped - Delivered to Buyer"). Stored on the order link as an int
/// (<see cref="AmazonOrderLink.AmazonOrderStatusId"/>); 0 there means "not read yet". Spellings become this enum only in
/// <c>AmazonOrderStatusParser</c>; what a status means (paid, shipped, ...) is decided only by <c>AmazonOrderState</c>.
/// </summary>
public enum AmazonOrderStatus
{
    Pending = 10,
    PendingAvailability = 20,
    Unshipped = 30,
    PartiallyShipped = 40,
    Shipped = 50,
    InvoiceUnconfirmed = 60,
    Canceled = 70,
    Unfulfillable = 80
}
