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

    /// <summary>One order, or null when Amazon has no such order for the account.</summary>
    Task<AmazonOrderSnapshot?> GetOrderAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken);
}

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
