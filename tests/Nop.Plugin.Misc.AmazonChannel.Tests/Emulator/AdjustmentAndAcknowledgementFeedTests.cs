using System.Globalization;
using System.Xml.Linq;
using AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

/// <summary>Amazon's checks on cancellation and refund feeds, message by message.</summary>
public class AdjustmentAndAcknowledgementFeedTests
{
    private static EmulatorTestKit NewKit() => new(o =>
    {
        o.OrderCount = 40;
        o.Mix.Fba = 0;
        o.Mix.PendingFirst = 0;
        o.Mix.AlreadyShipped = 0;
        o.Mix.AmazonCancelled = 0;
        o.Mix.BuyerCancelRequested = 0;
    });

    private static EmulatedOrder Unshipped(EmulatorTestKit kit, int skip = 0) =>
        kit.Emulator.State.Orders.Values.Where(o => o is { Status: "UNSHIPPED", IsFba: false } && o.Items[0].ItemTax > 0).Skip(skip).First();

    private static async Task ShipAsync(EmulatorTestKit kit, EmulatedOrder order) =>
        await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", EmulatorTestKit.Envelope("OrderFulfillment",
            $"<OrderFulfillment><AmazonOrderID>{order.OrderId}</AmazonOrderID><FulfillmentDate>2026-03-02T11:00:00Z</FulfillmentDate>" +
            "<FulfillmentData><CarrierCode>USPS</CarrierCode><ShipperTrackingNumber>9400100000000000000000</ShipperTrackingNumber></FulfillmentData></OrderFulfillment>"));

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Adjust(EmulatedOrder order, params (string Type, decimal Amount)[] components) =>
        $"<OrderAdjustment><AmazonOrderID>{order.OrderId}</AmazonOrderID><ActionType>Refund</ActionType><AdjustedItem>" +
        $"<AmazonOrderItemCode>{order.Items[0].OrderItemId}</AmazonOrderItemCode><AdjustmentReason>CustomerReturn</AdjustmentReason><ItemPriceAdjustments>" +
        string.Concat(components.Select(c => $"<Component><Type>{c.Type}</Type><Amount currency=\"{order.CurrencyCode}\">{Money(c.Amount)}</Amount></Component>")) +
        "</ItemPriceAdjustments></AdjustedItem></OrderAdjustment>";

    private static async Task<List<(int MessageId, string Code)>> ErrorsAsync(EmulatorTestKit kit, System.Text.Json.Nodes.JsonNode feed)
    {
        var report = XDocument.Parse(await kit.DownloadAsync($"/feeds/2021-06-30/documents/{feed["resultFeedDocumentId"]!.GetValue<string>()}"));
        return report.Descendants("Result").Select(r => (int.Parse(r.Element("MessageID")!.Value, CultureInfo.InvariantCulture), r.Element("ResultMessageCode")!.Value)).ToList();
    }

    [Test]
    public async Task EachChargedComponent_IsCappedAtWhatWasPaid_DeductionsAreKept_AndTheNetMustBeACredit()
    {
        using var kit = NewKit();
        var order = Unshipped(kit);
        await ShipAsync(kit, order);
        var item = order.Items[0];

        var feed = await kit.SubmitFeedAsync("POST_PAYMENT_ADJUSTMENT_DATA", EmulatorTestKit.Envelope("OrderAdjustment",
            Adjust(order, ("Tax", item.ItemTax + 0.01m)),
            Adjust(order, ("Principal", 1m), ("RestockingFee", -2m)),
            Adjust(order, ("Principal", 2m), ("RestockingFee", -0.5m)),
            Adjust(order, ("Tax", item.ItemTax))));

        Assert.That((await ErrorsAsync(kit, feed)).Select(e => (e.MessageId, e.Code)), Is.EqualTo(new[] { (1, "18035"), (2, "18035") }));
        var refunds = kit.Emulator.State.GetOrder(order.OrderId).Refunds;
        Assert.That(refunds.Select(r => r.Total), Is.EqualTo(new[] { 1.5m, item.ItemTax }));
        Assert.That(refunds[0].Components["RestockingFee"], Is.EqualTo(-0.5m), "a deduction stays negative");
    }

    [Test]
    public async Task CancellingAShippedOrder_IsRefused_AndAnUnknownItemIsNamed_TheOrderReadShowsCancellations()
    {
        using var kit = NewKit();
        var shipped = Unshipped(kit);
        var open = Unshipped(kit, 1);
        await ShipAsync(kit, shipped);

        var feed = await kit.SubmitFeedAsync("POST_ORDER_ACKNOWLEDGEMENT_DATA", EmulatorTestKit.Envelope("OrderAcknowledgement",
            $"<OrderAcknowledgement><AmazonOrderID>{shipped.OrderId}</AmazonOrderID><StatusCode>Failure</StatusCode></OrderAcknowledgement>",
            $"<OrderAcknowledgement><AmazonOrderID>{open.OrderId}</AmazonOrderID><StatusCode>Success</StatusCode><Item><AmazonOrderItemCode>99999999999999</AmazonOrderItemCode><CancelReason>NoInventory</CancelReason></Item></OrderAcknowledgement>",
            $"<OrderAcknowledgement><AmazonOrderID>{open.OrderId}</AmazonOrderID><StatusCode>Failure</StatusCode><Item><AmazonOrderItemCode>{open.Items[0].OrderItemId}</AmazonOrderItemCode><CancelReason>BuyerCanceled</CancelReason></Item></OrderAcknowledgement>"));

        Assert.That((await ErrorsAsync(kit, feed)).Select(e => (e.MessageId, e.Code)), Is.EqualTo(new[] { (1, "18036"), (2, "18030") }));
        var json = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/orders/2026-01-01/orders/{open.OrderId}?includedData=FULFILLMENT,CANCELLATION"));
        Assert.That(json["order"]!["orderItems"]![0]!["cancellation"]!["cancellationExecution"]!["cancelledBy"]!.GetValue<string>(), Is.EqualTo("MERCHANT"));
        Assert.That(kit.Emulator.State.GetOrder(shipped.OrderId).Status, Is.EqualTo("SHIPPED"));
    }
}
