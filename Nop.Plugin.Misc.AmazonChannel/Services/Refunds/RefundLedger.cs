using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// The refund ledger: per Amazon order item and component, what the buyer paid (read from Amazon's order once) and
/// every refund given back, whoever gave it (this plugin, Amazon's settlement, another source). It answers what is
/// left refundable and keeps two refunds from spending the same money: this plugin's refunds are reserved when they
/// are requested, confirmed when Amazon accepts them and released when Amazon or an admin rejects them.
/// </summary>
public class RefundLedger
{
    public const string ChargeReference = "charge";

    private readonly IRepository<AmazonRefundLedgerEntry> _repository;
    private readonly IAmazonOrderSource _orderSource;
    private readonly TimeProvider _timeProvider;

    public RefundLedger(IRepository<AmazonRefundLedgerEntry> repository, IAmazonOrderSource orderSource, TimeProvider timeProvider)
    {
        _repository = repository;
        _orderSource = orderSource;
        _timeProvider = timeProvider;
    }

    public Task<IList<AmazonRefundLedgerEntry>> GetEntriesAsync(AmazonOrderLink link) =>
        _repository.GetAllAsync(query => query.Where(e => e.AccountId == link.AccountId && e.AmazonOrderId == link.AmazonOrderId).OrderBy(e => e.Id));

    public async Task<RefundBalance> GetBalanceAsync(AmazonOrderLink link)
    {
        var entries = await GetEntriesAsync(link);
        var currency = entries.FirstOrDefault(e => e.Source == AmazonRefundLedgerSource.Charge)?.CurrencyCode ?? link.CurrencyCode;
        return new RefundBalance(currency, entries);
    }

    /// <summary>Records what the buyer paid per item and charge, once (a second call changes nothing).</summary>
    public async Task RecordChargesAsync(AmazonOrderLink link, AmazonOrderSnapshot order)
    {
        var existing = (await GetEntriesAsync(link)).Where(e => e.Source == AmazonRefundLedgerSource.Charge)
            .Select(e => (e.AmazonOrderItemId, e.Component)).ToHashSet();
        foreach (var item in order.Items)
        {
            foreach (var (component, amount) in RefundComponentRules.ChargesOf(item))
            {
                if (amount == 0 || existing.Contains((item.AmazonOrderItemId, component)))
                    continue;
                await InsertAsync(link, item.AmazonOrderItemId, component, AmazonRefundLedgerSource.Charge, AmazonRefundLedgerEntryStatus.Confirmed,
                    amount, order.CurrencyCode, ChargeReference, null);
            }
        }
    }

    /// <summary>Reads the order from Amazon and records its charges when the ledger does not know them yet.</summary>
    /// <returns>False when Amazon has no such order.</returns>
    public async Task<bool> EnsureChargesAsync(AmazonAccount account, AmazonOrderLink link, CancellationToken cancellationToken)
    {
        if ((await GetBalanceAsync(link)).HasCharges)
            return true;

        var order = await _orderSource.GetOrderAsync(account, link.AmazonOrderId, cancellationToken);
        if (order is null)
            return false;

        await RecordChargesAsync(link, order);
        return true;
    }

    /// <summary>Reserves this plugin's refund lines for a request (idempotent per reference: a resumed request reserves nothing twice).</summary>
    public async Task ReserveAsync(AmazonOrderLink link, int outboundRequestId, string currencyCode, IEnumerable<(RefundLine Line, string Reference)> lines)
    {
        var existing = (await GetEntriesAsync(link)).Where(e => e.Source == AmazonRefundLedgerSource.PluginRefund)
            .Select(e => (e.AmazonOrderItemId, e.Component, e.Reference)).ToHashSet();
        foreach (var (line, reference) in lines)
        {
            if (existing.Contains((line.AmazonOrderItemId, line.Component, reference)))
                continue;
            await InsertAsync(link, line.AmazonOrderItemId, line.Component, AmazonRefundLedgerSource.PluginRefund, AmazonRefundLedgerEntryStatus.Reserved,
                line.SignedAmount, currencyCode, reference, outboundRequestId);
        }
    }

    /// <summary>Amazon accepted the request: its lines are confirmed.</summary>
    public Task ConfirmAsync(int outboundRequestId) => SetStatusAsync(outboundRequestId, AmazonRefundLedgerEntryStatus.Confirmed);

    /// <summary>Amazon or an admin rejected the request: its lines no longer count.</summary>
    public Task ReleaseAsync(int outboundRequestId) => SetStatusAsync(outboundRequestId, AmazonRefundLedgerEntryStatus.Released);

    public Task<IList<AmazonRefundLedgerEntry>> GetRequestEntriesAsync(int outboundRequestId) =>
        _repository.GetAllAsync(query => query.Where(e => e.OutboundRequestId == outboundRequestId).OrderBy(e => e.Id));

    /// <summary>
    /// Records a refund Amazon reports (settlement, returns report). A refund this plugin sent comes back with the
    /// MerchantAdjustmentItemID it was sent with: it is confirmed, not counted again. Recording the same reference twice
    /// changes nothing.
    /// </summary>
    /// <param name="signedAmount">Given back to the buyer positive, a deduction (restocking fee) negative, in the order's currency.</param>
    /// <returns>True when a new line was recorded.</returns>
    public async Task<bool> RecordAmazonRefundAsync(AmazonOrderLink link, string amazonOrderItemId, AmazonRefundComponent component, decimal signedAmount,
        string currencyCode, AmazonRefundLedgerSource source, string reference, string? merchantAdjustmentItemId = null)
    {
        if (source is AmazonRefundLedgerSource.Charge or AmazonRefundLedgerSource.PluginRefund)
            throw new ArgumentOutOfRangeException(nameof(source), source, "Amazon's refunds are recorded as AmazonSettlement or Other.");

        var entries = await GetEntriesAsync(link);
        if (!string.IsNullOrEmpty(merchantAdjustmentItemId))
        {
            var own = entries.Where(e => e.Source == AmazonRefundLedgerSource.PluginRefund && e.Reference == merchantAdjustmentItemId
                && e.AmazonOrderItemId == amazonOrderItemId && e.Component == component).ToList();
            if (own.Count > 0)
            {
                foreach (var entry in own.Where(e => e.Status == AmazonRefundLedgerEntryStatus.Reserved))
                    await UpdateStatusAsync(entry, AmazonRefundLedgerEntryStatus.Confirmed);
                return false;
            }
        }

        if (entries.Any(e => e.Source == source && e.Reference == reference && e.AmazonOrderItemId == amazonOrderItemId && e.Component == component))
            return false;

        await InsertAsync(link, amazonOrderItemId, component, source, AmazonRefundLedgerEntryStatus.Confirmed, signedAmount, currencyCode, reference, null);
        return true;
    }

    private async Task SetStatusAsync(int outboundRequestId, AmazonRefundLedgerEntryStatus status)
    {
        foreach (var entry in await GetRequestEntriesAsync(outboundRequestId))
        {
            if (entry.Status != status && entry.Status != AmazonRefundLedgerEntryStatus.Released)
                await UpdateStatusAsync(entry, status);
        }
    }

    private Task UpdateStatusAsync(AmazonRefundLedgerEntry entry, AmazonRefundLedgerEntryStatus status)
    {
        entry.Status = status;
        entry.UpdatedOnUtc = UtcNow();
        return _repository.UpdateAsync(entry, false);
    }

    private Task InsertAsync(AmazonOrderLink link, string itemId, AmazonRefundComponent component, AmazonRefundLedgerSource source,
        AmazonRefundLedgerEntryStatus status, decimal amount, string currencyCode, string reference, int? outboundRequestId)
    {
        var now = UtcNow();
        return _repository.InsertAsync(new AmazonRefundLedgerEntry
        {
            AccountId = link.AccountId,
            OrderLinkId = link.Id,
            AmazonOrderId = link.AmazonOrderId,
            AmazonOrderItemId = itemId,
            Component = component,
            Source = source,
            Status = status,
            Amount = amount,
            CurrencyCode = currencyCode,
            Reference = reference,
            OutboundRequestId = outboundRequestId,
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        }, false);
    }

    private DateTime UtcNow() => _timeProvider.GetUtcNow().UtcDateTime;
}
