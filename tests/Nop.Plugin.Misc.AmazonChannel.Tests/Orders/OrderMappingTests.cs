using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

public class OrderMappingTests : ImportTestBase
{

    [SetUp]
    public void AddSecondProduct() => Harness.Store.AddProduct("SKU-2");

    [Test]
    public async Task UnshippedOrder_BecomesAPaidStoreOrderNumberedAfterAmazon()
    {
        var outcome = await Harness.ImportAsync(TestOrders.Order("111-0000001-0000001"));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Created));
        var order = Harness.Store.Orders.Single();
        Assert.That(order.CustomOrderNumber, Is.EqualTo("111-0000001-0000001"));
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That(order.OrderStatus, Is.EqualTo(OrderStatus.Processing));
        Assert.That(order.ShippingStatus, Is.EqualTo(ShippingStatus.NotYetShipped));
        Assert.That(order.PaidDateUtc, Is.EqualTo(TestOrders.Purchased));
        Assert.That(order.CreatedOnUtc, Is.EqualTo(TestOrders.Purchased));
        Assert.That(order.StoreId, Is.EqualTo(1));
    }

    [Test]
    public async Task Totals_AreLineTotalsFromAmazon()
    {
        var amazonOrder = TestOrders.Order("111-0000001-0000002", AmazonOrderStatus.Unshipped,
            TestOrders.Item("SKU-1", "i1", quantity: 2, price: 40m, tax: 4m, shipping: 6m, shippingTax: 0.6m),
            TestOrders.Item("SKU-2", "i2", quantity: 1, price: 10m, tax: 1m, shipping: 0m, shippingTax: 0m) with { ItemDiscount = 2m });

        await Harness.ImportAsync(amazonOrder);

        var order = Harness.Store.Orders.Single();
        Assert.That(order.OrderSubtotalExclTax, Is.EqualTo(48m));
        Assert.That(order.OrderSubtotalInclTax, Is.EqualTo(53m));
        Assert.That(order.OrderShippingExclTax, Is.EqualTo(6m));
        Assert.That(order.OrderShippingInclTax, Is.EqualTo(6.6m));
        Assert.That(order.OrderTax, Is.EqualTo(5.6m));
        Assert.That(order.OrderTotal, Is.EqualTo(59.6m));

        var first = Harness.Store.ItemsOf(order).Single(i => i.Quantity == 2);
        Assert.That(first.PriceExclTax, Is.EqualTo(40m), "Amazon's amount is the line total");
        Assert.That(first.UnitPriceExclTax, Is.EqualTo(20m));
        Assert.That(first.PriceInclTax, Is.EqualTo(44m));
        var discounted = Harness.Store.ItemsOf(order).Single(i => i.Quantity == 1);
        Assert.That(discounted.PriceExclTax, Is.EqualTo(8m));
        Assert.That(discounted.DiscountAmountExclTax, Is.EqualTo(2m));
    }

    [Test]
    public async Task ForeignCurrency_IsStoredInThePrimaryCurrencyWithTheRate()
    {
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000003") with { CurrencyCode = "EUR", MarketplaceId = "A1PA6795UKMFR9", ShippingAddress = TestOrders.Address("DE", null) });

        var order = Harness.Store.Orders.Single();
        Assert.That(order.CustomerCurrencyCode, Is.EqualTo("EUR"));
        Assert.That(order.CurrencyRate, Is.EqualTo(0.8m));
        Assert.That(order.OrderTotal, Is.EqualTo(27.5m / 0.8m));
    }

    [Test]
    public async Task Addresses_MapCountryAndStateByIsoCode_BillingFallsBackToShipping()
    {
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000004"));

        var order = Harness.Store.Orders.Single();
        var shipping = Harness.Store.Addresses.Single(a => a.Id == order.ShippingAddressId);
        var billing = Harness.Store.Addresses.Single(a => a.Id == order.BillingAddressId);
        Assert.That(shipping.Id, Is.Not.EqualTo(billing.Id), "billing is a copy, its own row");
        Assert.That((shipping.CountryId, shipping.StateProvinceId, shipping.City, shipping.Address1), Is.EqualTo(((int?)1, (int?)1, "Seattle", "410 Terry Ave N")));
        Assert.That((billing.FirstName, billing.LastName, billing.City), Is.EqualTo(("Jane Q", "Buyer", "Seattle")));
        Assert.That(shipping.Email, Is.EqualTo("jane@marketplace.amazon.com"));
    }

    [Test]
    public async Task StateGivenByName_IsFound()
    {
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000005") with { ShippingAddress = TestOrders.Address(state: "New York") });

        var order = Harness.Store.Orders.Single();
        Assert.That(Harness.Store.Addresses.Single(a => a.Id == order.ShippingAddressId).StateProvinceId, Is.EqualTo(2));
    }

    [Test]
    public async Task Customer_IsOneGuestPerBuyerEmail()
    {
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000006"));
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000007"));

        Assert.That(Harness.Store.Customers, Has.Count.EqualTo(1));
        var customer = Harness.Store.Customers.Single();
        Assert.That((customer.Email, customer.FirstName, customer.LastName), Is.EqualTo(("jane@marketplace.amazon.com", "Jane Q", "Buyer")));
        Assert.That(Harness.Store.Orders.Select(o => o.CustomerId), Has.All.EqualTo(customer.Id));
    }

    [Test]
    public async Task Customer_CanBeOneSharedCustomer()
    {
        Harness.Store.Customers.Add(new Nop.Core.Domain.Customers.Customer { Id = 77, Email = "amazon@store.test" });
        Harness.Settings.CustomerMapping = CustomerMappingMode.SharedCustomer;
        Harness.Settings.SharedCustomerId = 77;

        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000008"));

        Assert.That(Harness.Store.Orders.Single().CustomerId, Is.EqualTo(77));
        Assert.That(Harness.Store.Customers, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task VariantSku_MapsToTheAttributeCombination()
    {
        var shirt = Harness.Store.AddProduct("SHIRT");
        var red = Harness.Store.AddCombination(shirt, "SHIRT-RED-M");

        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000009", AmazonOrderStatus.Unshipped, TestOrders.Item("SHIRT-RED-M", "i1", 3)));

        var item = Harness.Store.OrderItems.Single();
        Assert.That(item.ProductId, Is.EqualTo(shirt.Id));
        Assert.That(item.AttributesXml, Is.EqualTo(red.AttributesXml));
        Assert.That(Harness.Store.InventoryMoves.Single(), Is.EqualTo((shirt.Id, -3, red.AttributesXml)));
    }

    [Test]
    public async Task SkuMapping_OverridesMatchingBySku()
    {
        var mapped = Harness.Store.AddProduct("STORE-SKU");
        await Harness.Database.GetRepository<AmazonSkuMapping>().InsertAsync(new AmazonSkuMapping { AccountId = Harness.Account.Id, SellerSku = "SKU-1", ProductId = mapped.Id });

        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000010"));

        Assert.That(Harness.Store.OrderItems.Single().ProductId, Is.EqualTo(mapped.Id));
    }

    [Test]
    public async Task Notes_RecordPrimeBusinessSpeedReplacementShipByGiftAndCustomization()
    {
        var amazonOrder = TestOrders.Order("111-0000001-0000011", AmazonOrderStatus.Unshipped,
            TestOrders.Item("SKU-1", "i1") with { GiftMessage = "Happy birthday!", CustomizedUrl = "https://zme-caps.amazon.com/t/abc" }) with
        {
            IsPrime = true,
            IsBusinessOrder = true,
            PurchaseOrderNumber = "PO-42",
            ShipServiceLevel = "SECOND_DAY",
            ReplacedOrderId = "111-9999999-9999999"
        };

        await Harness.ImportAsync(amazonOrder);

        var notes = Harness.Store.NotesOf(Harness.Store.Orders.Single());
        Assert.That(notes, Has.Some.Contains("Prime"));
        Assert.That(notes, Has.Some.Contains("Amazon Business order, purchase order number PO-42"));
        Assert.That(notes, Has.Some.Contains("Second Day"));
        Assert.That(notes, Has.Some.Contains("Replacement order for Amazon order 111-9999999-9999999"));
        Assert.That(notes, Has.Some.Contains("Ship by 2026-11-22 10:00 UTC"));
        Assert.That(notes, Has.Some.Contains("Gift message for SKU-1: Happy birthday!"));
        Assert.That(notes, Has.Some.Contains("Amazon Custom personalization for SKU-1: https://zme-caps.amazon.com/t/abc"));
        Assert.That(notes, Has.None.Contains("410 Terry"), "notes never carry the buyer's address");
    }

    [Test]
    public async Task Links_RecordTheStoreOrderAndItems()
    {
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000012", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1", 2), TestOrders.Item("SKU-2", "i2")));

        var order = Harness.Store.Orders.Single();
        var link = await Harness.LinkAsync("111-0000001-0000012");
        Assert.That((link.OrderId, link.SyncStatus, link.AmazonOrderStatus, link.OrderTotal), Is.EqualTo(((int?)order.Id, AmazonOrderSyncStatus.Imported, (AmazonOrderStatus?)AmazonOrderStatus.Unshipped, 55m)));
        var items = await Harness.ItemLinksAsync(link.Id);
        Assert.That(items.Select(i => i.OrderItemId), Is.EquivalentTo(Harness.Store.ItemsOf(order).Select(i => (int?)i.Id)));
        Assert.That(items.Single(i => i.AmazonOrderItemId == "i1").QuantityOrdered, Is.EqualTo(2));
    }

    [Test]
    public async Task Inventory_IsTakenForMerchantOrders_AndCanBeTurnedOff()
    {
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000013", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1", 2)));
        Harness.Settings.AdjustInventoryForFbmOrders = false;
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000014", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1", 5)));

        Assert.That(Harness.Store.InventoryMoves.Select(m => m.Quantity), Is.EqualTo(new[] { -2 }));
        Assert.That(Harness.Store.Products.Single(p => p.Sku == "SKU-1").StockQuantity, Is.EqualTo(98));
    }

    [Test]
    public async Task Events_ImportedIsPublished_OrderPlacedOnlyWhenTurnedOn()
    {
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000015"));
        Assert.That(Harness.Store.PublishedEvents.OfType<AmazonOrderImportedEvent>().Single().Order.CustomOrderNumber, Is.EqualTo("111-0000001-0000015"));
        Assert.That(Harness.Store.PublishedEvents.OfType<OrderPlacedEvent>(), Is.Empty);

        Harness.Settings.PublishOrderPlacedEvent = true;
        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000016"));
        Assert.That(Harness.Store.PublishedEvents.OfType<OrderPlacedEvent>().Single().Order.CustomOrderNumber, Is.EqualTo("111-0000001-0000016"));
    }

    [Test]
    public async Task ImportingHandler_CanChangeTheOrder()
    {
        Harness.Store.EventPublisher.Setup(p => p.PublishAsync(It.IsAny<AmazonOrderImportingEvent>()))
            .Returns((AmazonOrderImportingEvent e) =>
            {
                e.Plan.Notes.Add("Checked by the fraud plugin.");
                e.Plan.Order.ShippingMethod = "Courier";
                return Task.CompletedTask;
            });

        await Harness.ImportAsync(TestOrders.Order("111-0000001-0000017"));

        var order = Harness.Store.Orders.Single();
        Assert.That(order.ShippingMethod, Is.EqualTo("Courier"));
        Assert.That(Harness.Store.NotesOf(order), Does.Contain("Checked by the fraud plugin."));
    }

    [Test]
    public async Task ImportingHandler_CanVeto()
    {
        Harness.Store.EventPublisher.Setup(p => p.PublishAsync(It.IsAny<AmazonOrderImportingEvent>()))
            .Returns((AmazonOrderImportingEvent e) =>
            {
                e.Veto("test orders are not imported");
                return Task.CompletedTask;
            });

        var outcome = await Harness.ImportAsync(TestOrders.Order("111-0000001-0000018"));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Vetoed));
        Assert.That(Harness.Store.Orders, Is.Empty);
        var link = await Harness.LinkAsync("111-0000001-0000018");
        Assert.That((link.SyncStatus, link.LastError), Is.EqualTo((AmazonOrderSyncStatus.NotImported, "Not imported: test orders are not imported")));
    }
}
