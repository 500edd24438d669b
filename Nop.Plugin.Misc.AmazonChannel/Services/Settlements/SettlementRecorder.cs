using System.Globalization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>What recording one settlement did.</summary>
public sealed record SettlementOutcome(bool AlreadyRecorded, int Transactions, int OrdersMatched, int AmazonSideRefundsApplied, int Failed);

/// <summary>
/// Records a settlement once per settlement ID: the settlement, and per Amazon order and transaction Amazon's fees,
/// promotions and what reached the seller. A refund Amazon made by itself (A-to-z Guarantee Refund, Chargeback Refund,
/// or a Refund without the store's merchant adjustment ID) is applied to the store order: refunded amount (in the
/// store's primary currency, never above the order total), payment status, an order note, and the refund ledger
/// (<see cref="IAmazonSideRefundLedger"/>), so the store cannot refund it a second time. A refund the store sent
/// (it carries the store's merchant adjustment ID) is already on the order and only its fees are recorded.
/// </summary>
public class SettlementRecorder
{
    private readonly IRepository<AmazonSettlement> _settlements;
    private readonly IRepository<AmazonSettlementTransaction> _transactions;
    private readonly IRepository<AmazonOrderLink> _orderLinks;
    private readonly IAmazonSideRefundLedger _ledger;
    private readonly IOrderService _orderService;
    private readonly AmazonSyncErrorService _errors;
    private readonly TimeProvider _timeProvider;

    public SettlementRecorder(IRepository<AmazonSettlement> settlements,
        IRepository<AmazonSettlementTransaction> transactions,
        IRepository<AmazonOrderLink> orderLinks,
        IAmazonSideRefundLedger ledger,
        IOrderService orderService,
        AmazonSyncErrorService errors,
        TimeProvider timeProvider)
    {
        _settlements = settlements;
        _transactions = transactions;
        _orderLinks = orderLinks;
        _ledger = ledger;
        _orderService = orderService;
        _errors = errors;
        _timeProvider = timeProvider;
    }

    /// <summary>TransactionCount while a settlement is being recorded; a run that died leaves it, and the next resumes.</summary>
    public const int InProgress = -1;

    public async Task<bool> IsRecordedAsync(int accountId, string settlementId) =>
        (await FindAsync(accountId, settlementId))?.TransactionCount is >= 0;

    private async Task<AmazonSettlement?> FindAsync(int accountId, string settlementId) =>
        (await _settlements.GetAllAsync(query => query.Where(s => s.AccountId == accountId && s.SettlementId == settlementId))).FirstOrDefault();

    public async Task<SettlementOutcome> RecordAsync(AmazonAccount account, string reportId, SettlementReport report)
    {
        var summary = report.Summary;
        var settlement = await FindAsync(account.Id, summary.SettlementId);
        if (settlement?.TransactionCount is >= 0)
            return new SettlementOutcome(true, 0, 0, 0, 0);

        // Resuming a run that died: its plain rows are written again; applied refunds are kept and found in the ledger.
        if (settlement is not null)
            await _transactions.DeleteAsync(t => t.SettlementRecordId == settlement.Id && !t.IsAmazonSideRefund);

        foreach (var error in report.Errors)
            await _errors.RecordAsync(account.Id, null, null, SettlementErrorCodes.BadRow, [summary.SettlementId, error.RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message]);

        settlement ??= new AmazonSettlement
        {
            AccountId = account.Id,
            SettlementId = summary.SettlementId,
            ReportId = reportId,
            CurrencyCode = summary.CurrencyCode,
            StartDateUtc = summary.StartUtc,
            EndDateUtc = summary.EndUtc,
            DepositDateUtc = summary.DepositUtc,
            TotalAmount = summary.TotalAmount,
            TransactionCount = InProgress,
            RecordedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };
        if (settlement.Id == 0)
            await _settlements.InsertAsync(settlement, false);

        int matched = 0, applied = 0, failed = report.Errors.Count;
        foreach (var transaction in report.Transactions)
        {
            var link = transaction.AmazonOrderId is null ? null
                : (await _orderLinks.GetAllAsync(query => query.Where(l => l.AccountId == account.Id && l.AmazonOrderId == transaction.AmazonOrderId))).FirstOrDefault();
            if (link?.OrderId is not null)
                matched++;
            var row = ToRow(settlement, transaction, link);

            if (!transaction.IsAmazonSideRefund || transaction.RefundedToBuyer == 0)
            {
                await _transactions.InsertAsync(row, false);
                continue;
            }

            if (link?.OrderId is not { } orderId || await _orderService.GetOrderByIdAsync(orderId) is not { } order)
            {
                await _transactions.InsertAsync(row, false);
                await _errors.RecordAsync(account.Id, link, transaction.AmazonOrderId, SettlementErrorCodes.RefundForUnknownOrder, [transaction.AmazonOrderId ?? "-", summary.SettlementId, transaction.TransactionType, Money(transaction.RefundedToBuyer), summary.CurrencyCode]);
                failed++;
                continue;
            }

            var key = AdjustmentKey(summary.SettlementId, transaction);
            // Already applied (a run that died after it, or the same adjustment in an earlier settlement): its row exists.
            if (await _ledger.IsRecordedAsync(account.Id, link.AmazonOrderId, key))
                continue;

            row.AdjustmentId = key;
            row.IsAmazonSideRefund = true;
            await ApplyToOrderAsync(order, summary, transaction);
            await _ledger.RecordAsync(new AmazonSideRefund(account.Id, link.Id, order.Id, link.AmazonOrderId, summary.SettlementId, key,
                transaction.TransactionType, transaction.RefundedToBuyer, summary.CurrencyCode, transaction.PostedUtc, transaction.PriceAmounts), row);
            applied++;
        }

        settlement.TransactionCount = report.Transactions.Count;
        await _settlements.UpdateAsync(settlement, false);
        return new SettlementOutcome(false, report.Transactions.Count, matched, applied, failed);
    }

    /// <summary>Amazon's adjustment ID, or (when Amazon wrote none) the settlement, type and posting time.</summary>
    public static string AdjustmentKey(string settlementId, SettlementTransaction transaction) =>
        transaction.AdjustmentId ?? $"{settlementId}/{transaction.TransactionType}/{transaction.PostedUtc:yyyyMMddHHmmss}";

    private async Task ApplyToOrderAsync(Order order, SettlementSummary summary, SettlementTransaction transaction)
    {
        var rate = order.CurrencyRate > 0 ? order.CurrencyRate : 1m;
        var inPrimary = Math.Round(transaction.RefundedToBuyer / rate, 2, MidpointRounding.AwayFromZero);
        order.RefundedAmount = Math.Min(order.OrderTotal, order.RefundedAmount + inPrimary);
        order.PaymentStatus = order.RefundedAmount >= order.OrderTotal ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await _orderService.UpdateOrderAsync(order);
        await _orderService.InsertOrderNoteAsync(new OrderNote
        {
            OrderId = order.Id,
            Note = $"Amazon refunded {Money(transaction.RefundedToBuyer)} {summary.CurrencyCode} by itself ({transaction.TransactionType}, settlement {summary.SettlementId}"
                   + (transaction.AdjustmentId is null ? ")." : $", adjustment {transaction.AdjustmentId}).")
                   + " It is recorded as refunded; do not refund it again from the store.",
            DisplayToCustomer = false,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        });
    }

    private static AmazonSettlementTransaction ToRow(AmazonSettlement settlement, SettlementTransaction transaction, AmazonOrderLink? link) => new()
    {
        SettlementRecordId = settlement.Id,
        AccountId = settlement.AccountId,
        OrderLinkId = link?.Id,
        OrderId = link?.OrderId,
        AmazonOrderId = transaction.AmazonOrderId,
        TransactionType = transaction.TransactionType,
        AdjustmentId = transaction.AdjustmentId,
        Sales = transaction.Sales,
        Promotions = transaction.Promotions,
        Fees = transaction.Fees,
        Other = transaction.Other,
        Net = transaction.Net,
        RefundedToBuyer = transaction.RefundedToBuyer,
        CurrencyCode = settlement.CurrencyCode,
        PostedDateUtc = transaction.PostedUtc
    };

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
