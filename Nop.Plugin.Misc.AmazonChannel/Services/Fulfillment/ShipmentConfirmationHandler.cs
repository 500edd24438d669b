using System.Globalization;
using System.Xml.Linq;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.Orders;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// The shipment confirmation kind of the outbox: confirmShipment (immediate mode, and every tracking update, since
/// only confirmShipment edits a package by its packageReferenceId) or an OrderFulfillment message (feed mode, a
/// backlog above the threshold, or a shipment without tracking number, which confirmShipment does not take).
/// Confirmed means Amazon shows it: a later getOrder must list the package.
/// </summary>
public class ShipmentConfirmationHandler : IOutboundRequestHandler
{
    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly ShipmentConfirmationService _confirmations;
    private readonly IShipmentService _shipmentService;
    private readonly IOrderService _orderService;
    private readonly IRepository<AmazonOrderLink> _links;
    private readonly IEventPublisher _eventPublisher;
    private readonly OutboxErrorRecorder _errors;
    private readonly OutboxStore _outbox;

    public ShipmentConfirmationHandler(AmazonChannelSettingsProvider settingsProvider, ShipmentConfirmationService confirmations, IShipmentService shipmentService,
        IOrderService orderService, IRepository<AmazonOrderLink> links, IEventPublisher eventPublisher, OutboxErrorRecorder errors, OutboxStore outbox)
    {
        _outbox = outbox;
        _settingsProvider = settingsProvider;
        _confirmations = confirmations;
        _shipmentService = shipmentService;
        _orderService = orderService;
        _links = links;
        _eventPublisher = eventPublisher;
        _errors = errors;
    }

    public AmazonOutboundRequestKind Kind => AmazonOutboundRequestKind.ShipmentConfirmation;

    public string FeedType => FeedTypes.OrderFulfillment;

    public string FeedMessageType => "OrderFulfillment";

    public bool CanVerify => true;

    public async Task<bool> SendsDirectlyAsync(AmazonAccount account, AmazonOutboundRequest request, int dueCount)
    {
        var payload = ShipmentConfirmationPayload.FromJson(request.Payload);
        if (payload.IsUpdate)
            return true;
        if (string.IsNullOrEmpty(payload.TrackingNumber))
            return false;
        var settings = await _settingsProvider.ForAccountAsync(account);
        return settings.ShipmentSendMode == ShipmentSendMode.Immediate && dueCount <= Math.Max(1, settings.ShipmentFeedBacklogThreshold);
    }

    public Task SendDirectAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken)
    {
        var payload = ShipmentConfirmationPayload.FromJson(request.Payload);
        return client.Orders.ConfirmShipmentAsync(request.AmazonOrderId, new ConfirmShipmentRequest
        {
            MarketplaceId = payload.MarketplaceId,
            PackageDetail = new PackageDetail
            {
                PackageReferenceId = payload.PackageReferenceId,
                CarrierCode = payload.CarrierCode,
                CarrierName = payload.CarrierName,
                ShippingMethod = payload.ShippingMethod,
                TrackingNumber = payload.TrackingNumber ?? string.Empty,
                ShipDate = new DateTimeOffset(DateTime.SpecifyKind(payload.ShipDateUtc, DateTimeKind.Utc)),
                OrderItems = payload.Lines.Select(l => new ConfirmShipmentOrderItem { OrderItemId = l.AmazonOrderItemId, Quantity = l.Quantity }).ToList()
            }
        }, cancellationToken);
    }

    public XElement BuildFeedMessage(AmazonOutboundRequest request)
    {
        var payload = ShipmentConfirmationPayload.FromJson(request.Payload);
        var carrier = payload.CarrierCode == AmazonCarrierCodes.Other
            ? new XElement("CarrierName", payload.CarrierName)
            : new XElement("CarrierCode", payload.CarrierCode);
        return new XElement("OrderFulfillment",
            new XElement("AmazonOrderID", request.AmazonOrderId),
            new XElement("MerchantFulfillmentID", payload.PackageReferenceId),
            new XElement("FulfillmentDate", DateTime.SpecifyKind(payload.ShipDateUtc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new XElement("FulfillmentData",
                carrier,
                payload.ShippingMethod is null ? null : new XElement("ShippingMethod", payload.ShippingMethod),
                payload.TrackingNumber is null ? null : new XElement("ShipperTrackingNumber", payload.TrackingNumber)),
            payload.Lines.Select(l => new XElement("Item",
                new XElement("AmazonOrderItemCode", l.AmazonOrderItemId),
                new XElement("Quantity", l.Quantity.ToString(CultureInfo.InvariantCulture)))));
    }

    /// <summary>
    /// Applied when getOrder lists the package (with the tracking number, for an update). A feed-sent confirmation whose
    /// package reference Amazon did not keep counts as applied when every line of it is fully shipped.
    /// </summary>
    public async Task<OutboundVerification> VerifyAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken)
    {
        var payload = ShipmentConfirmationPayload.FromJson(request.Payload);
        var order = await client.Orders.GetOrderAsync(request.AmazonOrderId, [IncludedData.Fulfillment, IncludedData.Packages], cancellationToken);
        var package = order.Packages?.FirstOrDefault(p => p.PackageReferenceId == payload.PackageReferenceId);
        if (package is not null)
            return !payload.IsUpdate || package.TrackingNumber == payload.TrackingNumber ? OutboundVerification.Applied : OutboundVerification.Missing;
        if (payload.IsUpdate || request.FeedId is null)
            return OutboundVerification.Missing;
        var fullyShipped = payload.Lines.All(line => order.OrderItems?.FirstOrDefault(i => i.OrderItemId == line.AmazonOrderItemId)?.Fulfillment?.QuantityUnfulfilled == 0);
        return fullyShipped ? OutboundVerification.Applied : OutboundVerification.Missing;
    }

    public Task OnSentAsync(AmazonOutboundRequest request) =>
        _eventPublisher.PublishAsync(new ShipmentConfirmationSentEvent(request, ShipmentConfirmationService.ShipmentIdOf(request) ?? 0));

    /// <summary>
    /// An order note on the store order (once, even when called again after a crash), the request stored as handled,
    /// then the event (so a request already handled is not announced twice).
    /// </summary>
    public async Task OnAcceptedAsync(AmazonOutboundRequest request)
    {
        if (request.HandledOnUtc is not null)
            return;
        var payload = ShipmentConfirmationPayload.FromJson(request.Payload);
        if (await StoreOrderIdAsync(request) is { } orderId)
        {
            var note = string.Format(CultureInfo.InvariantCulture, AmazonChannelLocaleResources.All[FulfillmentLocaleResources.OrderNoteConfirmed],
                payload.PackageReferenceId, payload.CarrierCode == AmazonCarrierCodes.Other ? payload.CarrierName : payload.CarrierCode, payload.TrackingNumber ?? string.Empty).Replace(" )", ")", StringComparison.Ordinal);
            var notes = await _orderService.GetOrderNotesByOrderIdAsync(orderId);
            if (!notes.Any(n => n.Note == note))
                await _orderService.InsertOrderNoteAsync(new OrderNote { OrderId = orderId, Note = note, DisplayToCustomer = false, CreatedOnUtc = DateTime.UtcNow });
        }
        await _outbox.MarkHandledAsync(request);
        await _eventPublisher.PublishAsync(new ShipmentConfirmationAcceptedEvent(request, payload.ShipmentId));
    }

    public async Task OnRejectedAsync(AmazonOutboundRequest request)
    {
        if (request.HandledOnUtc is not null)
            return;
        await _errors.RecordAsync(request.AccountId, request.OrderLinkId, request.AmazonOrderId, FulfillmentErrorCodes.Rejected,
            request.AmazonOrderId, request.ResultCode ?? string.Empty, request.ResultMessage ?? string.Empty);
        await _outbox.MarkHandledAsync(request);
        await _eventPublisher.PublishAsync(new ShipmentConfirmationRejectedEvent(request, ShipmentConfirmationService.ShipmentIdOf(request) ?? 0));
    }

    public async Task<OutboundBlock?> PrepareRetryAsync(AmazonOutboundRequest request)
    {
        var shipmentId = ShipmentConfirmationService.ShipmentIdOf(request);
        var shipment = shipmentId is null ? null : await _shipmentService.GetShipmentByIdAsync(shipmentId.Value);
        return await _confirmations.ReplanAsync(request, shipment);
    }

    private async Task<int?> StoreOrderIdAsync(AmazonOutboundRequest request) =>
        request.OrderLinkId is null ? null : (await _links.GetAllAsync(query => query.Where(l => l.Id == request.OrderLinkId))).FirstOrDefault()?.OrderId;
}
