using Nop.Core.Events;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Sets an order that cannot be processed aside, the same way wherever the import meets it (a malformed order in a
/// searchOrders page, a getOrder answer, the mapping): the Amazon order is recorded Failed with its last error, a sync
/// error with the code and arguments is kept (one per account, order and code), a warning naming only the order and
/// the code is logged, and <see cref="AmazonOrderSyncFailedEvent"/> is published. A later successful import of the
/// order resolves its errors. An order with a store order keeps its status (the store order stays as it is).
/// </summary>
public class ImportFailureRecorder
{
    private readonly AmazonOrderLinkStore _linkStore;
    private readonly AmazonSyncErrorService _syncErrorService;
    private readonly IEventPublisher _eventPublisher;
    private readonly ILogger _logger;

    public ImportFailureRecorder(AmazonOrderLinkStore linkStore, AmazonSyncErrorService syncErrorService, IEventPublisher eventPublisher, ILogger logger)
    {
        _linkStore = linkStore;
        _syncErrorService = syncErrorService;
        _eventPublisher = eventPublisher;
        _logger = logger;
    }

    /// <param name="amazonOrderId">Null when not even the order ID could be read: the error is the account's.</param>
    public async Task<AmazonOrderLink?> FailAsync(AmazonAccount account, string? amazonOrderId, string marketplaceId, AmazonOrderMappingException failure)
    {
        var link = amazonOrderId is null ? null : await _linkStore.FindAsync(account.Id, amazonOrderId) ?? await _linkStore.InsertSetAsideAsync(account, amazonOrderId, marketplaceId);
        if (link is null)
        {
            await _syncErrorService.RecordAsync(account.Id, null, null, failure.Code, failure.Arguments, failure.Details);
            await _logger.WarningAsync($"Amazon channel: an order of account {account.Id} could not be read ({failure.Code}).");
            return null;
        }

        await FailAsync(account, link, failure.Code, failure.Arguments, failure.Details);
        return link;
    }

    public async Task FailAsync(AmazonAccount account, AmazonOrderLink link, SyncErrorCode code, IReadOnlyList<string> arguments, string? details)
    {
        var message = ImportErrorCodes.Format(code, arguments);
        if (link.OrderId is null)
            link.SyncStatus = AmazonOrderSyncStatus.Failed;
        link.LastError = message;
        await _linkStore.UpdateAsync(link);
        await _syncErrorService.RecordAsync(account.Id, link, link.AmazonOrderId, code, arguments, details);
        await _logger.WarningAsync($"Amazon channel: order {link.AmazonOrderId} of account {account.Id} was set aside ({code}).");
        await _eventPublisher.PublishAsync(new AmazonOrderSyncFailedEvent(account.Id, link.AmazonOrderId, code.Kind, message, link));
    }
}
