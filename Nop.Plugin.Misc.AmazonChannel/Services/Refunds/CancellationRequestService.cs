using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>A cancellation: the whole order (no lines) or items and quantities, with Amazon's reason.</summary>
public sealed record CancellationRequest(int OrderLinkId, AmazonCancelReason? Reason, IReadOnlyList<(string AmazonOrderItemId, int Quantity)>? Lines = null,
    bool LocalOnly = false, string Origin = RequestOrigins.Admin, string? IdempotencyKey = null);

/// <summary>
/// Makes cancellations. Amazon refuses them after ship confirmation, so only unshipped quantities can be cancelled.
/// The request is recorded in the outbox (waiting in the queue when queueing is on); the store order is cancelled when
/// Amazon confirms (<see cref="CancellationHandler"/>). A local-only cancellation (setting "Allow cancelling without
/// telling Amazon") cancels the store order now and sends nothing. Buyer cancellation requests are accepted (a
/// BuyerCanceled cancellation) or rejected (the hold is lifted and shipping proceeds).
/// </summary>
public class CancellationRequestService
{
    /// <summary>Amazon expects an answer to a buyer's cancellation request within about two days.</summary>
    public static readonly TimeSpan BuyerRequestAnswerWithin = TimeSpan.FromHours(48);

    private readonly OutboxStore _outbox;
    private readonly RefundOrderContext _context;
    private readonly StoreOrderCanceller _canceller;

    public CancellationRequestService(OutboxStore outbox, RefundOrderContext context, StoreOrderCanceller canceller)
    {
        _outbox = outbox;
        _context = context;
        _canceller = canceller;
    }

    /// <returns>The outbox request, or null for a local-only cancellation (nothing is sent).</returns>
    public async Task<AmazonOutboundRequest?> RequestAsync(CancellationRequest request)
    {
        var (account, link, settings) = await _context.LoadAsync(request.OrderLinkId);
        if (request.IdempotencyKey is { } key && await _outbox.FindAsync(account.Id, key) is { } existing)
            return existing;
        if (request.Reason is not { } reason || !Enum.IsDefined(reason))
            throw new RefundRequestException(RefundErrorCodes.ReasonRequired, link.AmazonOrderId);
        if (link.FulfillmentChannel == AmazonFulfillmentChannel.Amazon)
            throw new RefundRequestException(RefundErrorCodes.FulfilledByAmazon, link.AmazonOrderId);
        if (AmazonOrderState.Of(link).IsCancelled)
            throw new RefundRequestException(RefundErrorCodes.AlreadyCancelled, link.AmazonOrderId);

        var order = await _context.GetStoreOrderAsync(link);
        var items = await _context.GetItemLinksAsync(link.Id);
        var open = (await _outbox.GetForOrderAsync(account.Id, link.AmazonOrderId, AmazonOutboundRequestKind.Cancellation))
            .Where(CancellationClaims.IsOpen).Select(r => (Request: r, Payload: PayloadJson.Read<CancellationPayload>(r.Payload))).ToList();
        int Available(AmazonOrderItemLink item) => CancellationClaims.Available(item, CancellationClaims.Claimed(open, item.AmazonOrderItemId));
        CancellationLine Line(AmazonOrderItemLink item, int quantity) => new()
        {
            AmazonOrderItemId = item.AmazonOrderItemId,
            Quantity = quantity,
            CancelledBefore = item.QuantityCancelled,
            OpenRequestIds = open.Where(o => o.Payload.Lines.Any(l => l.AmazonOrderItemId == item.AmazonOrderItemId)).Select(o => o.Request.Id).ToList()
        };

        var wholeOrder = request.Lines is null || request.Lines.Count == 0;
        List<CancellationLine> lines;
        if (wholeOrder)
        {
            if (items.Any(i => i.QuantityShipped > 0) || order?.ShippingStatus is ShippingStatus.Shipped or ShippingStatus.PartiallyShipped or ShippingStatus.Delivered)
                throw new RefundRequestException(RefundErrorCodes.AlreadyShipped, link.AmazonOrderId);
            lines = items.Where(i => Available(i) > 0).Select(i => Line(i, Available(i))).ToList();
            if (lines.Count == 0)
                throw new RefundRequestException(RefundErrorCodes.AlreadyCancelled, link.AmazonOrderId);
        }
        else
        {
            lines = [];
            foreach (var group in request.Lines!.GroupBy(l => l.AmazonOrderItemId))
            {
                var item = items.FirstOrDefault(i => i.AmazonOrderItemId == group.Key)
                    ?? throw new RefundRequestException(RefundErrorCodes.UnknownItem, link.AmazonOrderId, group.Key);
                var quantity = group.Sum(l => l.Quantity);
                if (Unshipped(item) == 0 && item.QuantityShipped > 0)
                    throw new RefundRequestException(RefundErrorCodes.AlreadyShipped, link.AmazonOrderId);
                if (quantity < 1 || quantity > Available(item))
                    throw new RefundRequestException(RefundErrorCodes.QuantityExceeded, link.AmazonOrderId, group.Key, Text(quantity), Text(Available(item)));
                lines.Add(Line(item, quantity));
            }
        }

        if (request.LocalOnly)
        {
            if (!settings.AllowLocalOnlyCancel)
                throw new RefundRequestException(RefundErrorCodes.LocalOnlyNotAllowed, link.AmazonOrderId);
            if (order is not null && wholeOrder)
                await _canceller.CancelAsync(link, order, settings.ZeroInventoryOnNoInventoryCancel && reason == AmazonCancelReason.NoInventory);
            if (order is not null)
                await _context.AddNoteOnceAsync(order, $"Cancelled in the store only ({reason}); Amazon was not told.");
            return null;
        }

        var payload = new CancellationPayload { AmazonOrderId = link.AmazonOrderId, Reason = reason.ToString(), WholeOrder = wholeOrder, Lines = lines, Origin = request.Origin };
        var (stored, _) = await _outbox.RecordAsync(new AmazonOutboundRequest
        {
            AccountId = account.Id,
            OrderLinkId = link.Id,
            AmazonOrderId = link.AmazonOrderId,
            Kind = AmazonOutboundRequestKind.Cancellation,
            State = settings.QueueRefundsAndCancellations ? AmazonOutboundRequestState.AwaitingApproval : AmazonOutboundRequestState.Pending,
            IdempotencyKey = request.IdempotencyKey ?? "cancel:" + Guid.NewGuid().ToString("N"),
            Payload = PayloadJson.Write(payload),
            ReasonCode = payload.Reason
        });
        return stored;
    }

    /// <summary>Accepts the buyer's cancellation request: the whole order is cancelled on Amazon with BuyerCanceled.</summary>
    public async Task<AmazonOutboundRequest?> AcceptBuyerRequestAsync(int orderLinkId)
    {
        var (_, link, _) = await _context.LoadAsync(orderLinkId);
        if (!link.IsOnHold)
            throw new RefundRequestException(RefundErrorCodes.NoBuyerRequest, link.AmazonOrderId);
        return await RequestAsync(new CancellationRequest(orderLinkId, AmazonCancelReason.BuyerCanceled, Origin: RequestOrigins.BuyerRequest,
            IdempotencyKey: $"buyer-cancel:{link.Id}"));
    }

    /// <summary>Rejects the buyer's cancellation request: the hold is lifted, shipment confirmations go out again.</summary>
    public async Task RejectBuyerRequestAsync(int orderLinkId)
    {
        var (_, link, _) = await _context.LoadAsync(orderLinkId);
        if (!link.IsOnHold)
            throw new RefundRequestException(RefundErrorCodes.NoBuyerRequest, link.AmazonOrderId);
        link.IsOnHold = false;
        await _context.UpdateLinkAsync(link);
        if (await _context.GetStoreOrderAsync(link) is { } order)
            await _context.AddNoteOnceAsync(order, "The buyer's cancellation request was rejected: the order is no longer on hold and ships as usual.");
    }

    /// <summary>
    /// How long the buyer's request has waited: since Amazon last changed the order (the change that carried the request),
    /// or since the store recorded the hold when Amazon gave no time.
    /// </summary>
    public TimeSpan? BuyerRequestAge(AmazonOrderLink link) =>
        link.IsOnHold ? _context.UtcNow - (link.LastUpdateDateUtc ?? link.UpdatedOnUtc) : null;

    private static int Unshipped(AmazonOrderItemLink item) => Math.Max(0, item.QuantityOrdered - item.QuantityShipped - item.QuantityCancelled);

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
