using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>A refund Amazon made without the store (A-to-z claim, chargeback, Amazon-initiated refund), as settled.</summary>
public sealed record AmazonSideRefund(int AccountId, int OrderLinkId, int OrderId, string AmazonOrderId, string SettlementId, string AdjustmentKey,
    string TransactionType, decimal Amount, string CurrencyCode, DateTime? PostedOnUtc, IReadOnlyList<SettlementAmount> PriceAmounts);

/// <summary>
/// Where Amazon-side refunds are written so a later refund from the store cannot pay the buyer twice. The narrow
/// interface of the settlements flow; the refund issue's ledger is adapted to it (docs/returns-and-settlements.md).
/// </summary>
public interface IAmazonSideRefundLedger
{
    /// <summary>True when this adjustment of this order has been recorded already (by any settlement).</summary>
    Task<bool> IsRecordedAsync(int accountId, string amazonOrderId, string adjustmentKey);

    Task RecordAsync(AmazonSideRefund refund, AmazonSettlementTransaction row);

    /// <summary>The total Amazon refunded by itself on an order, in the order's (marketplace) currency.</summary>
    Task<decimal> GetAmazonSideRefundedAsync(int orderLinkId);
}

/// <summary>The ledger kept in the settlement transactions table (the refund types' rows of each order).</summary>
public class SettlementTransactionRefundLedger : IAmazonSideRefundLedger
{
    private readonly IRepository<AmazonSettlementTransaction> _transactions;

    public SettlementTransactionRefundLedger(IRepository<AmazonSettlementTransaction> transactions)
    {
        _transactions = transactions;
    }

    public virtual async Task<bool> IsRecordedAsync(int accountId, string amazonOrderId, string adjustmentKey) =>
        (await _transactions.GetAllAsync(query => query.Where(t => t.AccountId == accountId && t.AmazonOrderId == amazonOrderId && t.AdjustmentId == adjustmentKey))).Count > 0;

    public virtual Task RecordAsync(AmazonSideRefund refund, AmazonSettlementTransaction row) => _transactions.InsertAsync(row, false);

    public async Task<decimal> GetAmazonSideRefundedAsync(int orderLinkId)
    {
        var rows = await _transactions.GetAllAsync(query => query.Where(t => t.OrderLinkId == orderLinkId && t.IsAmazonSideRefund));
        return rows.Sum(t => t.RefundedToBuyer);
    }
}
