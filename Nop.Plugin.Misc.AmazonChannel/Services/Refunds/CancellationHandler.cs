using System.Globalization;
using System.Xml.Linq;
using Nop.Core.Events;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Cancellations in the outbox. The seam for a future JSON cancel: today <see cref="SendsDirectlyAsync"/> is false and
/// every cancellation goes as an OrderAcknowledgement message (<see cref="AcknowledgementMessageBuilder"/>) in a
/// POST_ORDER_ACKNOWLEDGEMENT_DATA feed; Orders API 2026-01-01's cancelOrder was withdrawn three times, so nothing is
/// sent to it. When Amazon confirms, the item links record the cancelled quantities, the store order is cancelled when
/// nothing is left (stock by the import's rule; zeroed for "no inventory" when that setting is on) and the hold of a
/// buyer request is lifted; when Amazon rejects, the store order is left as it was with Amazon's message.
/// </summary>
public class CancellationHandler : IOutboundRequestHandler
{
    private readonly RefundOrderContext _context;
    private readonly StoreOrderCanceller _canceller;
    private readonly AmazonSyncErrorService _errors;
    private readonly IOrderService _orderService;
    private readonly IEventPublisher _eventPublisher;
    private readonly OutboxStore _outbox;

    public CancellationHandler(RefundOrderContext context, StoreOrderCanceller canceller, AmazonSyncErrorService errors, IOrderService orderService, IEventPublisher eventPublisher,
        OutboxStore outbox)
    {
        _outbox = outbox;
        _context = context;
        _canceller = canceller;
        _errors = errors;
        _orderService = orderService;
        _eventPublisher = eventPublisher;
    }

    public AmazonOutboundRequestKind Kind => AmazonOutboundRequestKind.Cancellation;

    public string FeedType => FeedTypes.OrderAcknowledgement;

    public string FeedMessageType => AcknowledgementMessageBuilder.MessageType;

    public bool CanVerify => false;

    public Task<bool> SendsDirectlyAsync(AmazonAccount account, AmazonOutboundRequest request, int dueCount) => Task.FromResult(false);

    public Task SendDirectAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Amazon has no released cancel operation; cancellations go in POST_ORDER_ACKNOWLEDGEMENT_DATA feeds.");

    public XElement BuildFeedMessage(AmazonOutboundRequest request) => AcknowledgementMessageBuilder.Build(PayloadJson.Read<CancellationPayload>(request.Payload));

    public Task<OutboundVerification> VerifyAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(OutboundVerification.Missing);

    public Task OnSentAsync(AmazonOutboundRequest request) => _eventPublisher.PublishAsync(new AmazonCancellationSubmittedEvent(request));

    /// <summary>
    /// Safe to run again after a crash: the items' cancelled quantities are targets stored on the request before any item
    /// changes (<see cref="CancellationLine.CancelledAfter"/>), the store order is cancelled only when it is not yet, stock
    /// is set (never added), notes are added once, and the request is recorded as handled before the event.
    /// </summary>
    public async Task OnAcceptedAsync(AmazonOutboundRequest request)
    {
        if (request.HandledOnUtc is not null)
            return;
        if (request.OrderLinkId is { } linkId)
        {
            var (_, link, settings) = await _context.LoadAsync(linkId);
            var payload = PayloadJson.Read<CancellationPayload>(request.Payload);
            var marker = $"Amazon confirmed cancellation request #{request.Id} ({payload.Reason}): "
                + string.Join(", ", payload.Lines.Select(l => $"{l.AmazonOrderItemId} x {l.Quantity.ToString(CultureInfo.InvariantCulture)}")) + ".";
            var order = await _context.GetStoreOrderAsync(link);
            var items = await _context.GetItemLinksAsync(link.Id);
            await ApplyToItemsAsync(request, payload, items);

            var zeroStock = settings.ZeroInventoryOnNoInventoryCancel && payload.Reason == nameof(AmazonCancelReason.NoInventory);
            if (order is not null)
            {
                if (payload.WholeOrder || items.All(i => i.QuantityCancelled >= i.QuantityOrdered))
                    await _canceller.CancelAsync(link, order, zeroStock);
                else if (zeroStock)
                {
                    var cancelledItemIds = payload.Lines.Select(l => items.FirstOrDefault(i => i.AmazonOrderItemId == l.AmazonOrderItemId)?.OrderItemId).OfType<int>().ToHashSet();
                    var productIds = (await _orderService.GetOrderItemsAsync(order.Id)).Where(oi => cancelledItemIds.Contains(oi.Id)).Select(oi => oi.ProductId);
                    await _canceller.ZeroStockAsync(order, productIds);
                }

                await _context.AddNoteOnceAsync(order, marker);
            }

            if (link.IsOnHold)
            {
                link.IsOnHold = false;
                await _context.UpdateLinkAsync(link);
            }
        }

        await _outbox.MarkHandledAsync(request);
        await _eventPublisher.PublishAsync(new AmazonCancellationAcceptedEvent(request));
    }

    /// <summary>
    /// The first run works out each line's target (<see cref="CancellationClaims.Target"/>: never the item's current count
    /// plus the line, which the import or another request may already hold) and stores it on the request; every run then
    /// raises the items to their targets. A crash between items leaves the targets, so the next run finishes them
    /// without adding a line twice.
    /// </summary>
    private async Task ApplyToItemsAsync(AmazonOutboundRequest request, CancellationPayload payload, IList<AmazonOrderItemLink> items)
    {
        var matched = payload.Lines.Where(l => items.Any(i => i.AmazonOrderItemId == l.AmazonOrderItemId)).ToList();
        if (matched.Any(l => l.CancelledAfter is null))
        {
            var others = (await _outbox.GetForOrderAsync(request.AccountId, request.AmazonOrderId, AmazonOutboundRequestKind.Cancellation))
                .Where(r => r.Id != request.Id).Select(r => (Request: r, Payload: PayloadJson.Read<CancellationPayload>(r.Payload))).ToList();
            foreach (var line in matched)
            {
                var item = items.First(i => i.AmazonOrderItemId == line.AmazonOrderItemId);
                line.CancelledAfter ??= CancellationClaims.Target(request, payload, line, item, others);
            }

            request.Payload = PayloadJson.Write(payload);
            await _outbox.UpdateAsync(request);
        }

        foreach (var line in matched)
        {
            var item = items.First(i => i.AmazonOrderItemId == line.AmazonOrderItemId);
            if (item.QuantityCancelled >= line.CancelledAfter!.Value)
                continue;
            item.QuantityCancelled = line.CancelledAfter.Value;
            await _context.UpdateItemLinkAsync(item);
        }
    }

    /// <summary>The open error and the note kept once; recorded as handled before the event.</summary>
    public async Task OnRejectedAsync(AmazonOutboundRequest request)
    {
        if (request.HandledOnUtc is not null)
            return;
        if (request.OrderLinkId is { } linkId)
        {
            var (_, link, _) = await _context.LoadAsync(linkId);
            await _errors.RecordAsync(link.AccountId, link, link.AmazonOrderId, RefundErrorCodes.CancelRejectedByAmazon,
                [link.AmazonOrderId, request.Id.ToString(CultureInfo.InvariantCulture), request.ResultCode ?? string.Empty, request.ResultMessage ?? string.Empty]);
            if (await _context.GetStoreOrderAsync(link) is { } order)
                await _context.AddNoteOnceAsync(order, $"Amazon rejected cancellation request #{request.Id} ({request.ResultCode}): {request.ResultMessage} The store order was left as it was.");
        }

        await _outbox.MarkHandledAsync(request);
        await _eventPublisher.PublishAsync(new AmazonCancellationRejectedEvent(request));
    }

    public Task<OutboundBlock?> PrepareRetryAsync(AmazonOutboundRequest request) => Task.FromResult<OutboundBlock?>(null);
}
