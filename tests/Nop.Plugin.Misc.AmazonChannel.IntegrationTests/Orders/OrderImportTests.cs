using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Orders;

/// <summary>Emulator orders imported into real nopCommerce orders and read back through nopCommerce's services.</summary>
public class OrderImportTests : PluginTestBase
{
    protected override Task AfterInstallAsync(PluginHost host) => ReadFirstWindowWithSearchOrdersAsync(host);

    [TestCase("ATVPDKIKX0DER", AmazonRegion.NorthAmerica, 201, TestName = "Import_AmazonCom_USD")]
    [TestCase("A1PA6795UKMFR9", AmazonRegion.Europe, 202, TestName = "Import_AmazonDe_EUR")]
    public async Task EmulatorOrders_BecomeNopCommerceOrders(string marketplaceId, AmazonRegion region, int seed)
    {
        var store = await EmulatorStore.CreateAsync(StartHost, new EmulatorOptions { Seed = seed, OrderCount = 40, MarketplaceIds = [marketplaceId], SellerId = $"A{seed}EMU" }, region);
        var stockBefore = await store.StockAsync();

        var summary = await store.ImportWindowAsync();

        var expected = store.OrdersThatMustBeImported();
        Assert.That(expected, Is.Not.Empty);
        Assert.That(summary!.Failed, Is.Zero);
        Assert.That(summary.Created, Is.EqualTo(expected.Count));

        using var scope = store.Host.CreateScope();
        var services = scope.ServiceProvider;
        var orderService = services.GetRequiredService<IOrderService>();
        var addressService = services.GetRequiredService<IAddressService>();
        var countryService = services.GetRequiredService<ICountryService>();
        var stateService = services.GetRequiredService<IStateProvinceService>();
        var customerService = services.GetRequiredService<ICustomerService>();
        var currencyService = services.GetRequiredService<ICurrencyService>();
        var currencySettings = services.GetRequiredService<CurrencySettings>();

        var currency = await currencyService.GetCurrencyByCodeAsync(expected[0].CurrencyCode);
        var primary = await currencyService.GetCurrencyByIdAsync(currencySettings.PrimaryStoreCurrencyId);
        var rate = currency.Rate / primary.Rate;

        var expectedStockTaken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var amazon in expected)
        {
            var order = await store.StoreOrderAsync(amazon.OrderId);
            Assert.That(order, Is.Not.Null, amazon.OrderId);
            var because = $"{amazon.OrderId} ({amazon.Status}): " + string.Join("; ", amazon.Items.Select(i => $"{i.Sku} q{i.QuantityOrdered} unit {i.UnitPrice} ship {i.ShippingPrice} tax {i.ItemTax}+{i.ShippingTax} wrap {i.GiftWrapPrice} promo {i.PromotionDiscount} total {i.ItemTotal}"))
                + $" | store sub {order?.OrderSubtotalExclTax} ship {order?.OrderShippingExclTax} tax {order?.OrderTax} disc {order?.OrderDiscount}";

            Assert.That(order!.CustomOrderNumber, Is.EqualTo(amazon.OrderId));
            Assert.That(order.CustomerCurrencyCode, Is.EqualTo(amazon.CurrencyCode), because);
            Assert.That(order.CurrencyRate, Is.EqualTo(rate), because);
            Assert.That(order.OrderTotal, Is.EqualTo(amazon.OrderTotal / rate).Within(0.01m), because);
            Assert.That(order.OrderTax, Is.EqualTo(amazon.Items.Sum(i => i.ItemTax + i.ShippingTax) / rate).Within(0.01m), because);
            Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid), because);
            Assert.That(order.PaymentMethodSystemName, Is.EqualTo(AmazonOrderMapper.PaymentMethodSystemName));
            Assert.That(order.ShippingStatus, Is.EqualTo(amazon.Status switch
            {
                FulfillmentStatuses.Shipped => ShippingStatus.Shipped,
                FulfillmentStatuses.PartiallyShipped => ShippingStatus.PartiallyShipped,
                _ => ShippingStatus.NotYetShipped
            }), because);

            var items = await orderService.GetOrderItemsAsync(order.Id);
            Assert.That(items.Select(i => (i.ProductId, i.Quantity)), Is.EquivalentTo(amazon.Items.Select(i => (store.Products[i.Sku].Id, i.QuantityOrdered))), because);
            foreach (var item in amazon.Items)
                expectedStockTaken[item.Sku] = expectedStockTaken.GetValueOrDefault(item.Sku) + item.QuantityOrdered;

            var shipping = await addressService.GetAddressByIdAsync(order.ShippingAddressId!.Value);
            Assert.That((shipping.Address1, shipping.City, shipping.ZipPostalCode), Is.EqualTo((amazon.ShippingAddress.AddressLine1, amazon.ShippingAddress.City, amazon.ShippingAddress.PostalCode)), because);
            Assert.That((await countryService.GetCountryByIdAsync(shipping.CountryId!.Value)).TwoLetterIsoCode, Is.EqualTo(amazon.ShippingAddress.CountryCode), because);
            if (amazon.ShippingAddress.CountryCode == "US")
                Assert.That((await stateService.GetStateProvinceByIdAsync(shipping.StateProvinceId!.Value)).Abbreviation, Is.EqualTo(amazon.ShippingAddress.StateOrRegion), because);
            Assert.That(await addressService.GetAddressByIdAsync(order.BillingAddressId), Is.Not.Null, because);

            var customer = await customerService.GetCustomerByIdAsync(order.CustomerId);
            Assert.That(await customerService.IsGuestAsync(customer), Is.True, because);
            Assert.That(customer.Email, Is.EqualTo(amazon.BuyerEmail), because);

            var notes = await orderService.GetOrderNotesByOrderIdAsync(order.Id);
            Assert.That(notes.Select(n => n.Note), Has.Some.StartsWith($"Amazon order {amazon.OrderId} imported from marketplace {marketplaceId}"), because);
            Assert.That(notes.Where(n => n.DisplayToCustomer), Is.Empty, because);
        }

        foreach (var amazon in store.Emulator.State.OrdersInCreationOrder.Except(expected))
            Assert.That(await store.StoreOrderAsync(amazon.OrderId), Is.Null, $"{amazon.OrderId} ({amazon.Status}, FBA {amazon.IsFba}) is not a store order yet");

        var stockAfter = await store.StockAsync();
        foreach (var (sku, before) in stockBefore)
            Assert.That(before - stockAfter[sku], Is.EqualTo(expectedStockTaken.GetValueOrDefault(sku)), $"stock of {sku} taken once per imported line");
        var firstLine = expected[0].Items[0];
        var history = await services.GetRequiredService<IProductService>().GetStockQuantityHistoryAsync(store.Products[firstLine.Sku]);
        Assert.That(history.Where(h => h.Message == $"Amazon order {expected[0].OrderId}").Select(h => h.QuantityAdjustment), Does.Contain(-firstLine.QuantityOrdered));

        Assert.That(EventLog.Of<AmazonOrderImportedEvent>().Select(e => e.Order.CustomOrderNumber), Is.EquivalentTo(expected.Select(o => o.OrderId)));
        Assert.That(EventLog.Of<OrderPlacedEvent>(), Is.Empty, "OrderPlacedEvent is off by default");
    }

    [Test]
    public async Task OrderPlacedEvent_IsPublished_OnlyWhenTheSettingIsOn()
    {
        var store = await EmulatorStore.CreateAsync(StartHost, new EmulatorOptions { Seed = 203, OrderCount = 20, SellerId = "A203EMU" });
        var expected = store.OrdersThatMustBeImported().Select(o => o.OrderId).ToList();
        Assert.That(expected, Is.Not.Empty);
        await store.SetSettingAsync(settings => settings.PublishOrderPlacedEvent = true);
        try
        {
            await store.ImportWindowAsync();
            Assert.That(EventLog.Of<OrderPlacedEvent>().Select(e => e.Order.CustomOrderNumber), Is.EquivalentTo(expected));

            // A later read (still with the setting on) places only orders created by it (Pending ones that became Unshipped).
            EventLog.Clear();
            store.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
            await store.ImportWindowAsync();
            var createdLater = store.OrdersThatMustBeImported().Select(o => o.OrderId).Except(expected).ToList();
            Assert.That(EventLog.Of<OrderPlacedEvent>().Select(e => e.Order.CustomOrderNumber), Is.EquivalentTo(createdLater));
            EventLog.Clear();
        }
        finally
        {
            await store.SetSettingAsync(settings => settings.PublishOrderPlacedEvent = false);
        }

        // Off again: a new order is imported without OrderPlacedEvent.
        store.Emulator.AddOrders(5);
        await store.AddProductsForNewSkusAsync();
        store.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
        await store.ImportWindowAsync();
        Assert.That(EventLog.Of<AmazonOrderImportedEvent>(), Is.Not.Empty);
        Assert.That(EventLog.Of<OrderPlacedEvent>(), Is.Empty);
    }
}
