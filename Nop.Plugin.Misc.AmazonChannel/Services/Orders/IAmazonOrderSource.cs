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

    /// <summary>Orders of one marketplace changed in [fromUtc, toUtc), in bulk through order reports.</summary>
    IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersFromReportAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);

    /// <summary>One order, or null when Amazon has no such order for the account.</summary>
    Task<AmazonOrderSnapshot?> GetOrderAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken);
}

/// <summary>Amazon could not be read (credentials, throttling beyond retries, an Amazon error): nothing was skipped.</summary>
public class AmazonOrderSourceException : Exception
{
    public AmazonOrderSourceException(AmazonSyncErrorKind kind, string message, Exception? inner = null) : base(message, inner)
    {
        Kind = kind;
    }

    public AmazonSyncErrorKind Kind { get; }
}
