using System.Net;
using AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

[TestFixture]
public class OrderGeneratorTests
{
    [Test]
    public async Task Same_seed_and_options_give_identical_orders_and_another_seed_differs()
    {
        using var a = new EmulatorTestKit(o => o.Seed = 7);
        using var b = new EmulatorTestKit(o => o.Seed = 7);
        using var c = new EmulatorTestKit(o => o.Seed = 8);

        var query = "/orders/2026-01-01/orders?createdAfter=2026-02-01T00:00:00Z&includedData=BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,CANCELLATION";
        var bodyA = await (await a.GetAsync(query)).Content.ReadAsStringAsync();
        var bodyB = await (await b.GetAsync(query)).Content.ReadAsStringAsync();
        var bodyC = await (await c.GetAsync(query)).Content.ReadAsStringAsync();

        Assert.That(bodyA, Is.EqualTo(bodyB));
        Assert.That(bodyA, Is.Not.EqualTo(bodyC));
        Assert.That(a.Emulator.State.Orders.Keys, Is.EquivalentTo(b.Emulator.State.Orders.Keys));
    }

    [Test]
    public void Raising_order_count_keeps_the_earlier_orders()
    {
        using var small = new EmulatorTestKit(o => o.OrderCount = 10);
        using var large = new EmulatorTestKit(o => o.OrderCount = 30);

        Assert.That(large.Emulator.State.Orders.Keys, Is.SupersetOf(small.Emulator.State.Orders.Keys));
    }

    [Test]
    public void Mix_fractions_are_roughly_honoured_for_a_large_count()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 2000;
            o.MarketplaceIds = ["ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1F83G8C2ARO7P"];
            o.Mix.Fba = 0.4;
            o.Mix.Prime = 0.5;
            o.Mix.MultiItem = 0.3;
            o.Mix.AmazonCancelled = 0.1;
        });
        var orders = kit.Emulator.State.Orders.Values.ToArray();
        double Fraction(Func<EmulatedOrder, bool> predicate) => orders.Count(predicate) / (double)orders.Length;

        Assert.Multiple(() =>
        {
            Assert.That(orders, Has.Length.EqualTo(2000));
            Assert.That(Fraction(o => o.IsFba), Is.EqualTo(0.4).Within(0.04));
            Assert.That(Fraction(o => o.IsPrime), Is.EqualTo(0.5).Within(0.04));
            Assert.That(Fraction(o => o.IsBusiness), Is.EqualTo(0.1).Within(0.03));
            Assert.That(Fraction(o => o.Items.Count > 1), Is.EqualTo(0.3).Within(0.04));
            Assert.That(Fraction(o => o.IsCancelled), Is.EqualTo(0.1).Within(0.03));
            Assert.That(Fraction(o => o.Items.Any(i => i.GiftMessage is not null)), Is.EqualTo(0.1).Within(0.03));
            Assert.That(Fraction(o => o.Items[0].QuantityOrdered > 1), Is.EqualTo(0.2).Within(0.03));
            Assert.That(orders.Select(o => o.CurrencyCode).Distinct(), Is.EquivalentTo(new[] { "USD", "EUR", "GBP" }));
            Assert.That(orders.Where(o => o.IsFba && !o.IsCancelled && o.Status != "PENDING").All(o => o.Status == "SHIPPED"), Is.True);
            Assert.That(orders.Any(o => o.BuyerCancelRequested && o.Status == "UNSHIPPED"), Is.True);
            Assert.That(orders.Any(o => o.Items.Any(i => i.CustomizedUrl is not null)), Is.True);
            Assert.That(orders.All(o => OrderIdLooksReal(o.OrderId) && o.Items.All(i => i.OrderItemId.Length == 14)), Is.True);
        });
    }

    [Test]
    public async Task Pending_orders_become_unshipped_after_pending_duration_and_last_updated_moves()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 40;
            o.Mix.PendingFirst = 0.5;
            o.Mix.AmazonCancelled = 0;
        });
        var pending = kit.Emulator.State.Orders.Values.Where(o => o.Status == "PENDING").ToArray();
        Assert.That(pending, Is.Not.Empty);
        var id = pending[0].OrderId;
        var before = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/orders/2026-01-01/orders/{id}?includedData=FULFILLMENT,PROCEEDS"));
        Assert.That(before["order"]!["fulfillment"]!["fulfillmentStatus"]!.GetValue<string>(), Is.EqualTo("PENDING"));
        Assert.That(before["order"]!["orderItems"]![0]!["product"]!["price"], Is.Null, "pending orders carry no price");

        kit.Time.Advance(kit.Options.PendingDuration);

        var after = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/orders/2026-01-01/orders/{id}?includedData=FULFILLMENT,PROCEEDS"));
        var order = kit.Emulator.State.GetOrder(id);
        Assert.That(after["order"]!["fulfillment"]!["fulfillmentStatus"]!.GetValue<string>(), Is.EqualTo("UNSHIPPED"));
        Assert.That(after["order"]!["orderItems"]![0]!["product"]!["price"], Is.Not.Null);
        Assert.That(order.LastUpdatedTime, Is.EqualTo(order.PendingUntil));
        Assert.That(DateTimeOffset.Parse(after["order"]!["lastUpdatedTime"]!.GetValue<string>()), Is.GreaterThan(DateTimeOffset.Parse(before["order"]!["lastUpdatedTime"]!.GetValue<string>())));
        Assert.That(kit.Emulator.State.Orders.Values.Count(o => o.Status == "PENDING"), Is.Zero);
    }

    [Test]
    public async Task Orders_added_later_are_found_by_a_last_updated_search_from_the_previous_checkpoint()
    {
        using var kit = new EmulatorTestKit(o => o.OrderCount = 10);
        kit.Time.Advance(TimeSpan.FromHours(1));
        var checkpoint = kit.Time.GetUtcNow().AddMinutes(-10);

        var added = kit.Emulator.AddOrders(3);
        var page = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/orders/2026-01-01/orders?lastUpdatedAfter={checkpoint:yyyy-MM-ddTHH:mm:ssZ}"));

        Assert.That(added, Has.Count.EqualTo(3));
        Assert.That(kit.Emulator.State.Orders, Has.Count.EqualTo(13));
        Assert.That(page["orders"]!.AsArray().Select(o => o!["orderId"]!.GetValue<string>()), Is.EquivalentTo(added));
    }

    [Test]
    public async Task Pii_is_returned_only_when_included_data_asks_for_it()
    {
        using var kit = new EmulatorTestKit(o => o.Mix.PendingFirst = 0);
        var id = kit.Emulator.State.Orders.Values.First(o => !o.IsFba).OrderId;

        var basic = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/orders/2026-01-01/orders/{id}"));
        var full = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/orders/2026-01-01/orders/{id}?includedData=BUYER,RECIPIENT"));

        Assert.That(basic["order"]!["buyer"], Is.Null);
        Assert.That(basic["order"]!["recipient"], Is.Null);
        Assert.That(basic["order"]!["fulfillment"], Is.Null);
        Assert.That(basic["order"]!["orderItems"]![0]!["product"]!["sellerSku"], Is.Not.Null);
        Assert.That(full["order"]!["buyer"]!["buyerEmail"]!.GetValue<string>(), Does.Contain("@marketplace.amazon."));
        Assert.That(full["order"]!["recipient"]!["deliveryAddress"]!["addressLine1"], Is.Not.Null);
        Assert.That(full["order"]!["salesChannel"]!["marketplaceId"]!.GetValue<string>(), Is.EqualTo("ATVPDKIKX0DER"));
    }

    [Test]
    public async Task GetOrder_validates_ids_and_reports_unknown_orders()
    {
        using var kit = new EmulatorTestKit();

        using var malformed = await kit.GetAsync("/orders/2026-01-01/orders/TEST_CASE_400");
        using var unknown = await kit.GetAsync("/orders/2026-01-01/orders/111-0000000-0000000");
        using var badIncluded = await kit.GetAsync($"/orders/2026-01-01/orders/{kit.Emulator.State.OrdersInCreationOrder[0].OrderId}?includedData=EVERYTHING");

        Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await EmulatorTestKit.ErrorCodeAsync(malformed), Is.EqualTo("InvalidInput"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.Headers.Contains("x-amzn-RateLimit-Limit"), Is.True);
        Assert.That(badIncluded.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static bool OrderIdLooksReal(string id) => System.Text.RegularExpressions.Regex.IsMatch(id, @"^\d{3}-\d{7}-\d{7}$");
}
