using Nop.Core.Domain.Shipping;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.Orders;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>The plan for one store shipment: the payload to send, or why it cannot be sent (code and arguments).</summary>
public sealed record ShipmentPlan(AmazonOrderLink Link, ShipmentConfirmationPayload? Payload, SyncErrorCode? BlockCode, object[] BlockArguments)
{
    public string BlockMessage => BlockCode is { } code ? OutboxErrorRecorder.Format(code, BlockArguments) : string.Empty;
}

/// <summary>
/// Turns a store shipment of an Amazon order into a shipment confirmation: quantities from the shipment's items through
/// the order item links, the carrier from the mapping, and every rule that can block it (see docs/fulfillment.md).
/// </summary>
public class ShipmentConfirmationPlanner
{
    private readonly IRepository<AmazonOrderLink> _links;
    private readonly IRepository<AmazonOrderItemLink> _itemLinks;
    private readonly IShipmentService _shipmentService;
    private readonly IOrderService _orderService;
    private readonly CarrierMappingService _carriers;
    private readonly OutboxStore _outbox;

    public ShipmentConfirmationPlanner(IRepository<AmazonOrderLink> links, IRepository<AmazonOrderItemLink> itemLinks, IShipmentService shipmentService,
        IOrderService orderService, CarrierMappingService carriers, OutboxStore outbox)
    {
        _links = links;
        _itemLinks = itemLinks;
        _shipmentService = shipmentService;
        _orderService = orderService;
        _carriers = carriers;
        _outbox = outbox;
    }

    /// <summary>The Amazon order link of a store order, or null when the order did not come from Amazon.</summary>
    public async Task<AmazonOrderLink?> FindLinkAsync(int orderId) =>
        (await _links.GetAllAsync(query => query.Where(l => l.OrderId == orderId))).FirstOrDefault();

    public async Task<ShipmentPlan> PlanAsync(AmazonOrderLink link, Shipment shipment, AmazonChannelSettings settings, bool isUpdate)
    {
        var items = await _itemLinks.GetAllAsync(query => query.Where(i => i.OrderLinkId == link.Id));
        var id = link.AmazonOrderId;
        var reason = AmazonOrderShipmentEligibility.BlockReason(link, items.ToList());
        if (reason is { } blocked && !(isUpdate && blocked.Value == FulfillmentErrorCodes.AlreadyShippedOnAmazon.Value))
            return Block(link, blocked, id);

        var tracking = string.IsNullOrWhiteSpace(shipment.TrackingNumber) ? null : shipment.TrackingNumber.Trim();
        if (tracking is null && settings.RequireTrackingNumber)
            return Block(link, FulfillmentErrorCodes.TrackingNumberRequired, id, shipment.Id);

        var order = await _orderService.GetOrderByIdAsync(shipment.OrderId);
        var carrier = order is null ? null : await _carriers.ResolveAsync(order, tracking);
        if (carrier is null)
            return Block(link, FulfillmentErrorCodes.CarrierNotMapped, id, order?.ShippingMethod ?? string.Empty, order?.ShippingRateComputationMethodSystemName ?? string.Empty);
        if (!AmazonCarrierCodes.IsKnown(carrier.CarrierCode))
            return Block(link, FulfillmentErrorCodes.CarrierCodeUnknown, id, carrier.CarrierCode);

        var lines = new Dictionary<string, (AmazonOrderItemLink Item, int Quantity)>(StringComparer.Ordinal);
        foreach (var shipmentItem in await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id))
        {
            var item = items.FirstOrDefault(i => i.OrderItemId == shipmentItem.OrderItemId);
            if (item is null)
                return Block(link, FulfillmentErrorCodes.ItemNotLinked, id, shipmentItem.OrderItemId);
            lines[item.AmazonOrderItemId] = (item, (lines.TryGetValue(item.AmazonOrderItemId, out var known) ? known.Quantity : 0) + shipmentItem.Quantity);
        }
        if (lines.Count == 0 || lines.Values.All(l => l.Quantity <= 0))
            return Block(link, FulfillmentErrorCodes.ItemNotLinked, id, 0);

        if (!isUpdate)
        {
            var owed = await QuantitiesOwedByOtherShipmentsAsync(link, shipment.Id);
            foreach (var (item, quantity) in lines.Values)
            {
                var shipped = Math.Max(item.QuantityShipped, owed.GetValueOrDefault(item.AmazonOrderItemId));
                var expected = item.QuantityOrdered - item.QuantityCancelled - shipped;
                if (quantity > expected)
                    return Block(link, FulfillmentErrorCodes.QuantityExceeded, id, item.SellerSku, quantity, Math.Max(0, expected));
            }
        }

        var payload = new ShipmentConfirmationPayload(shipment.Id, link.MarketplaceId, shipment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            carrier.CarrierCode, carrier.CarrierName, carrier.ShippingMethod, tracking, shipment.ShippedDateUtc ?? shipment.CreatedOnUtc,
            lines.Values.Select(l => new ShipmentLine(l.Item.AmazonOrderItemId, l.Item.SellerSku, l.Quantity)).ToList(), isUpdate);
        return new ShipmentPlan(link, payload, null, []);
    }

    /// <summary>Quantities per Amazon order item in this order's other shipment confirmations that are or will be sent.</summary>
    private async Task<Dictionary<string, int>> QuantitiesOwedByOtherShipmentsAsync(AmazonOrderLink link, int shipmentId)
    {
        var owed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var request in await _outbox.GetForOrderAsync(link.AccountId, link.AmazonOrderId, AmazonOutboundRequestKind.ShipmentConfirmation))
        {
            if (request.State is AmazonOutboundRequestState.Rejected or AmazonOutboundRequestState.Cancelled or AmazonOutboundRequestState.Blocked)
                continue;
            var payload = ShipmentConfirmationPayload.FromJson(request.Payload);
            if (payload.IsUpdate || payload.ShipmentId == shipmentId)
                continue;
            foreach (var line in payload.Lines)
                owed[line.AmazonOrderItemId] = owed.GetValueOrDefault(line.AmazonOrderItemId) + line.Quantity;
        }
        return owed;
    }

    private static ShipmentPlan Block(AmazonOrderLink link, SyncErrorCode code, params object[] arguments) => new(link, null, code, arguments);
}
