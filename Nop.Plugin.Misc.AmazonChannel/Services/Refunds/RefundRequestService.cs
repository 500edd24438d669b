using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>A refund an admin (or nopCommerce's own refund button) asks for; amounts positive, in the order's currency.</summary>
public sealed record RefundRequest(int OrderLinkId, AmazonAdjustmentReason Reason, IReadOnlyList<RefundLine> Lines, string? Memo = null,
    string? CurrencyCode = null, string Origin = RequestOrigins.Admin, string? IdempotencyKey = null);

/// <summary>
/// Makes refunds: checks them against the ledger (what the buyer paid per item and component, less every refund so far,
/// unless "Allow over-refund" is on), records them in the outbox (waiting in the queue when queueing is on) and
/// reserves their amounts in the ledger. The store order changes only when Amazon confirms (<see cref="RefundHandler"/>).
/// </summary>
public class RefundRequestService
{
    private readonly RefundLedger _ledger;
    private readonly OutboxStore _outbox;
    private readonly RefundOrderContext _context;
    public RefundRequestService(RefundLedger ledger, OutboxStore outbox, RefundOrderContext context)
    {
        _ledger = ledger;
        _outbox = outbox;
        _context = context;
    }

    /// <summary>A full refund: what is left of every charge of every item.</summary>
    public async Task<IReadOnlyList<RefundLine>> FullRefundLinesAsync(int orderLinkId, CancellationToken cancellationToken = default)
    {
        var (account, link, _) = await _context.LoadAsync(orderLinkId);
        if (!await _ledger.EnsureChargesAsync(account, link, cancellationToken))
            throw new RefundRequestException(RefundErrorCodes.OrderUnknownOnAmazon, link.AmazonOrderId);
        var balance = await _ledger.GetBalanceAsync(link);
        return balance.Items
            .SelectMany(item => new[] { AmazonRefundComponent.Principal, AmazonRefundComponent.Shipping, AmazonRefundComponent.Tax, AmazonRefundComponent.ShippingTax,
                    AmazonRefundComponent.GiftWrap, AmazonRefundComponent.COD }
                .Select(component => new RefundLine(item, component, balance.Remaining(item, component))))
            .Where(line => line.Amount > 0)
            .ToList();
    }

    public async Task<AmazonOutboundRequest> RequestAsync(RefundRequest request, CancellationToken cancellationToken = default)
    {
        var (account, link, settings) = await _context.LoadAsync(request.OrderLinkId);
        if (request.IdempotencyKey is { } key && await _outbox.FindAsync(account.Id, key) is { } existing)
            return existing;
        if (!await _ledger.EnsureChargesAsync(account, link, cancellationToken))
            throw new RefundRequestException(RefundErrorCodes.OrderUnknownOnAmazon, link.AmazonOrderId);

        var balance = await _ledger.GetBalanceAsync(link);
        Validate(link, balance, request, settings.AllowOverRefund);

        var reference = Guid.NewGuid().ToString("N");
        var payload = new RefundPayload
        {
            AmazonOrderId = link.AmazonOrderId,
            CurrencyCode = balance.CurrencyCode!,
            Reason = request.Reason.ToString(),
            Memo = request.Memo,
            Origin = request.Origin,
            Items = request.Lines.GroupBy(l => l.AmazonOrderItemId)
                .Select((group, index) => new RefundItemPayload
                {
                    AmazonOrderItemId = group.Key,
                    MerchantAdjustmentItemId = $"{reference}-{index + 1}",
                    Components = group.GroupBy(l => l.Component).Select(c => new RefundComponentPayload
                    {
                        Type = c.Key.ToString(),
                        Amount = RefundComponentRules.Signed(c.Key, c.Sum(l => l.Amount))
                    }).ToList()
                }).ToList()
        };
        var (stored, _) = await _outbox.RecordAsync(new AmazonOutboundRequest
        {
            AccountId = account.Id,
            OrderLinkId = link.Id,
            AmazonOrderId = link.AmazonOrderId,
            Kind = AmazonOutboundRequestKind.Refund,
            State = settings.QueueRefundsAndCancellations ? AmazonOutboundRequestState.AwaitingApproval : AmazonOutboundRequestState.Pending,
            IdempotencyKey = request.IdempotencyKey ?? "refund:" + reference,
            Payload = PayloadJson.Write(payload),
            ReasonCode = payload.Reason
        });
        // Reserved after the request exists; a crash in between is made good when the request is sent (RefundHandler).
        await _ledger.ReserveAsync(link, stored.Id, payload.CurrencyCode, PayloadJson.Read<RefundPayload>(stored.Payload).Lines());
        return stored;
    }

    /// <summary>The rules of a refund, at request time and again when it is sent.</summary>
    internal static void Validate(AmazonOrderLink link, RefundBalance balance, RefundRequest request, bool allowOverRefund)
    {
        if (request.Lines.Count == 0)
            throw new RefundRequestException(RefundErrorCodes.NothingRequested, link.AmazonOrderId);
        if (request.CurrencyCode is { } currency && !string.Equals(currency, balance.CurrencyCode, StringComparison.OrdinalIgnoreCase))
            throw new RefundRequestException(RefundErrorCodes.WrongCurrency, link.AmazonOrderId, balance.CurrencyCode ?? "?", currency);
        foreach (var line in request.Lines)
        {
            if (!balance.Items.Contains(line.AmazonOrderItemId))
                throw new RefundRequestException(RefundErrorCodes.UnknownItem, link.AmazonOrderId, line.AmazonOrderItemId);
            if (line.Amount <= 0 || decimal.Round(line.Amount, 2) != line.Amount)
                throw new RefundRequestException(RefundErrorCodes.AmountNotPositive, link.AmazonOrderId, line.AmazonOrderItemId, line.Component.ToString());
        }

        foreach (var item in request.Lines.GroupBy(l => l.AmazonOrderItemId).Where(item => item.Sum(l => l.SignedAmount) <= 0))
            throw new RefundRequestException(RefundErrorCodes.NetNotACredit, link.AmazonOrderId, item.Key);

        if (allowOverRefund)
            return;
        if (balance.Check(request.Lines).FirstOrDefault() is { } violation)
        {
            throw new RefundRequestException(RefundErrorCodes.ExceedsPaid, link.AmazonOrderId, violation.AmazonOrderItemId,
                Money(violation.Requested), violation.Cap?.ToString() ?? "the item", Money(violation.Remaining));
        }
    }

    internal static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
