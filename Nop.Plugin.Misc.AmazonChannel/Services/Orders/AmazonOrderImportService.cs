using System.Globalization;
using Nop.Core.Caching;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Downloads Amazon orders incrementally: per account and marketplace, from the last checkpoint (less an overlap, so
/// late changes are never missed; reading an order again is harmless) to <see cref="WindowEndLag"/> ago (Amazon's own
/// limit of two minutes plus a margin for clock skew). Long
/// windows (first download, an outage) go through an order report in bulk, then searchOrders for the tail; the
/// choice is recorded in the sync log. Each account works with the settings of its own store.
/// <para>
/// The checkpoint rule (docs/order-import.md): an order that cannot be processed is set aside (Failed, with a sync
/// error) and the window moves on; a transient failure (Amazon, network, database) holds the window, and after
/// <see cref="MaxHeldRuns"/> runs in a row it is escalated to a visible error (<see cref="ImportErrorCodes.WindowStuck"/>)
/// and the orders it held are set aside so the window moves on. One account's failure never stops the others.
/// </para>
/// </summary>
public class AmazonOrderImportService
{
    public const string SearchOrdersMethod = "searchOrders";
    public const string ReportMethod = "order report";

    /// <summary>Runs in a row a window may be held before it is escalated (3 hours at the default 30 minutes).</summary>
    public const int MaxHeldRuns = 6;

    /// <summary>
    /// How far before the store's clock a window ends: Amazon refuses an end later than two minutes before its own
    /// clock, and 30 seconds more keep a store clock a little ahead of Amazon's from being refused every run. Nothing is
    /// missed: the next window starts at this end less the overlap.
    /// </summary>
    public static readonly TimeSpan WindowEndLag = TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(30);
    // The run lock is renewed every minute while the run lives (a report may take hours to produce); a run that dies
    // leaves it for at most this long, and the next run continues with the saved reports.
    private static readonly TimeSpan _runLockTime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan _runLockHeartbeat = TimeSpan.FromMinutes(1);
    public const string RunLockKey = "Nop.Plugin.Misc.AmazonChannel.OrderImport";

    // Errors of a window (no order) that a later successful read of the window resolves.
    private static readonly SyncErrorCode[] _windowCodes =
    [
        ImportErrorCodes.CredentialsRejected, ImportErrorCodes.AccessDenied, ImportErrorCodes.Throttled, ImportErrorCodes.AmazonError,
        ImportErrorCodes.PagingStopped, ImportErrorCodes.ReportFailed, ImportErrorCodes.ReportTimedOut, ImportErrorCodes.DocumentUnreadable,
        ImportErrorCodes.WindowFailed, ImportErrorCodes.WindowStuck
    ];

    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly AmazonAccountService _accountService;
    private readonly IAmazonOrderSource _orderSource;
    private readonly AmazonOrderImporter _importer;
    private readonly AmazonOrderLinkStore _linkStore;
    private readonly AmazonSyncCheckpointStore _checkpointStore;
    private readonly AmazonSyncErrorService _syncErrorService;
    private readonly ImportFailureRecorder _failureRecorder;
    private readonly BuyerRequestCheck _buyerRequestCheck;
    private readonly AmazonSyncLog _syncLog;
    private readonly ILocker _locker;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public AmazonOrderImportService(AmazonChannelSettingsProvider settingsProvider,
        AmazonAccountService accountService,
        IAmazonOrderSource orderSource,
        AmazonOrderImporter importer,
        AmazonOrderLinkStore linkStore,
        AmazonSyncCheckpointStore checkpointStore,
        AmazonSyncErrorService syncErrorService,
        ImportFailureRecorder failureRecorder,
        BuyerRequestCheck buyerRequestCheck,
        AmazonSyncLog syncLog,
        ILocker locker,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _settingsProvider = settingsProvider;
        _accountService = accountService;
        _orderSource = orderSource;
        _importer = importer;
        _linkStore = linkStore;
        _checkpointStore = checkpointStore;
        _syncErrorService = syncErrorService;
        _failureRecorder = failureRecorder;
        _buyerRequestCheck = buyerRequestCheck;
        _syncLog = syncLog;
        _locker = locker;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// The scheduled download of every enabled account whose store allows order download. Returns false when another
    /// run holds the lock. An account that fails is logged and the next one goes ahead. The lock is kept alive by
    /// nopCommerce's heartbeat (<see cref="ILocker.RunWithHeartbeatAsync"/>) for as long as the run lasts.
    /// </summary>
    public async Task<bool> ImportAllAsync(CancellationToken cancellationToken = default)
    {
        if (await _locker.IsTaskRunningAsync(RunLockKey))
            return false;

        var ran = false;
        using var lockLost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await _locker.RunWithHeartbeatAsync(RunLockKey, _runLockTime, _runLockHeartbeat, async heartbeatToken =>
        {
            ran = true;
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(heartbeatToken, cancellationToken);
            await ImportAccountsAsync(linked.Token);
        }, lockLost);
        return ran;
    }

    private async Task ImportAccountsAsync(CancellationToken cancellationToken)
    {
        foreach (var account in await _accountService.GetAccountsAsync(enabledOnly: true))
        {
            try
            {
                if (!(await _settingsProvider.ForAccountAsync(account)).AllowOrderDownload)
                    continue;
                foreach (var marketplaceId in account.GetMarketplaceIds())
                    await ImportWindowAsync(account, marketplaceId, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await _logger.ErrorAsync($"Amazon channel: the order download of account {account.Id} failed ({exception.GetType().Name}); the other accounts go ahead.{Environment.NewLine}{exception.StackTrace}");
            }
        }
    }

    /// <summary>Downloads one account's marketplace from its checkpoint to now.</summary>
    public async Task<OrderImportSummary?> ImportWindowAsync(AmazonAccount account, string marketplaceId, CancellationToken cancellationToken = default)
    {
        var settings = await _settingsProvider.ForAccountAsync(account);
        var window = ImportWindowSettings.From(settings);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var checkpoint = await _checkpointStore.FindAsync(account.Id, marketplaceId, AmazonSyncKind.Orders);
        var from = checkpoint is null
            ? now.AddDays(-window.InitialDays)
            : Earlier(checkpoint.SyncedUpToUtc, now).AddMinutes(-window.OverlapMinutes);
        var to = now - WindowEndLag;
        // A report window in progress (an earlier run died, timed out or lost its lock) is finished first, with its reports.
        var resumed = false;
        if (checkpoint is { PendingWindowFromUtc: { } pendingFrom, PendingWindowToUtc: { } pendingTo })
            (from, to, resumed) = (pendingFrom, pendingTo, true);
        if (to <= from)
            return null;

        var useReport = resumed || to - from > TimeSpan.FromHours(window.BacklogThresholdHours);
        var method = useReport ? ReportMethod : SearchOrdersMethod;
        var log = await _syncLog.StartAsync(account.Id, "Orders", method);
        var tally = new ImportTally();

        try
        {
            if (useReport)
                await ImportReportWindowAsync(account, settings, marketplaceId, from, to, tally, cancellationToken);
            else
                await ImportAllAsync(account, settings, marketplaceId, _orderSource.GetUpdatedOrdersAsync(account, marketplaceId, from, to, cancellationToken), tally, null, cancellationToken);

            if (useReport)
            {
                // The tail: whatever changed while the report was being produced.
                var tailFrom = to.AddMinutes(-window.OverlapMinutes);
                to = _timeProvider.GetUtcNow().UtcDateTime - WindowEndLag;
                if (to > tailFrom)
                    await ImportAllAsync(account, settings, marketplaceId, _orderSource.GetUpdatedOrdersAsync(account, marketplaceId, tailFrom, to, cancellationToken), tally, null, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var (code, arguments, details) = exception is AmazonOrderSourceException source
                ? (source.Code, source.Arguments, source.Details)
                : (ImportErrorCodes.WindowFailed, (IReadOnlyList<string>)[marketplaceId, exception.GetType().Name], null);
            var message = ImportErrorCodes.Format(code, arguments);
            await _syncErrorService.RecordAsync(account.Id, null, null, code, arguments, details);
            await _logger.WarningAsync($"Amazon channel: downloading orders of account {account.Id} ({marketplaceId}) failed. {message}"
                + (exception is AmazonOrderSourceException ? string.Empty : Environment.NewLine + exception.StackTrace));
            await _syncLog.FinishAsync(log, tally.Read, tally.Succeeded, tally.Failed, false, message);
            // A report Amazon could not produce is requested anew next time; any other failure keeps the reports.
            if (code == ImportErrorCodes.ReportFailed)
                await _checkpointStore.EndReportWindowAsync(account.Id, marketplaceId, AmazonSyncKind.Orders);
            await HoldWindowAsync(account, marketplaceId, from, message);
            return tally.ToSummary(method, from);
        }

        var syncedUpTo = await SettleHeldOrdersAsync(account, marketplaceId, from, to, tally);
        if (useReport)
            await _checkpointStore.EndReportWindowAsync(account.Id, marketplaceId, AmazonSyncKind.Orders);
        await _syncLog.FinishAsync(log, tally.Read, tally.Succeeded, tally.Failed, tally.Failed == 0,
            $"{tally.Read} read, {tally.Created} created, {tally.Updated} updated, {tally.Failed} failed, {tally.Skipped} waiting or listed.");
        await ContinueBuyerRequestCheckAsync(account, marketplaceId, cancellationToken);
        return tally.ToSummary(method, syncedUpTo);
    }

    /// <summary>
    /// The buyer request check of earlier report windows, with the searchOrders calls this run left. Its failure is
    /// recorded (a window error, resolved by the next successful read) and never holds the order window.
    /// </summary>
    private async Task ContinueBuyerRequestCheckAsync(AmazonAccount account, string marketplaceId, CancellationToken cancellationToken)
    {
        try
        {
            await _buyerRequestCheck.ContinueAsync(account, marketplaceId, cancellationToken);
        }
        catch (AmazonOrderSourceException exception)
        {
            await _syncErrorService.RecordAsync(account.Id, null, null, exception.Code, exception.Arguments, exception.Details);
            await _logger.WarningAsync($"Amazon channel: the buyer request check of account {account.Id} ({marketplaceId}) stopped; it continues next run. {exception.Message}");
        }
    }

    /// <summary>"Import this Amazon order now", from the admin. Bad data comes back as a sync error on the order, never as an exception.</summary>
    public async Task<OrderImportOutcome?> ImportByAmazonOrderIdAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken = default)
    {
        amazonOrderId = amazonOrderId.Trim();
        AmazonOrderSnapshot? order;
        try
        {
            order = await _orderSource.GetOrderAsync(account, amazonOrderId, cancellationToken);
        }
        catch (AmazonOrderMappingException exception)
        {
            await _failureRecorder.FailAsync(account, amazonOrderId, account.GetMarketplaceIds().FirstOrDefault() ?? string.Empty, exception);
            return OrderImportOutcome.Failed;
        }

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

    /// <summary>
    /// Reads a window through order reports, resumably: the window and its report IDs are saved on the checkpoint as
    /// soon as they exist, and so is the number of the reports' orders applied (up to the first held one), so the next
    /// run after a crash, a timeout or a lost lock neither requests the reports again nor applies an order twice.
    /// </summary>
    private async Task ImportReportWindowAsync(AmazonAccount account, AmazonChannelSettings settings, string marketplaceId, DateTime from, DateTime to,
        ImportTally tally, CancellationToken cancellationToken)
    {
        var checkpoint = await _checkpointStore.BeginReportWindowAsync(account.Id, marketplaceId, AmazonSyncKind.Orders, from, to);
        await _buyerRequestCheck.AddWindowAsync(account.Id, marketplaceId, from, to);
        var progress = new OrderReportProgress(checkpoint.PendingReportIds, async saved =>
        {
            checkpoint.PendingReportIds = saved;
            await _checkpointStore.SaveReportProgressAsync(checkpoint);
        });
        var applied = new ReportOrdersApplied(checkpoint.PendingOrdersDone, async done =>
        {
            checkpoint.PendingOrdersDone = done;
            await _checkpointStore.SaveReportProgressAsync(checkpoint);
        });
        var orders = _orderSource.GetUpdatedOrdersFromReportAsync(account, marketplaceId, from, to, progress, cancellationToken);
        await ImportAllAsync(account, settings, marketplaceId, orders, tally, applied, cancellationToken);
    }

    private async Task ImportAllAsync(AmazonAccount account, AmazonChannelSettings settings, string marketplaceId, IAsyncEnumerable<AmazonOrderSnapshot> orders,
        ImportTally tally, ReportOrdersApplied? applied, CancellationToken cancellationToken)
    {
        var position = 0;
        await foreach (var order in orders.WithCancellation(cancellationToken))
        {
            if (applied is not null && position++ < applied.Done)
                continue;
            // A run that was stopped (lost its lock, shut down) stops between orders; the next run continues from here.
            cancellationToken.ThrowIfCancellationRequested();
            await ImportOneAsync(account, settings, marketplaceId, order, tally, cancellationToken);
            // Only a prefix without held orders counts: a held order and everything after it are read again.
            if (applied is not null && tally.Held.Count == 0)
                await applied.SaveAsync(position);
        }
    }

    private async Task ImportOneAsync(AmazonAccount account, AmazonChannelSettings settings, string marketplaceId, AmazonOrderSnapshot order,
        ImportTally tally, CancellationToken cancellationToken)
    {
        tally.Read++;
        try
        {
            if (await CompleteIfNeededAsync(account, settings, order, cancellationToken) is { } full)
                tally.Count(await _importer.ImportAsync(account, full), order);
            else
                tally.Hold(order);
        }
        catch (AmazonOrderMappingException exception)
        {
            // getOrder of a report's order answered with bad data: set aside like any bad order.
            tally.Failed++;
            await _failureRecorder.FailAsync(account, order.AmazonOrderId, marketplaceId, exception);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not AmazonOrderSourceException)
        {
            // Transient as far as we know (database, network): the window is held before this order.
            tally.Hold(order);
            await RecordNotProcessedAsync(account, order.AmazonOrderId, marketplaceId, exception);
        }
    }

    /// <summary>
    /// A summary-only order (from the tracking report) is enough to list or hold; when it must become (or already is) a
    /// store order, it is read in full with getOrder.
    /// </summary>
    private async Task<AmazonOrderSnapshot?> CompleteIfNeededAsync(AmazonAccount account, AmazonChannelSettings settings, AmazonOrderSnapshot order, CancellationToken cancellationToken)
    {
        if (!order.IsSummaryOnly)
            return order;

        var link = await _linkStore.FindAsync(account.Id, order.AmazonOrderId);
        if (link?.OrderId is null && OrderImportRules.Decide(order, settings) != OrderImportAction.CreateNativeOrder)
            return order;

        var full = await _orderSource.GetOrderAsync(account, order.AmazonOrderId, cancellationToken);
        if (full is null)
            await _syncErrorService.RecordAsync(account.Id, link, order.AmazonOrderId, ImportErrorCodes.OrderNotReturned, [order.AmazonOrderId]);
        return full;
    }

    /// <summary>
    /// The checkpoint after a window whose reads succeeded: its end when nothing was held (window errors resolved);
    /// otherwise just before the earliest held order, until the window has been held <see cref="MaxHeldRuns"/> runs in a
    /// row: then the held orders are set aside (Failed, sync error) and the window moves on.
    /// </summary>
    private async Task<DateTime> SettleHeldOrdersAsync(AmazonAccount account, string marketplaceId, DateTime from, DateTime to, ImportTally tally)
    {
        if (tally.EarliestHeldUtc is not { } earliest)
        {
            await _checkpointStore.SaveAsync(account.Id, marketplaceId, AmazonSyncKind.Orders, to);
            foreach (var code in _windowCodes)
                await _syncErrorService.ResolveAsync(account.Id, null, code);
            return to;
        }

        var held = await _checkpointStore.RecordFailedRunAsync(account.Id, marketplaceId, AmazonSyncKind.Orders, from);
        if (held.FailedRuns < MaxHeldRuns)
        {
            var syncedUpTo = Earlier(earliest, to);
            await _checkpointStore.SaveAsync(account.Id, marketplaceId, AmazonSyncKind.Orders, syncedUpTo, complete: false);
            return syncedUpTo;
        }

        foreach (var orderId in tally.Held.Keys)
            await _failureRecorder.FailAsync(account, orderId, marketplaceId, new AmazonOrderMappingException(ImportErrorCodes.OrderNotProcessed, orderId, $"held for {held.FailedRuns} runs"));
        await _checkpointStore.SaveAsync(account.Id, marketplaceId, AmazonSyncKind.Orders, to);
        return to;
    }

    /// <summary>A window whose read failed stays where it is; after <see cref="MaxHeldRuns"/> runs in a row the admin sees it.</summary>
    private async Task HoldWindowAsync(AmazonAccount account, string marketplaceId, DateTime windowStart, string cause)
    {
        var held = await _checkpointStore.RecordFailedRunAsync(account.Id, marketplaceId, AmazonSyncKind.Orders, windowStart);
        if (held.FailedRuns < MaxHeldRuns)
            return;

        var since = (held.FailingSinceUtc ?? windowStart).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        string[] arguments = [marketplaceId, held.FailedRuns.ToString(CultureInfo.InvariantCulture), since, cause];
        await _syncErrorService.RecordAsync(account.Id, null, null, ImportErrorCodes.WindowStuck, arguments);
        await _logger.ErrorAsync($"Amazon channel: {ImportErrorCodes.Format(ImportErrorCodes.WindowStuck, arguments)}");
    }

    /// <summary>The order's error row and log line name the exception's type, never its message (it may hold buyer data).</summary>
    private async Task RecordNotProcessedAsync(AmazonAccount account, string amazonOrderId, string marketplaceId, Exception exception)
    {
        var typeName = exception.GetType().Name;
        await _logger.ErrorAsync($"Amazon channel: order {amazonOrderId} of account {account.Id} could not be processed ({typeName}) and is read again.{Environment.NewLine}{exception.StackTrace}");
        try
        {
            await _syncErrorService.RecordAsync(account.Id, await _linkStore.FindAsync(account.Id, amazonOrderId), amazonOrderId, ImportErrorCodes.OrderNotProcessed, [amazonOrderId, typeName]);
        }
        catch (Exception recordFailure) when (recordFailure is not OperationCanceledException)
        {
            // The database itself is failing: the log line above is the record, and the window is held.
            await _logger.ErrorAsync($"Amazon channel: the sync error of order {amazonOrderId} could not be recorded ({recordFailure.GetType().Name}).");
        }
    }

    private static DateTime Earlier(DateTime first, DateTime second) => first < second ? first : second;
}

/// <summary>How many of a report window's orders (in the reports' order) have been applied, saved after each one.</summary>
internal sealed class ReportOrdersApplied(int done, Func<int, Task> saveAsync)
{
    public int Done { get; private set; } = done;

    public Task SaveAsync(int done)
    {
        Done = done;
        return saveAsync(done);
    }
}
