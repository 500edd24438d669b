using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Services.Logging;
using Nop.Services.Orders;


namespace Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

/// <summary>What one erasure run did: counts only, never the data.</summary>
public sealed record ErasureOutcome(int Orders, int Addresses, int Customers, int Notes, int OutboundPayloads, int SyncErrors);

/// <summary>
/// Erases the buyer data of every Amazon order of an account past the retention period (days after Amazon's last
/// update of a shipped, cancelled or unfulfillable order; at most 30, <see cref="BuyerDataRetention"/>): in
/// nopCommerce's tables through <see cref="StoreBuyerDataEraser"/>, and in the plugin's own tables (confirmed outbox
/// payloads and Amazon's result messages, sync error details, the order link's last error). Each order is erased
/// once (<see cref="AmazonBuyerDataErasure"/>), so a run is idempotent. Requests still owed to Amazon keep their
/// payload until Amazon confirms them. The full list of what is kept is in docs/data-protection.md.
/// </summary>
public class BuyerDataRetentionService
{
    /// <summary>The outbox payload left after erasure.</summary>
    public const string ErasedPayload = "{\"erased\":true}";

    private readonly IRepository<AmazonOrderLink> _orderLinks;
    private readonly IRepository<AmazonBuyerDataErasure> _erasures;
    private readonly IRepository<AmazonOutboundRequest> _outbound;
    private readonly IRepository<AmazonSyncError> _syncErrors;
    private readonly IOrderService _orderService;
    private readonly StoreBuyerDataEraser _storeEraser;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public BuyerDataRetentionService(IRepository<AmazonOrderLink> orderLinks,
        IRepository<AmazonBuyerDataErasure> erasures,
        IRepository<AmazonOutboundRequest> outbound,
        IRepository<AmazonSyncError> syncErrors,
        IOrderService orderService,
        StoreBuyerDataEraser storeEraser,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _orderLinks = orderLinks;
        _erasures = erasures;
        _outbound = outbound;
        _syncErrors = syncErrors;
        _orderService = orderService;
        _storeEraser = storeEraser;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public async Task<ErasureOutcome> EraseExpiredAsync(AmazonAccount account, AmazonChannelSettings settings)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var days = BuyerDataRetention.ClampDays(settings.BuyerDataRetentionDays);
        var cutoff = now.AddDays(-days);
        var erasedLinkIds = (await _erasures.GetAllAsync(query => query.Where(e => e.AccountId == account.Id))).Select(e => e.OrderLinkId).ToHashSet();
        var links = (await _orderLinks.GetAllAsync(query => query.Where(link => link.AccountId == account.Id)))
            .Where(link => !erasedLinkIds.Contains(link.Id) && AmazonOrderState.Of(link).IsFinished
                && (link.LastUpdateDateUtc ?? link.UpdatedOnUtc) < cutoff)
            .ToList();

        int addresses = 0, customers = 0, notes = 0, payloads = 0, errors = 0;
        foreach (var link in links)
        {
            if (link.OrderId is { } orderId && await _orderService.GetOrderByIdAsync(orderId) is { } order)
            {
                var store = await _storeEraser.EraseAsync(order, settings);
                addresses += store.Addresses;
                customers += store.Customers;
                notes += store.Notes;
            }

            payloads += await ErasePayloadsAsync(link);
            errors += await EraseErrorDetailsAsync(link);
            if (link.LastError is not null || link.BuyerCompanyName is not null)
            {
                link.LastError = null;
                link.BuyerCompanyName = null;
                await _orderLinks.UpdateAsync(link, false);
            }

            await _erasures.InsertAsync(new AmazonBuyerDataErasure { AccountId = account.Id, OrderLinkId = link.Id, OrderId = link.OrderId, ErasedOnUtc = now }, false);
        }

        var outcome = new ErasureOutcome(links.Count, addresses, customers, notes, payloads, errors);
        await _logger.InformationAsync($"Amazon channel buyer data retention, account {account.Id} ({days} days): erased the buyer data of {outcome.Orders} orders "
            + $"({outcome.Addresses} addresses, {outcome.Customers} guest customers, {outcome.Notes} order notes, {outcome.OutboundPayloads} outbox payloads, {outcome.SyncErrors} sync error details).");
        return outcome;
    }

    private async Task<int> ErasePayloadsAsync(AmazonOrderLink link)
    {
        var finished = new[] { (int)AmazonOutboundRequestState.Accepted, (int)AmazonOutboundRequestState.Rejected, (int)AmazonOutboundRequestState.Cancelled };
        var requests = await _outbound.GetAllAsync(query => query.Where(r =>
            r.AccountId == link.AccountId && (r.OrderLinkId == link.Id || r.AmazonOrderId == link.AmazonOrderId) && finished.Contains(r.StateId)));
        foreach (var request in requests)
        {
            request.Payload = ErasedPayload;
            request.ResultMessage = null;
        }

        if (requests.Count > 0)
            await _outbound.UpdateAsync(requests, false);
        return requests.Count;
    }

    private async Task<int> EraseErrorDetailsAsync(AmazonOrderLink link)
    {
        var rows = await _syncErrors.GetAllAsync(query => query.Where(e =>
            e.AccountId == link.AccountId && (e.OrderLinkId == link.Id || e.AmazonOrderId == link.AmazonOrderId) && e.Details != null));
        foreach (var row in rows)
            row.Details = null;
        if (rows.Count > 0)
            await _syncErrors.UpdateAsync(rows, false);
        return rows.Count;
    }
}
