using Nop.Core.Caching;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>What happened to one Amazon order in an import.</summary>
public enum OrderImportOutcome
{
    Created,
    Updated,
    Waiting,
    Listed,
    Vetoed,
    Failed,
    Stale,
    Busy
}

/// <summary>
/// Imports one Amazon order: records it, decides by the import rules, maps and writes the store order (or brings an
/// existing one up to date), and publishes the plugin's events. Safe to run again and concurrently for the same
/// order: a lock per order serialises imports within the web farm and the order GUID key stops any that slip past.
/// </summary>
public class AmazonOrderImporter
{
    private static readonly TimeSpan _orderLockTime = TimeSpan.FromMinutes(5);

    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly AmazonOrderLinkStore _linkStore;
    private readonly AmazonOrderMapper _mapper;
    private readonly NativeOrderWriter _writer;
    private readonly AmazonOrderStatusSynchronizer _statusSynchronizer;
    private readonly AmazonSyncErrorService _syncErrorService;
    private readonly ImportFailureRecorder _failureRecorder;
    private readonly IEventPublisher _eventPublisher;
    private readonly ILocker _locker;
    private readonly ILogger _logger;

    public AmazonOrderImporter(AmazonChannelSettingsProvider settingsProvider,
        AmazonOrderLinkStore linkStore,
        AmazonOrderMapper mapper,
        NativeOrderWriter writer,
        AmazonOrderStatusSynchronizer statusSynchronizer,
        AmazonSyncErrorService syncErrorService,
        ImportFailureRecorder failureRecorder,
        IEventPublisher eventPublisher,
        ILocker locker,
        ILogger logger)
    {
        _settingsProvider = settingsProvider;
        _linkStore = linkStore;
        _mapper = mapper;
        _writer = writer;
        _statusSynchronizer = statusSynchronizer;
        _syncErrorService = syncErrorService;
        _failureRecorder = failureRecorder;
        _eventPublisher = eventPublisher;
        _locker = locker;
        _logger = logger;
    }

    public async Task<OrderImportOutcome> ImportAsync(AmazonAccount account, AmazonOrderSnapshot amazonOrder)
    {
        var outcome = OrderImportOutcome.Busy;
        var locked = await _locker.PerformActionWithLockAsync($"Nop.Plugin.Misc.AmazonChannel.Order.{account.Id}.{amazonOrder.AmazonOrderId}", _orderLockTime,
            async () => outcome = await ImportLockedAsync(account, amazonOrder));

        // Busy: another node or run holds this order now; it is read again in the next window.
        return locked ? outcome : OrderImportOutcome.Busy;
    }

    private async Task<OrderImportOutcome> ImportLockedAsync(AmazonAccount account, AmazonOrderSnapshot amazonOrder)
    {
        try
        {
            AmazonOrderValidator.Validate(amazonOrder);
        }
        catch (AmazonOrderMappingException exception)
        {
            // Nothing of an invalid read is applied (two items with one ID would otherwise be merged into one line).
            await _failureRecorder.FailAsync(account, amazonOrder.AmazonOrderId, amazonOrder.MarketplaceId, exception);
            return OrderImportOutcome.Failed;
        }

        // The settings of the account's store, whichever store the current request or task belongs to.
        var settings = await _settingsProvider.ForAccountAsync(account);
        var update = await _linkStore.UpsertAsync(account, amazonOrder);
        var link = update.Link;
        if (update.IsStale)
            return OrderImportOutcome.Stale;

        if (link.OrderId is not null && link.SyncStatus == AmazonOrderSyncStatus.Imported)
        {
            // This read succeeded: what set it aside before is resolved (the status sync records what still holds), and
            // changes on Amazon since the import are flagged while they last, never applied to the store order.
            await FlagChangesAsync(account, link, update.Changes);
            var accepted = update.Changes.Count == 0 ? amazonOrder
                : amazonOrder with { FulfillmentChannel = link.FulfillmentChannel, Status = link.AmazonOrderStatus ?? amazonOrder.Status };
            await _statusSynchronizer.SyncAsync(link, accepted);
            return OrderImportOutcome.Updated;
        }

        // A store order already half-written by an interrupted run is always finished.
        var action = link.OrderId is not null ? OrderImportAction.CreateNativeOrder : OrderImportRules.Decide(amazonOrder, settings);
        if (action != OrderImportAction.CreateNativeOrder)
        {
            var hadError = link.LastError is not null || link.SyncStatus == AmazonOrderSyncStatus.Failed;
            await SetStatusAsync(link, OrderImportRules.SyncStatusFor(action), null);
            if (hadError)
                await _syncErrorService.ResolveForOrderLinkAsync(link.Id);
            return action == OrderImportAction.Wait ? OrderImportOutcome.Waiting : OrderImportOutcome.Listed;
        }

        NativeOrderPlan plan;
        try
        {
            plan = await _mapper.MapAsync(account, amazonOrder);
        }
        catch (AmazonOrderMappingException exception)
        {
            await _failureRecorder.FailAsync(account, link, exception.Code, exception.Arguments, exception.Details);
            return OrderImportOutcome.Failed;
        }

        var importing = new AmazonOrderImportingEvent(account, amazonOrder, plan);
        await _eventPublisher.PublishAsync(importing);
        if (importing.IsVetoed && link.OrderId is null)
        {
            await SetStatusAsync(link, AmazonOrderSyncStatus.NotImported, $"Not imported: {importing.VetoReason}");
            return OrderImportOutcome.Vetoed;
        }

        var adjustInventory = settings.AdjustInventoryForFbmOrders && amazonOrder.FulfillmentChannel == AmazonFulfillmentChannel.Merchant;
        var order = await _writer.WriteAsync(link, plan, adjustInventory);

        var hadErrors = link.SyncStatus == AmazonOrderSyncStatus.Failed || link.LastError is not null;
        await SetStatusAsync(link, AmazonOrderSyncStatus.Imported, null);
        if (hadErrors)
            await _syncErrorService.ResolveForOrderLinkAsync(link.Id);
        await _eventPublisher.PublishAsync(new AmazonOrderImportedEvent(account, amazonOrder, order, link));
        if (settings.PublishOrderPlacedEvent)
            await _eventPublisher.PublishAsync(new OrderPlacedEvent(order));

        await _statusSynchronizer.SyncAsync(link, amazonOrder);
        return OrderImportOutcome.Created;
    }

    /// <summary>
    /// Records each change still on Amazon (a new one is logged and published like any set-aside order; one already
    /// open is refreshed) and resolves every other open error of the order, so a flag clears by itself once Amazon
    /// agrees with the store order again.
    /// </summary>
    private async Task FlagChangesAsync(AmazonAccount account, AmazonOrderLink link, IReadOnlyList<AmazonOrderChange> changes)
    {
        if (link.LastError is null && changes.Count == 0)
            return;

        var open = await _syncErrorService.GetOpenErrorsAsync(link.Id);
        foreach (var error in open.Where(error => changes.All(change => change.Code.Value != error.Code)))
            await _syncErrorService.ResolveByIdAsync(error.Id);

        foreach (var change in changes)
        {
            if (open.Any(error => error.Code == change.Code.Value))
                await _syncErrorService.RecordAsync(account.Id, link, link.AmazonOrderId, change.Code, change.Arguments);
            else
                await _failureRecorder.FailAsync(account, link, change.Code, change.Arguments, null);
        }

        var lastError = changes.Count == 0 ? null : ImportErrorCodes.Format(changes[0].Code, changes[0].Arguments);
        if (link.LastError != lastError)
        {
            link.LastError = lastError;
            await _linkStore.UpdateAsync(link);
        }
    }

    private async Task SetStatusAsync(AmazonOrderLink link, AmazonOrderSyncStatus status, string? error)
    {
        if (link.SyncStatus == status && link.LastError == error)
            return;

        link.SyncStatus = status;
        link.LastError = error;
        await _linkStore.UpdateAsync(link);
    }
}
