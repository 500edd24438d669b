using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>
/// The settlements' ledger written into the refund flow's <see cref="RefundLedger"/> as well: each item price amount
/// of an Amazon-side refund becomes a confirmed <see cref="AmazonRefundLedgerSource.AmazonSettlement"/> line (per
/// order item and component, referenced by the adjustment), so the refund flow's balance counts it and a later
/// refund from the store cannot give the same money back again. Amounts Amazon writes under descriptions that are no
/// refund component (for example a promotion's "Principal" is one, "Goodwill" is one) are recorded as Amazon names
/// them; a description that is no component is recorded as Goodwill.
/// </summary>
public class RefundLedgerSettlementAdapter : SettlementTransactionRefundLedger
{
    private readonly IRepository<AmazonOrderLink> _orderLinks;
    private readonly RefundLedger _refundLedger;

    public RefundLedgerSettlementAdapter(IRepository<AmazonSettlementTransaction> transactions, IRepository<AmazonOrderLink> orderLinks, RefundLedger refundLedger)
        : base(transactions)
    {
        _orderLinks = orderLinks;
        _refundLedger = refundLedger;
    }

    /// <summary>Recorded in this flow's table, or already in the refund ledger (a run that died between the two).</summary>
    public override async Task<bool> IsRecordedAsync(int accountId, string amazonOrderId, string adjustmentKey)
    {
        if (await base.IsRecordedAsync(accountId, amazonOrderId, adjustmentKey))
            return true;
        var suffix = ":" + adjustmentKey;
        var links = await _orderLinks.GetAllAsync(query => query.Where(l => l.AccountId == accountId && l.AmazonOrderId == amazonOrderId));
        foreach (var link in links)
        {
            if ((await _refundLedger.GetEntriesAsync(link)).Any(e => e.SourceId == (int)AmazonRefundLedgerSource.AmazonSettlement && e.Reference.EndsWith(suffix, StringComparison.Ordinal)))
                return true;
        }

        return false;
    }

    public override async Task RecordAsync(AmazonSideRefund refund, AmazonSettlementTransaction row)
    {
        if (await _orderLinks.GetByIdAsync(refund.OrderLinkId) is { } link)
        {
            foreach (var amount in refund.PriceAmounts.GroupBy(a => (a.OrderItemCode ?? string.Empty, Component(a.Description))))
            {
                var givenBack = -amount.Sum(a => a.Amount);
                if (givenBack != 0)
                    await _refundLedger.RecordAmazonRefundAsync(link, amount.Key.Item1, amount.Key.Item2, givenBack, refund.CurrencyCode,
                        AmazonRefundLedgerSource.AmazonSettlement, $"settlement:{refund.SettlementId}:{refund.AdjustmentKey}");
            }
        }

        await base.RecordAsync(refund, row);
    }

    private static AmazonRefundComponent Component(string description) =>
        Enum.TryParse<AmazonRefundComponent>(description, ignoreCase: true, out var component) && Enum.IsDefined(component)
            ? component
            : AmazonRefundComponent.Goodwill;
}
