using System.Xml.Linq;
using Nop.Core.Domain.Payments;
using Nop.Core.Events;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Refunds in the outbox: sent only in POST_PAYMENT_ADJUSTMENT_DATA feeds; the ledger cap is checked again right
/// before a request goes into a feed (<see cref="PrepareAsync"/>: a request over the cap is blocked, not sent). When Amazon
/// confirms, the ledger lines are confirmed and the store order's refunded amount and payment status are set from the
/// refunds Amazon accepted; when Amazon rejects, the lines are released and the store order is left as it was.
/// Amazon has no read of refunds, so a refund cannot be verified: an interrupted submission is blocked for the admin.
/// </summary>
public class RefundHandler : IOutboundRequestHandler
{
    private readonly RefundLedger _ledger;
    private readonly RefundOrderContext _context;
    private readonly OutboxStore _outbox;
    private readonly AmazonSyncErrorService _errors;
    private readonly IOrderService _orderService;
    private readonly IEventPublisher _eventPublisher;
    private readonly Dictionary<int, RefundRequestException> _overCap = [];

    public RefundHandler(RefundLedger ledger, RefundOrderContext context, OutboxStore outbox, AmazonSyncErrorService errors, IOrderService orderService, IEventPublisher eventPublisher)
    {
        _ledger = ledger;
        _context = context;
        _outbox = outbox;
        _errors = errors;
        _orderService = orderService;
        _eventPublisher = eventPublisher;
    }

    public AmazonOutboundRequestKind Kind => AmazonOutboundRequestKind.Refund;

    public string FeedType => FeedTypes.PaymentAdjustment;

    public string FeedMessageType => AdjustmentMessageBuilder.MessageType;

    public bool CanVerify => false;

    /// <summary>Feeds only; the check before sending happens here because the outbox asks this of every due request first.</summary>
    public async Task<bool> SendsDirectlyAsync(AmazonAccount account, AmazonOutboundRequest request, int dueCount)
    {
        await PrepareAsync(request);
        return false;
    }

    public Task SendDirectAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Amazon has no refund operation; refunds go in POST_PAYMENT_ADJUSTMENT_DATA feeds.");

    /// <summary>
    /// The send-time cap check: the ledger as it is now (settlements may have brought Amazon's own refunds since the
    /// request was made), without this request's own reservation. Missing reservations (a crash right after recording)
    /// are made good. A request over the cap makes <see cref="BuildFeedMessage"/> refuse it, so the outbox blocks it.
    /// </summary>
    public async Task PrepareAsync(AmazonOutboundRequest request)
    {
        _overCap.Remove(request.Id);
        if (request.OrderLinkId is not { } linkId)
            return;
        var (_, link, settings) = await _context.LoadAsync(linkId);
        var payload = PayloadJson.Read<RefundPayload>(request.Payload);
        var lines = payload.Lines().ToList();
        await _ledger.ReserveAsync(link, request.Id, payload.CurrencyCode, lines);

        var others = (await _ledger.GetEntriesAsync(link)).Where(e => e.OutboundRequestId != request.Id);
        var balance = new RefundBalance(payload.CurrencyCode, others);
        try
        {
            RefundRequestService.Validate(link, balance, new RefundRequest(linkId, Enum.Parse<AmazonAdjustmentReason>(payload.Reason),
                lines.Select(l => l.Line).ToList(), payload.Memo, payload.CurrencyCode), settings.AllowOverRefund);
        }
        catch (RefundRequestException exception)
        {
            _overCap[request.Id] = exception;
        }
    }

    public XElement BuildFeedMessage(AmazonOutboundRequest request)
    {
        if (_overCap.TryGetValue(request.Id, out var overCap))
            throw new InvalidOperationException(overCap.Message, overCap);
        return AdjustmentMessageBuilder.Build(PayloadJson.Read<RefundPayload>(request.Payload));
    }

    public Task<OutboundVerification> VerifyAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(OutboundVerification.Missing);

    public Task OnSentAsync(AmazonOutboundRequest request) => _eventPublisher.PublishAsync(new AmazonRefundSubmittedEvent(request));

    /// <summary>
    /// Each step is safe to run again after a crash: ledger lines are set to Confirmed, the refunded amount is recomputed
    /// from every accepted refund, the note is added once. The request is recorded as handled before the event, so the
    /// outbox never runs a finished outcome again and the event is not published twice.
    /// </summary>
    public async Task OnAcceptedAsync(AmazonOutboundRequest request)
    {
        if (request.HandledOnUtc is not null)
            return;
        await _ledger.ConfirmAsync(request.Id);
        if (request.OrderLinkId is { } linkId)
        {
            var (_, link, _) = await _context.LoadAsync(linkId);
            if (await _context.GetStoreOrderAsync(link) is { } order)
            {
                await ApplyAcceptedRefundsAsync(link, order);
                var payload = PayloadJson.Read<RefundPayload>(request.Payload);
                await _context.AddNoteOnceAsync(order, $"Amazon confirmed refund request #{request.Id}: {RefundRequestService.Money(payload.Total)} {payload.CurrencyCode} ({payload.Reason})"
                    + (string.IsNullOrWhiteSpace(payload.Memo) ? "." : $". Memo: {payload.Memo}"));
            }
        }

        await _outbox.MarkHandledAsync(request);
        await _eventPublisher.PublishAsync(new AmazonRefundAcceptedEvent(request));
    }

    /// <summary>Lines released, the open error and the note kept once; recorded as handled before the event (as <see cref="OnAcceptedAsync"/>).</summary>
    public async Task OnRejectedAsync(AmazonOutboundRequest request)
    {
        if (request.HandledOnUtc is not null)
            return;
        await _ledger.ReleaseAsync(request.Id);
        if (request.OrderLinkId is { } linkId)
        {
            var (_, link, _) = await _context.LoadAsync(linkId);
            await _errors.RecordAsync(link.AccountId, link, link.AmazonOrderId, RefundErrorCodes.RefundRejectedByAmazon,
                [link.AmazonOrderId, request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), request.ResultCode ?? string.Empty, request.ResultMessage ?? string.Empty]);
            if (await _context.GetStoreOrderAsync(link) is { } order)
                await _context.AddNoteOnceAsync(order, $"Amazon rejected refund request #{request.Id} ({request.ResultCode}): {request.ResultMessage} The store order was left as it was.");
        }

        await _outbox.MarkHandledAsync(request);
        await _eventPublisher.PublishAsync(new AmazonRefundRejectedEvent(request));
    }

    public async Task<OutboundBlock?> PrepareRetryAsync(AmazonOutboundRequest request)
    {
        await PrepareAsync(request);
        return _overCap.TryGetValue(request.Id, out var overCap) ? new OutboundBlock(overCap.Code.Value, overCap.Message) : null;
    }

    /// <summary>
    /// The store order's refunded amount is the sum of the refunds Amazon accepted for it (in the primary currency, at
    /// the order's rate), so applying it again after a crash changes nothing. Payment status follows it.
    /// </summary>
    private async Task ApplyAcceptedRefundsAsync(AmazonOrderLink link, Nop.Core.Domain.Orders.Order order)
    {
        var accepted = (await _outbox.GetForOrderAsync(link.AccountId, link.AmazonOrderId, AmazonOutboundRequestKind.Refund))
            .Where(r => r.State == AmazonOutboundRequestState.Accepted)
            .Sum(r => PayloadJson.Read<RefundPayload>(r.Payload).Total);
        var rate = order.CurrencyRate > 0 ? order.CurrencyRate : 1m;
        var refunded = Math.Min(order.OrderTotal, Math.Round(accepted / rate, 2, MidpointRounding.AwayFromZero));
        var status = refunded <= 0 ? order.PaymentStatus : refunded >= order.OrderTotal ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        if (order.RefundedAmount == refunded && order.PaymentStatus == status)
            return;
        order.RefundedAmount = refunded;
        order.PaymentStatus = status;
        await _orderService.UpdateOrderAsync(order);
    }
}
