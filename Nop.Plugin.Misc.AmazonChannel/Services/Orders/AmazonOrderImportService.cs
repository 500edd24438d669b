using Nop.Core.Caching;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>Counts of one import window.</summary>
public sealed record OrderImportSummary(string Method, int Read, int Created, int Updated, int Failed, int Skipped, DateTime SyncedUpToUtc);

/// <summary>
/// Downloads Amazon orders incrementally: per account and marketplace, from the last checkpoint (less an overlap, so
/// late changes are never missed; reading an order again is harmless) to two minutes ago (Amazon's own limit). Long
/// windows (first download, an outage) go through an order report in bulk, then searchOrders for the tail; the
/// choice is recorded in the sync log. The checkpoint never passes an order that could not be processed.
/// </summary>
public class AmazonOrderImportService
{
    public const string SearchOrdersMethod = "searchOrders";
    public const string ReportMethod = "order report";

    private static readonly TimeSpan _amazonLag = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan _runLockTime = TimeSpan.FromMinutes(30);

    private readonly AmazonChannelSettings _settings;
    private readonly AmazonAccountService _accountService;
    private readonly IAmazonOrderSource _orderSource;
    private readonly AmazonOrderImporter _importer;
    private readonly AmazonOrderLinkStore _linkStore;
    private readonly AmazonSyncCheckpointStore _checkpointStore;
    private readonly AmazonSyncErrorService _syncErrorService;
    private readonly AmazonSyncLog _syncLog;
    private readonly ILocker _locker;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public AmazonOrderImportService(AmazonChannelSettings settings,
        AmazonAccountService accountService,
        IAmazonOrderSource orderSource,
        AmazonOrderImporter importer,
        AmazonOrderLinkStore linkStore,
        AmazonSyncCheckpointStore checkpointStore,
        AmazonSyncErrorService syncErrorService,
        AmazonSyncLog syncLog,
        ILocker locker,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _settings = settings;
        _accountService = accountService;
        _orderSource = orderSource;
        _importer = importer;
        _linkStore = linkStore;
        _checkpointStore = checkpointStore;
        _syncErrorService = syncErrorService;
        _syncLog = syncLog;
        _locker = locker;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    /// <summary>The scheduled download of every enabled account. Returns false when another run holds the lock.</summary>
    public async Task<bool> ImportAllAsync(CancellationToken cancellationToken = default)
    {
        if (!_settings.AllowOrderDownload)
            return true;

        return await _locker.PerformActionWithLockAsync("Nop.Plugin.Misc.AmazonChannel.OrderImport", _runLockTime, async () =>
        {
            foreach (var account in await _accountService.GetAccountsAsync(enabledOnly: true))
            {
                foreach (var marketplaceId in account.GetMarketplaceIds())
                    await ImportWindowAsync(account, marketplaceId, cancellationToken);
            }
        });
    }

    /// <summary>Downloads one account's marketplace from its checkpoint to now.</summary>
    public async Task<OrderImportSummary?> ImportWindowAsync(AmazonAccount account, string marketplaceId, CancellationToken cancellationToken = default)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var checkpoint = await _checkpointStore.FindAsync(account.Id, marketplaceId, AmazonSyncKind.Orders);
        var from = checkpoint is null
            ? now.AddDays(-Math.Max(1, _settings.InitialSyncDays))
            : Earlier(checkpoint.SyncedUpToUtc, now).AddMinutes(-Math.Max(0, _settings.SyncOverlapMinutes));
        var to = now - _amazonLag;
        if (to <= from)
            return null;

        var useReport = to - from > TimeSpan.FromHours(Math.Max(1, _settings.BacklogThresholdHours));
        var method = useReport ? ReportMethod : SearchOrdersMethod;
        var log = await _syncLog.StartAsync(account.Id, "Orders", method);
        var tally = new Tally();

        try
        {
            var orders = useReport
                ? _orderSource.GetUpdatedOrdersFromReportAsync(account, marketplaceId, from, to, cancellationToken)
                : _orderSource.GetUpdatedOrdersAsync(account, marketplaceId, from, to, cancellationToken);
            await ImportAllAsync(account, orders, tally, cancellationToken);

            if (useReport)
            {
                // The tail: whatever changed while the report was being produced.
                var tailFrom = to.AddMinutes(-Math.Max(0, _settings.SyncOverlapMinutes));
                to = _timeProvider.GetUtcNow().UtcDateTime - _amazonLag;
                if (to > tailFrom)
                    await ImportAllAsync(account, _orderSource.GetUpdatedOrdersAsync(account, marketplaceId, tailFrom, to, cancellationToken), tally, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var kind = exception is AmazonOrderSourceException source ? source.Kind : AmazonSyncErrorKind.Other;
            await _syncErrorService.RecordAsync(account.Id, null, null, kind, exception.Message);
            await _logger.ErrorAsync($"Amazon channel: downloading orders of account '{account.Name}' ({marketplaceId}) failed. {exception.Message}", exception);
            await _syncLog.FinishAsync(log, tally.Read, tally.Succeeded, tally.Failed, false, exception.Message);
            await SaveProgressAsync(account, marketplaceId, from, tally);
            return tally.ToSummary(method, from);
        }

        // Never past the window's end, whatever an order's (possibly future) last-update time says.
        var syncedUpTo = tally.EarliestUnprocessedUtc is { } earliest ? Earlier(earliest, to) : to;
        await _checkpointStore.SaveAsync(account.Id, marketplaceId, AmazonSyncKind.Orders, syncedUpTo);
        await _syncLog.FinishAsync(log, tally.Read, tally.Succeeded, tally.Failed, tally.Failed == 0,
            $"{tally.Read} read, {tally.Created} created, {tally.Updated} updated, {tally.Failed} failed, {tally.Skipped} waiting or listed.");
        return tally.ToSummary(method, syncedUpTo);
    }

    /// <summary>"Import this Amazon order now", from the admin.</summary>
    public async Task<OrderImportOutcome?> ImportByAmazonOrderIdAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken = default)
    {
        var order = await _orderSource.GetOrderAsync(account, amazonOrderId.Trim(), cancellationToken);
        return order is null ? null : await _importer.ImportAsync(account, order);
    }

    /// <summary>Runs the import of a failed order again, after its cause was fixed.</summary>
    public async Task<OrderImportOutcome?> RetryAsync(int orderLinkId, CancellationToken cancellationToken = default)
    {
        var link = await _linkStore.GetByIdAsync(orderLinkId);
        var account = link is null ? null : await _accountService.GetAccountByIdAsync(link.AccountId);
        if (link is null || account is null)
            return null;

        return await ImportByAmazonOrderIdAsync(account, link.AmazonOrderId, cancellationToken);
    }

    private async Task ImportAllAsync(AmazonAccount account, IAsyncEnumerable<AmazonOrderSnapshot> orders, Tally tally, CancellationToken cancellationToken)
    {
        await foreach (var order in orders.WithCancellation(cancellationToken))
        {
            tally.Read++;
            try
            {
                if (await CompleteIfNeededAsync(account, order, cancellationToken) is { } full)
                    tally.Count(await _importer.ImportAsync(account, full), order);
                else
                    tally.Unprocessed(order);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Not a mapping problem (those are recorded on the order): keep the checkpoint before this order.
                tally.Unprocessed(order);
                await _syncErrorService.RecordAsync(account.Id, await _linkStore.FindAsync(account.Id, order.AmazonOrderId), order.AmazonOrderId,
                    AmazonSyncErrorKind.Other, $"Order {order.AmazonOrderId} could not be processed and will be read again: {exception.Message}");
                await _logger.ErrorAsync($"Amazon channel: order {order.AmazonOrderId} could not be processed.", exception);
            }
        }
    }

    /// <summary>
    /// A summary-only order (from the tracking report) is enough to list or hold; when it must become (or already is) a
    /// store order, it is read in full with getOrder.
    /// </summary>
    private async Task<AmazonOrderSnapshot?> CompleteIfNeededAsync(AmazonAccount account, AmazonOrderSnapshot order, CancellationToken cancellationToken)
    {
        if (!order.IsSummaryOnly)
            return order;

        var link = await _linkStore.FindAsync(account.Id, order.AmazonOrderId);
        if (link?.OrderId is null && OrderImportRules.Decide(order, _settings) != OrderImportAction.CreateNativeOrder)
            return order;

        var full = await _orderSource.GetOrderAsync(account, order.AmazonOrderId, cancellationToken);
        if (full is null)
            await _syncErrorService.RecordAsync(account.Id, link, order.AmazonOrderId, AmazonSyncErrorKind.AmazonApiError,
                $"Amazon listed order {order.AmazonOrderId} in its order report but getOrder did not return it. It will be read again.");
        return full;
    }

    private static DateTime Earlier(DateTime first, DateTime second) => first < second ? first : second;

    private async Task SaveProgressAsync(AmazonAccount account, string marketplaceId, DateTime windowStart, Tally tally)
    {
        // After a failed read only the start of the window is known to be complete.
        var checkpoint = await _checkpointStore.FindAsync(account.Id, marketplaceId, AmazonSyncKind.Orders);
        if (checkpoint is null)
            await _checkpointStore.SaveAsync(account.Id, marketplaceId, AmazonSyncKind.Orders, windowStart);
    }

    private sealed class Tally
    {
        public int Read;
        public int Created;
        public int Updated;
        public int Failed;
        public int Skipped;
        public DateTime? EarliestUnprocessedUtc;

        public int Succeeded => Created + Updated + Skipped;

        public void Count(OrderImportOutcome outcome, AmazonOrderSnapshot order)
        {
            switch (outcome)
            {
                case OrderImportOutcome.Created: Created++; break;
                case OrderImportOutcome.Updated or OrderImportOutcome.Stale: Updated++; break;
                case OrderImportOutcome.Failed: Failed++; break;
                case OrderImportOutcome.Busy: Unprocessed(order); break;
                default: Skipped++; break;
            }
        }

        public void Unprocessed(AmazonOrderSnapshot order)
        {
            Failed++;
            var before = order.LastUpdateDateUtc.AddSeconds(-1);
            if (EarliestUnprocessedUtc is null || before < EarliestUnprocessedUtc)
                EarliestUnprocessedUtc = before;
        }

        public OrderImportSummary ToSummary(string method, DateTime syncedUpTo) => new(method, Read, Created, Updated, Failed, Skipped, syncedUpTo);
    }
}
