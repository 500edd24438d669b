namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// The flows that read from Amazon incrementally, each with its own checkpoint.
/// </summary>
public enum AmazonSyncKind
{
    Orders = 10,
    Returns = 20,
    Settlements = 30,

    /// <summary>
    /// The buyer cancellation requests of order-report windows (no flat file carries them): searchOrders reads the
    /// windows' unshipped orders a page at a time, with the calls its rate leaves (<c>BuyerRequestCheck</c>).
    /// </summary>
    BuyerRequests = 40
}
