using System.Text.Json.Nodes;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;
using static Nop.Plugin.Misc.AmazonChannel.Tests.Orders.MoneyFixtures;
using SpApi = Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// Money is exact or refused: Orders API orders (Amazon's own examples and the project's fixtures) mapped through the
/// plugin give a store order whose subtotal, shipping, tax and total are Amazon's, and whose total is Amazon's
/// grandTotal; an order whose amounts do not add up to grandTotal is held with a visible sync error.
/// </summary>
public class OrderMoneyTests : ImportTestBase
{
    private const decimal GbpRate = 0.5m;
    private const decimal EurRate = 0.8m;

    [SetUp]
    public void AddCurrenciesAndCountries()
    {
        Harness.Store.Currencies.Add(new Currency { Id = 3, CurrencyCode = "GBP", Rate = GbpRate, Published = true });
        Harness.Store.Countries.Add(new Country { Id = 3, TwoLetterIsoCode = "GB", Name = "United Kingdom" });
    }

    // ---- Amazon's own examples (orders_2026-01-01.json); skipped without ../shared ----

    [Test]
    public async Task AmazonGbGetOrderExample_StoreOrderHasAmazonsSubtotalShippingTaxAndGrandTotal()
    {
        var example = AmazonGetOrderExample();
        Assert.That(example.SalesChannel.MarketplaceId, Is.EqualTo(AmazonCoUk), "the example is Amazon.co.uk's");
        Harness.Store.AddProduct(example.OrderItems[0].Product.SellerSku!);

        var outcome = await Harness.ImportAsync(SpApiOrderTranslator.Translate(example, AmazonCoUk));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Created));
        var order = Harness.Store.Orders.Single();
        // ITEM 89.97 (3 x 29.99) + SHIPPING 10.00 + TAX 4.00 (ITEM 3.00, SHIPPING 1.00) = grandTotal 103.97 GBP.
        AssertTotals(order, GbpRate, subtotalExcl: 89.97m, subtotalIncl: 92.97m, shippingExcl: 10m, shippingIncl: 11m, tax: 4m, total: 103.97m);
        var line = Harness.Store.ItemsOf(order).Single();
        Assert.That((line.UnitPriceExclTax, line.PriceExclTax, line.PriceInclTax), Is.EqualTo((29.99m / GbpRate, 89.97m / GbpRate, 92.97m / GbpRate)),
            "unitPrice 29.99 is the price without tax, like ITEM");
    }

    public static IEnumerable<TestCaseData> AmazonExampleOrders()
    {
        if (!Infrastructure.TestPaths.HasAmazonReferenceFiles)
        {
            yield return new TestCaseData(null, "none").SetName("AmazonExample_(needs ../shared)");
            yield break;
        }

        var paths = AmazonModels.Load("orders_2026-01-01")["paths"]!;
        foreach (var (name, node) in ExampleOrderNodes(paths))
            yield return new TestCaseData(node.ToJsonString(), name).SetName($"AmazonExample_{name}_AddsUpToGrandTotal");
    }

    [TestCaseSource(nameof(AmazonExampleOrders))]
    public void AmazonExampleOrder_AmountsAddUpToGrandTotal(string? json, string name)
    {
        Infrastructure.TestPaths.RequireAmazonReferenceFiles();
        var example = SpApiJson.Deserialize<SpApi.Order>(json!);

        var snapshot = SpApiOrderTranslator.Translate(example, example.SalesChannel.MarketplaceId!);

        Assert.That(snapshot.AmazonOrderTotal, Is.EqualTo(example.Proceeds!.GrandTotal!.Value), name);
        Assert.That(snapshot.OrderTotal, Is.EqualTo(example.Proceeds.GrandTotal.Value), $"{name}: the amounts as read add up to grandTotal");
        Assert.That(AmazonOrderReconciliation.Mismatch(snapshot), Is.Null, name);
    }

    [Test]
    public void AmazonUsExampleWithDeliveryTip_TaxExclusiveItemsAndTheTipMakeGrandTotal()
    {
        Infrastructure.TestPaths.RequireAmazonReferenceFiles();
        var paths = AmazonModels.Load("orders_2026-01-01")["paths"]!;
        var node = paths["/orders/2026-01-01/orders"]!["get"]!["responses"]!["200"]!["examples"]!["application/json"]!["orders"]![0]!;
        var example = SpApiJson.Deserialize<SpApi.Order>(node.ToJsonString());

        var snapshot = SpApiOrderTranslator.Translate(example, AmazonCom);

        // ITEM 99.98 + 49.99, TAX 0.02 (US sales tax beside the price), DELIVERY_TIP 5.00 at order level = 154.99.
        Assert.That(snapshot.Items.Select(i => (i.ItemPrice, i.ItemTax)), Is.EqualTo(new[] { (99.98m, 0.02m), (49.99m, 0m) }));
        Assert.That(snapshot.OrderCharges, Is.EqualTo(5.00m));
        Assert.That(snapshot.OrderTotal, Is.EqualTo(154.99m));
    }

    // ---- The project's own fixtures (run in a bare clone) ----

    [Test]
    public async Task GbOrder_ShapedLikeAmazonsExample_StoreTotalsAreAmazons()
    {
        Harness.Store.AddProduct("UK-SKU");
        var order = Order("202-0000000-0000001", AmazonCoUk, "GBP", "GB", 103.97m,
            [Line("i1", "UK-SKU", 3, 29.99m, "GBP", new("ITEM", 89.97m), new("SHIPPING", 10m), new("TAX", 4m, ("ITEM", 3m), ("SHIPPING", 1m)))]);

        await ImportCreatedAsync(order);

        AssertTotals(Harness.Store.Orders.Single(), GbpRate, subtotalExcl: 89.97m, subtotalIncl: 92.97m, shippingExcl: 10m, shippingIncl: 11m, tax: 4m, total: 103.97m);
    }

    [Test]
    public async Task DeOrder_VatInItsOwnCategory_IsCountedOnce()
    {
        // amazon.de shelf prices 2 x 17.85 and shipping 4.99, VAT 19 % included: the Orders API gives them without VAT
        // (ITEM 30.00, SHIPPING 4.19) and the VAT beside them (TAX 6.50 = 5.70 + 0.80); the buyer paid 40.69.
        var order = Order("302-0000000-0000001", AmazonDe, "EUR", "DE", 40.69m,
            [Line("i1", "SKU-1", 2, 15.00m, "EUR", new("ITEM", 30.00m), new("SHIPPING", 4.19m), new("TAX", 6.50m, ("ITEM", 5.70m), ("SHIPPING", 0.80m)))]);

        await ImportCreatedAsync(order);

        var store = Harness.Store.Orders.Single();
        AssertTotals(store, EurRate, subtotalExcl: 30.00m, subtotalIncl: 35.70m, shippingExcl: 4.19m, shippingIncl: 4.99m, tax: 6.50m, total: 40.69m);
        Assert.That(Harness.Store.ItemsOf(store).Single().UnitPriceInclTax, Is.EqualTo(17.85m / EurRate), "the shelf price");
    }

    [Test]
    public async Task DeOrder_WhoseGrandTotalSaysThePricesHoldTheVat_HasTheVatTakenOutNotAddedOn()
    {
        // The same sale with ITEM and SHIPPING as shelf prices (VAT inside) and grandTotal = ITEM + SHIPPING: Amazon's
        // own total shows the TAX is part of the prices, so adding it on top (48.38 instead of 41.72 in the defect
        // report) would count the VAT twice.
        var order = Order("302-0000000-0000002", AmazonDe, "EUR", "DE", 40.69m,
            [Line("i1", "SKU-1", 2, 17.85m, "EUR", new("ITEM", 35.70m), new("SHIPPING", 4.99m), new("TAX", 6.50m, ("ITEM", 5.70m), ("SHIPPING", 0.80m)))]);
        var snapshot = SpApiOrderTranslator.Translate(order, AmazonDe);
        Assert.That(snapshot.OrderTotal, Is.EqualTo(40.69m));

        await ImportCreatedAsync(order);

        AssertTotals(Harness.Store.Orders.Single(), EurRate, subtotalExcl: 30.00m, subtotalIncl: 35.70m, shippingExcl: 4.19m, shippingIncl: 4.99m, tax: 6.50m, total: 40.69m);
    }

    [Test]
    public async Task UsOrder_TaxExclusive_WithPromotion_StoreTotalsAreAmazons()
    {
        Harness.Store.AddProduct("SKU-2");
        var order = Order("111-0000000-0000001", AmazonCom, "USD", "US", 56.38m,
        [
            Line("i1", "SKU-1", 2, 19.99m, "USD", new("ITEM", 39.98m), new("SHIPPING", 5.00m), new("TAX", 3.60m, ("ITEM", 3.20m), ("SHIPPING", 0.40m)), new("DISCOUNT", -2.00m, ("ITEM", -2.00m))),
            Line("i2", "SKU-2", 1, 9.00m, "USD", new("ITEM", 9.00m), new("TAX", 0.80m, ("ITEM", 0.80m)))
        ]);

        await ImportCreatedAsync(order);

        // items 39.98 - 2.00 + 9.00 = 46.98, tax 3.20 + 0.80 + 0.40 = 4.40, shipping 5.00: 56.38.
        var store = Harness.Store.Orders.Single();
        AssertTotals(store, 1m, subtotalExcl: 46.98m, subtotalIncl: 50.98m, shippingExcl: 5.00m, shippingIncl: 5.40m, tax: 4.40m, total: 56.38m);
        Assert.That(Harness.Store.ItemsOf(store).Single(i => i.Quantity == 2).DiscountAmountExclTax, Is.EqualTo(2.00m));
    }

    [Test]
    public async Task OrderLevelDeliveryTip_IsThePaymentFee_SoTheStoreTotalIsGrandTotal()
    {
        var order = Order("111-0000000-0000002", AmazonCom, "USD", "US", 25.00m,
            [Line("i1", "SKU-1", 1, 18.50m, "USD", new("ITEM", 18.50m), new("TAX", 1.50m, ("ITEM", 1.50m)))], new Proceed("DELIVERY_TIP", 5.00m));

        await ImportCreatedAsync(order);

        var store = Harness.Store.Orders.Single();
        Assert.That((store.PaymentMethodAdditionalFeeExclTax, store.PaymentMethodAdditionalFeeInclTax), Is.EqualTo((5.00m, 5.00m)));
        AssertTotals(store, 1m, subtotalExcl: 18.50m, subtotalIncl: 20.00m, shippingExcl: 0m, shippingIncl: 0m, tax: 1.50m, total: 25.00m);
        Assert.That(Harness.Store.NotesOf(store), Has.Some.Contains("5.00 USD, shown as the payment method additional fee"));
    }

    [Test]
    public async Task InconsistentOrder_IsHeldWithAVisibleSyncError_AndNoStoreOrder()
    {
        // 30.00 + 4.19 + 6.50 = 40.69 (with VAT) or 34.19 (without): neither is Amazon's 45.00.
        var order = Order("302-0000000-0000003", AmazonDe, "EUR", "DE", 45.00m,
            [Line("i1", "SKU-1", 2, 15.00m, "EUR", new("ITEM", 30.00m), new("SHIPPING", 4.19m), new("TAX", 6.50m, ("ITEM", 5.70m), ("SHIPPING", 0.80m)))]);

        var outcome = await Harness.ImportAsync(SpApiOrderTranslator.Translate(order, AmazonDe));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Failed));
        Assert.That(Harness.Store.Orders, Is.Empty, "no store order with money that disagrees with Amazon");
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Kind, Is.EqualTo(AmazonSyncErrorKind.MalformedData));
        Assert.That(error.Code, Is.EqualTo("Import.TotalMismatch"));
        Assert.That(error.Message, Does.Contain("= 40.69 EUR, but Amazon's order total is 45.00 EUR"));
        var link = await Harness.LinkAsync("302-0000000-0000003");
        Assert.That((link.SyncStatus, link.OrderTotal), Is.EqualTo((AmazonOrderSyncStatus.Failed, 45.00m)), "the grid shows Amazon's total and the failure");
        Assert.That(link.LastError, Is.EqualTo(error.Message));
    }

    [Test]
    public async Task HeldOrder_IsCreatedOnRetry_OnceAmazonsAmountsAgree()
    {
        var wrong = Order("111-0000000-0000003", AmazonCom, "USD", "US", 30.00m, [Line("i1", "SKU-1", 1, 20m, "USD", new("ITEM", 20m), new("TAX", 2m))]);
        Assert.That(await Harness.ImportAsync(SpApiOrderTranslator.Translate(wrong, AmazonCom)), Is.EqualTo(OrderImportOutcome.Failed));

        var corrected = Order("111-0000000-0000003", AmazonCom, "USD", "US", 22.00m, [Line("i1", "SKU-1", 1, 20m, "USD", new("ITEM", 20m), new("TAX", 2m))]);
        corrected.LastUpdatedTime = corrected.LastUpdatedTime.AddMinutes(5);
        Assert.That(await Harness.ImportAsync(SpApiOrderTranslator.Translate(corrected, AmazonCom)), Is.EqualTo(OrderImportOutcome.Created));

        Assert.That(Harness.Store.Orders.Single().OrderTotal, Is.EqualTo(22.00m));
        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty, "the error is resolved by the successful import");
    }

    [TestCase(1, 20.01, true, TestName = "Tolerance_OneLine_OneCentOff_IsRounding")]
    [TestCase(1, 20.02, false, TestName = "Tolerance_OneLine_TwoCentsOff_IsRefused")]
    [TestCase(2, 40.02, true, TestName = "Tolerance_TwoLines_TwoCentsOff_IsRounding")]
    [TestCase(2, 40.03, false, TestName = "Tolerance_TwoLines_ThreeCentsOff_IsRefused")]
    public async Task Tolerance_IsOneCentPerLine(int lines, decimal grandTotal, bool created)
    {
        Harness.Store.AddProduct("SKU-2");
        var items = Enumerable.Range(1, lines).Select(i => Line($"i{i}", $"SKU-{i}", 1, 18m, "USD", new("ITEM", 18m), new("TAX", 2m, ("ITEM", 2m)))).ToArray();

        var outcome = await Harness.ImportAsync(SpApiOrderTranslator.Translate(Order("111-0000000-0000004", AmazonCom, "USD", "US", grandTotal, items), AmazonCom));

        Assert.That(outcome, Is.EqualTo(created ? OrderImportOutcome.Created : OrderImportOutcome.Failed));
        if (created)
            Assert.That(Harness.Store.Orders.Single().OrderTotal, Is.EqualTo(grandTotal), "the store total is Amazon's own");
    }

    [Test]
    public async Task OrderWithoutGrandTotal_IsNotReconciled_AndTotalsAreItsAmounts()
    {
        var snapshot = TestOrders.Order("111-0000000-0000005");
        Assert.That(snapshot.AmazonOrderTotal, Is.Null);

        Assert.That(await Harness.ImportAsync(snapshot), Is.EqualTo(OrderImportOutcome.Created));

        Assert.That(Harness.Store.Orders.Single().OrderTotal, Is.EqualTo(27.5m));
    }

    private async Task ImportCreatedAsync(SpApi.Order order)
    {
        var outcome = await Harness.ImportAsync(SpApiOrderTranslator.Translate(order, order.SalesChannel.MarketplaceId!));
        var errors = await Harness.OpenErrorsAsync();
        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Created), string.Join("; ", errors.Select(e => e.Message)));
    }

    /// <summary>Store amounts (primary currency) against Amazon's (order currency, <paramref name="rate"/> units per primary unit).</summary>
    private static void AssertTotals(Order order, decimal rate, decimal subtotalExcl, decimal subtotalIncl, decimal shippingExcl, decimal shippingIncl, decimal tax, decimal total)
    {
        static decimal Primary(decimal amount, decimal rate) => Math.Round(amount / rate, 4, MidpointRounding.AwayFromZero);
        Assert.Multiple(() =>
        {
            Assert.That(order.CurrencyRate, Is.EqualTo(rate));
            Assert.That(order.OrderSubtotalExclTax, Is.EqualTo(Primary(subtotalExcl, rate)), "subtotal excl. tax");
            Assert.That(order.OrderSubtotalInclTax, Is.EqualTo(Primary(subtotalIncl, rate)), "subtotal incl. tax");
            Assert.That(order.OrderShippingExclTax, Is.EqualTo(Primary(shippingExcl, rate)), "shipping excl. tax");
            Assert.That(order.OrderShippingInclTax, Is.EqualTo(Primary(shippingIncl, rate)), "shipping incl. tax");
            Assert.That(order.OrderTax, Is.EqualTo(Primary(tax, rate)), "tax");
            Assert.That(order.OrderTotal, Is.EqualTo(Primary(total, rate)), "total = Amazon's grandTotal");
            Assert.That(order.OrderSubtotalInclTax + order.OrderShippingInclTax + order.PaymentMethodAdditionalFeeInclTax, Is.EqualTo(order.OrderTotal).Within(0.0002m),
                "nopCommerce's own sum of the order gives its total");
        });
    }

    private static SpApi.Order AmazonGetOrderExample()
    {
        var paths = AmazonModels.Load("orders_2026-01-01")["paths"]!;
        var node = paths["/orders/2026-01-01/orders/{orderId}"]!["get"]!["responses"]!["200"]!["examples"]!["application/json"]!["order"]!;
        return SpApiJson.Deserialize<SpApi.Order>(node.ToJsonString());
    }

    /// <summary>Every order with a grandTotal in the searchOrders and getOrder examples (documentation and sandbox).</summary>
    private static IEnumerable<(string Name, JsonNode Order)> ExampleOrderNodes(JsonNode paths)
    {
        foreach (var (path, key) in new[] { ("/orders/2026-01-01/orders", "orders"), ("/orders/2026-01-01/orders/{orderId}", "order") })
        {
            var response = paths[path]!["get"]!["responses"]!["200"]!;
            var bodies = new List<JsonNode?> { response["examples"]?["application/json"] };
            bodies.AddRange((response["x-amzn-api-sandbox"]?["static"]?.AsArray() ?? []).Select(s => s?["response"]));
            foreach (var body in bodies.Where(b => b?[key] is not null))
            {
                var orders = key == "orders" ? body![key]!.AsArray().ToList() : [body![key]];
                foreach (var order in orders.Where(o => o?["proceeds"]?["grandTotal"] is not null))
                    yield return ($"{order!["orderId"]!.GetValue<string>()}_{order["salesChannel"]!["marketplaceId"]!.GetValue<string>()}", order);
            }
        }
    }
}
