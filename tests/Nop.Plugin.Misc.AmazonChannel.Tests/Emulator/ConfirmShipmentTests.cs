using System.Net;
using AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

[TestFixture]
public class ConfirmShipmentTests
{
    private static EmulatorTestKit NewKit() => new(o =>
    {
        o.OrderCount = 60;
        o.Mix.PendingFirst = 0;
        o.Mix.AlreadyShipped = 0;
        o.Mix.MultiQuantity = 1;
        o.Mix.AmazonCancelled = 0.1;
    });

    private static object Body(string marketplaceId, string reference, params (string ItemId, int Quantity)[] items) => new
    {
        marketplaceId,
        packageDetail = new
        {
            packageReferenceId = reference,
            carrierCode = "FedEx",
            shippingMethod = "FedEx Ground",
            trackingNumber = "112345678",
            shipDate = "2026-03-02T10:00:00Z",
            orderItems = items.Select(i => new { orderItemId = i.ItemId, quantity = i.Quantity }).ToArray(),
        },
    };

    private static string PathFor(string orderId) => $"/orders/v0/orders/{orderId}/shipmentConfirmation";

    [Test]
    public async Task Partial_then_full_confirmation_moves_the_order_to_partially_shipped_then_shipped()
    {
        using var kit = NewKit();
        var order = kit.Emulator.State.Orders.Values.First(o => o is { Status: "UNSHIPPED", IsFba: false });
        var item = order.Items[0];

        using var first = await kit.PostAsync(PathFor(order.OrderId), Body(order.MarketplaceId, "1", (item.OrderItemId, 1)));
        var afterFirst = kit.Emulator.State.GetOrder(order.OrderId).Status;
        var rest = order.Items.Select(i => (i.OrderItemId, i.QuantityUnshipped)).Where(i => i.QuantityUnshipped > 0).ToArray();
        using var second = await kit.PostAsync(PathFor(order.OrderId), Body(order.MarketplaceId, "2", rest));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(first.Headers.GetValues("x-amzn-RateLimit-Limit").Single(), Is.EqualTo("2.0"));
        Assert.That(afterFirst, Is.EqualTo("PARTIALLY_SHIPPED"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var state = kit.Emulator.State.GetOrder(order.OrderId);
        Assert.That(state.Status, Is.EqualTo("SHIPPED"));
        Assert.That(state.Packages, Has.Count.EqualTo(2));
        Assert.That(state.LastUpdatedTime, Is.EqualTo(kit.Time.GetUtcNow()));
    }

    [Test]
    public async Task Invalid_confirmations_get_400_with_errors()
    {
        using var kit = NewKit();
        var state = kit.Emulator.State.Orders.Values;
        var order = state.First(o => o is { Status: "UNSHIPPED", IsFba: false });
        var fba = state.First(o => o.IsFba && !o.IsCancelled);
        var cancelled = state.First(o => o.IsCancelled);
        var item = order.Items[0];

        var cases = new (string Why, string OrderId, object Body)[]
        {
            ("unknown item", order.OrderId, Body(order.MarketplaceId, "1", ("12345678901234", 1))),
            ("too many", order.OrderId, Body(order.MarketplaceId, "1", (item.OrderItemId, item.QuantityOrdered + 1))),
            ("fba", fba.OrderId, Body(fba.MarketplaceId, "1", (fba.Items[0].OrderItemId, 1))),
            ("cancelled", cancelled.OrderId, Body(cancelled.MarketplaceId, "1", (cancelled.Items[0].OrderItemId, 1))),
            ("marketplace", order.OrderId, Body("A2EUQ1WTGCTBG2", "1", (item.OrderItemId, 1))),
            ("missing package", order.OrderId, new { marketplaceId = order.MarketplaceId }),
            ("bad date", order.OrderId, new { marketplaceId = order.MarketplaceId, packageDetail = new { packageReferenceId = "1", carrierCode = "UPS", trackingNumber = "1", shipDate = "02/21/2022", orderItems = new[] { new { orderItemId = item.OrderItemId, quantity = 1 } } } }),
        };

        foreach (var (why, orderId, body) in cases)
        {
            using var response = await kit.PostAsync(PathFor(orderId), body);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), why);
            Assert.That(await EmulatorTestKit.ErrorCodeAsync(response), Is.EqualTo("InvalidInput"), why);
        }

        using var unknownOrder = await kit.PostAsync(PathFor("111-0000000-0000000"), Body(order.MarketplaceId, "1", (item.OrderItemId, 1)));
        Assert.That(unknownOrder.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Items.Sum(i => i.QuantityShipped), Is.Zero);
    }
}
