using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Outbox;

/// <summary>
/// A minimal outbound kind for the generic outbox tests: the payload names an order, a package reference and items; it
/// goes as confirmShipment or as an OrderFulfillment message, and is verified by the package in getOrder.
/// </summary>
public sealed class TestShipmentHandler : IOutboundRequestHandler
{
    public sealed record Payload(string MarketplaceId, string PackageReferenceId, Dictionary<string, int> Items, DateTimeOffset ShipDate, string Carrier = "UPS");

    /// <summary>Shared by every scope of a test, so a test can switch the mode and count the callbacks.</summary>
    public sealed class Options
    {
        public bool Direct { get; set; }
        public string MessageType { get; set; } = "OrderFulfillment";
        public List<(string Event, int RequestId)> Calls { get; } = [];
    }

    private readonly Options _options;

    public TestShipmentHandler(Options options) => _options = options;

    public AmazonOutboundRequestKind Kind => AmazonOutboundRequestKind.ShipmentConfirmation;
    public string FeedType => "POST_ORDER_FULFILLMENT_DATA";
    public string FeedMessageType => _options.MessageType;
    public bool CanVerify => true;

    public static AmazonOutboundRequest NewRequest(AmazonAccount account, string orderId, Payload payload, string? key = null) => new()
    {
        AccountId = account.Id,
        AmazonOrderId = orderId,
        Kind = AmazonOutboundRequestKind.ShipmentConfirmation,
        State = AmazonOutboundRequestState.Pending,
        IdempotencyKey = key ?? $"test:{orderId}:{payload.PackageReferenceId}",
        Payload = JsonSerializer.Serialize(payload)
    };

    public Task<bool> SendsDirectlyAsync(AmazonAccount account, AmazonOutboundRequest request, int dueCount) => Task.FromResult(_options.Direct);

    public Task SendDirectAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken)
    {
        var payload = Read(request);
        return client.Orders.ConfirmShipmentAsync(request.AmazonOrderId, new ConfirmShipmentRequest
        {
            MarketplaceId = payload.MarketplaceId,
            PackageDetail = new PackageDetail
            {
                PackageReferenceId = payload.PackageReferenceId,
                CarrierCode = payload.Carrier,
                TrackingNumber = "1Z999AA10123456784",
                ShipDate = payload.ShipDate,
                OrderItems = payload.Items.Select(i => new ConfirmShipmentOrderItem { OrderItemId = i.Key, Quantity = i.Value }).ToList()
            }
        }, cancellationToken);
    }

    public XElement BuildFeedMessage(AmazonOutboundRequest request)
    {
        var payload = Read(request);
        return new XElement(_options.MessageType,
            new XElement("AmazonOrderID", request.AmazonOrderId),
            new XElement("MerchantFulfillmentID", payload.PackageReferenceId),
            new XElement("FulfillmentDate", payload.ShipDate.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new XElement("FulfillmentData", new XElement("CarrierCode", payload.Carrier), new XElement("ShipperTrackingNumber", "1Z999AA10123456784")),
            payload.Items.Select(i => new XElement("Item", new XElement("AmazonOrderItemCode", i.Key), new XElement("Quantity", i.Value.ToString(CultureInfo.InvariantCulture)))));
    }

    public async Task<OutboundVerification> VerifyAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken)
    {
        var order = await client.Orders.GetOrderAsync(request.AmazonOrderId, [IncludedData.Fulfillment, IncludedData.Packages], cancellationToken);
        var reference = Read(request).PackageReferenceId;
        return order.Packages?.Any(p => p.PackageReferenceId == reference) == true ? OutboundVerification.Applied : OutboundVerification.Missing;
    }

    public Task OnSentAsync(AmazonOutboundRequest request) => Record("sent", request);
    public Task OnAcceptedAsync(AmazonOutboundRequest request) => Record("accepted", request);
    public Task OnRejectedAsync(AmazonOutboundRequest request) => Record("rejected", request);
    public Task<OutboundBlock?> PrepareRetryAsync(AmazonOutboundRequest request) => Task.FromResult<OutboundBlock?>(null);

    private Task Record(string name, AmazonOutboundRequest request)
    {
        lock (_options.Calls)
            _options.Calls.Add((name, request.Id));
        return Task.CompletedTask;
    }

    private static Payload Read(AmazonOutboundRequest request) => JsonSerializer.Deserialize<Payload>(request.Payload)!;
}
