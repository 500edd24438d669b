using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Where the import reads Amazon orders from. The Selling Partner API implementation reads page by page with
/// searchOrders, in bulk through order reports, and one order with getOrder.
/// </summary>
public interface IAmazonOrderSource
{
    /// <summary>Orders of one marketplace changed in [fromUtc, toUtc), page by page.</summary>
    IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Orders of one marketplace changed in [fromUtc, toUtc), in bulk through order reports, always in the same order
    /// for the same reports. A report whose ID <paramref name="progress"/> holds is read again, not requested anew; a
    /// newly requested one is saved there at once.
    /// </summary>
    IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersFromReportAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc,
        OrderReportProgress progress, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the merchant-fulfilled orders of a window still (partly) unshipped, in full (searchOrders), for the
    /// buyer cancellation requests no order report carries. Null when searchOrders' rate has no more than
    /// <paramref name="callsToLeave"/> calls now: the caller continues later instead of waiting or taking the calls the
    /// import needs. A page token Amazon no longer accepts (they expire after 24 hours)
    /// comes back as <see cref="UnshippedOrdersPage.TokenRefused"/>.
    /// </summary>
    Task<UnshippedOrdersPage?> GetUnshippedOrdersPageAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc,
        string? pageToken, int callsToLeave, CancellationToken cancellationToken);

    /// <summary>One order, or null when Amazon has no such order for the account.</summary>
    Task<AmazonOrderSnapshot?> GetOrderAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken);
}

/// <summary>A page of unshipped orders; <see cref="NextToken"/> is null on the last page.</summary>
public sealed record UnshippedOrdersPage(IReadOnlyList<AmazonOrderSnapshot> Orders, string? NextToken, bool TokenRefused);

/// <summary>
/// Amazon could not be read (credentials, throttling beyond retries, an Amazon error): nothing was skipped. A code of
/// <see cref="ImportErrorCodes"/> with its arguments; <see cref="Details"/> holds Amazon's request ID.
/// </summary>
public class AmazonOrderSourceException : Exception
{
    public AmazonOrderSourceException(SyncErrorCode code, string[] arguments, string? details = null, Exception? inner = null)
        : base(ImportErrorCodes.Format(code, arguments), inner)
    {
        Code = code;
        Arguments = arguments;
        Details = details;
    }

    public SyncErrorCode Code { get; }

    public IReadOnlyList<string> Arguments { get; }

    public string? Details { get; }

    public AmazonSyncErrorKind Kind => Code.Kind;
}
