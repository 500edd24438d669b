using System.Globalization;
using System.Text.Json.Nodes;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The emulator's Orders API amounts follow Amazon's examples (categories without tax, TAX beside them, all adding up
/// to grandTotal, on VAT-inclusive marketplaces too), and its amazon.de orders imported through the plugin give store
/// totals equal to what the buyer paid, the VAT counted once.
/// </summary>
public class EmulatorMoneyTests
{
    private static readonly string[] _marketplaces = ["ATVPDKIKX0DER", "A1F83G8C2ARO7P", "A1PA6795UKMFR9", "A1VC38T7YXB528"];

    [Test]
    public async Task EmulatorOrders_ProceedsAddUpToGrandTotal_AndUnitPriceTimesQuantityIsItem_OnEveryMarketplace()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 120;
            o.MarketplaceIds = _marketplaces;
            o.Mix.PendingFirst = 0;
            o.Mix.AmazonCancelled = 0;
            o.Mix.MultiQuantity = 0.5;
            o.Mix.GiftMessage = 0.2;
        });
        var orders = kit.Emulator.State.OrdersInCreationOrder;
        Assert.That(orders.Select(o => o.MarketplaceId).Distinct(), Is.EquivalentTo(_marketplaces));
        Assert.That(orders.Any(o => o.Marketplace.TaxIncluded && o.Items.Any(i => i.PromotionDiscount > 0)), Is.True, "a VAT-inclusive line with a promotion is covered");

        foreach (var order in orders)
        {
            kit.Time.Advance(TimeSpan.FromSeconds(2)); // getOrder's rate: 0.5 per second
            using var response = await kit.GetAsync($"/orders/2026-01-01/orders/{order.OrderId}?includedData=PROCEEDS");
            Assert.That((int)response.StatusCode, Is.EqualTo(200), order.OrderId);
            var json = (await EmulatorTestKit.ReadJsonAsync(response))["order"]!;
            var because = $"{order.OrderId} ({order.MarketplaceId})";
            var grandTotal = Amount(json["proceeds"]!["grandTotal"]);
            Assert.That(grandTotal, Is.EqualTo(order.OrderTotal), $"{because}: grandTotal is what the buyer paid");
            Assert.That(json["proceeds"]!["breakdowns"]!.AsArray().Sum(b => Amount(b!["subtotal"])), Is.EqualTo(grandTotal), $"{because}: ITEM + SHIPPING + GIFT_WRAP + TAX + DISCOUNT = grandTotal");

            foreach (var line in json["orderItems"]!.AsArray())
            {
                var breakdowns = line!["proceeds"]!["breakdowns"]!.AsArray();
                decimal Category(string type) => breakdowns.Where(b => b!["type"]!.GetValue<string>() == type).Sum(b => Amount(b!["subtotal"]));
                var quantity = line["quantityOrdered"]!.GetValue<int>();
                Assert.That(breakdowns.Sum(b => Amount(b!["subtotal"])), Is.EqualTo(Amount(line["proceeds"]!["proceedsTotal"])), $"{because}: the item categories add up to proceedsTotal");
                Assert.That(Amount(line["product"]!["price"]!["unitPrice"]) * quantity, Is.EqualTo(Category("ITEM")), $"{because}: unitPrice x quantity = ITEM, as in Amazon's GB example");
                var tax = breakdowns.Single(b => b!["type"]!.GetValue<string>() == "TAX")!;
                Assert.That(tax["detailedBreakdowns"]!.AsArray().Sum(d => Amount(d!["value"])), Is.EqualTo(Amount(tax["subtotal"])), $"{because}: TAX is split into ITEM and SHIPPING");

                var emulated = order.Items.Single(i => i.OrderItemId == line["orderItemId"]!.GetValue<string>());
                var itemTax = tax["detailedBreakdowns"]!.AsArray().Where(d => d!["subtype"]!.GetValue<string>() == "ITEM").Sum(d => Amount(d!["value"]));
                Assert.That(itemTax, Is.EqualTo(emulated.ItemTax), because);
                Assert.That(Category("ITEM") + Category("GIFT_WRAP") + Category("DISCOUNT") + (order.Marketplace.TaxIncluded ? itemTax : 0m),
                    Is.EqualTo(emulated.Principal + emulated.GiftWrapPrice - emulated.PromotionDiscount),
                    $"{because}: the shelf prices paid (VAT included on {order.Marketplace.Name}: {order.Marketplace.TaxIncluded}) are ITEM and DISCOUNT with their VAT, never ITEM alone");
            }
        }
    }

    [Test]
    public async Task AmazonDeOrders_ThroughSearchOrders_StoreTotalsArePaidAmounts_VatCountedOnce()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 202, OrderCount = 40, MarketplaceIds = ["A1PA6795UKMFR9"] });
        harness.Import.Settings.BacklogThresholdHours = 24 * 30;
        var rate = harness.Import.Store.Currencies.Single(c => c.CurrencyCode == "EUR").Rate;

        var summary = await harness.CreateImportService().ImportWindowAsync(harness.Import.Account, "A1PA6795UKMFR9");

        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.SearchOrdersMethod));
        var expected = harness.OrdersThatMustBeImported();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(summary.Failed, Is.Zero, string.Join("; ", (await harness.Import.OpenErrorsAsync()).Select(e => e.Message)));
        foreach (var amazon in expected)
        {
            var order = harness.Import.Store.Orders.Single(o => o.CustomOrderNumber == amazon.OrderId);
            var because = $"{amazon.OrderId}: paid {amazon.OrderTotal} EUR, VAT {amazon.Items.Sum(i => i.ItemTax + i.ShippingTax)}";
            static decimal Primary(decimal amount, decimal rate) => Math.Round(amount / rate, 4, MidpointRounding.AwayFromZero);
            Assert.That(order.OrderTotal, Is.EqualTo(Primary(amazon.OrderTotal, rate)), because);
            Assert.That(order.OrderTax, Is.EqualTo(Primary(amazon.Items.Sum(i => i.ItemTax + i.ShippingTax), rate)), because);
            Assert.That(order.OrderShippingInclTax, Is.EqualTo(Primary(amazon.Items.Sum(i => i.ShippingPrice), rate)), $"{because}: shipping as the buyer paid it");
            Assert.That(order.OrderSubtotalInclTax + order.OrderShippingInclTax, Is.EqualTo(order.OrderTotal).Within(0.0002m), because);
            Assert.That(order.OrderSubtotalExclTax + order.OrderShippingExclTax + order.OrderTax, Is.EqualTo(order.OrderTotal).Within(0.0003m), because);
        }

        Assert.That(expected.Sum(o => o.Items.Sum(i => i.ItemTax)), Is.GreaterThan(0m), "the orders carry VAT");
    }

    private static decimal Amount(JsonNode? money) => decimal.Parse(money!["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
