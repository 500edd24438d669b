using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

public class OrderImportErrorTests : ImportTestBase
{
    [Test]
    public async Task UnknownSkus_FailTheOrderWithOneErrorNamingEach_ThenRetrySucceedsOnceFixed()
    {
        var amazonOrder = TestOrders.Order("113-0000001-0000001", AmazonOrderStatus.Unshipped,
            TestOrders.Item("SKU-1", "i1"), TestOrders.Item("MISSING-A", "i2"), TestOrders.Item("MISSING-B", "i3"));

        Assert.That(await Harness.ImportAsync(amazonOrder), Is.EqualTo(OrderImportOutcome.Failed));
        Assert.That(await Harness.ImportAsync(amazonOrder), Is.EqualTo(OrderImportOutcome.Failed));

        var link = await Harness.LinkAsync("113-0000001-0000001");
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(Harness.Store.Orders, Is.Empty);
        Assert.That(link.SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.Failed));
        Assert.That(error.Kind, Is.EqualTo(AmazonSyncErrorKind.UnknownSku));
        Assert.That(error.Message, Does.Contain("'MISSING-A'").And.Contain("'MISSING-B'").And.Contain("SKU mapping"));
        Assert.That(error.OrderLinkId, Is.EqualTo(link.Id));
        Assert.That(Harness.Store.PublishedEvents.OfType<AmazonOrderSyncFailedEvent>().Count(), Is.EqualTo(2));
        Assert.That(Harness.Store.Warnings, Has.Some.Contains("113-0000001-0000001"));

        Harness.Store.AddProduct("MISSING-A");
        Harness.Store.AddProduct("MISSING-B");
        Assert.That(await Harness.ImportAsync(amazonOrder), Is.EqualTo(OrderImportOutcome.Created));
        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
        Assert.That((await Harness.LinkAsync("113-0000001-0000001")).LastError, Is.Null);
    }

    [Test]
    public async Task UnknownCurrency_IsASyncError()
    {
        await Harness.ImportAsync(TestOrders.Order("113-0000001-0000002") with { CurrencyCode = "XYZ" });

        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Kind, Is.EqualTo(AmazonSyncErrorKind.UnknownCurrency));
        Assert.That(error.Message, Does.Contain("currency 'XYZ'").And.Contain("Configuration > Currencies"));
        Assert.That(Harness.Store.Orders, Is.Empty);
    }

    [Test]
    public async Task UnknownCountry_IsASyncError()
    {
        await Harness.ImportAsync(TestOrders.Order("113-0000001-0000003") with { ShippingAddress = TestOrders.Address("ZZ", null) });

        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Kind, Is.EqualTo(AmazonSyncErrorKind.UnknownCountry));
        Assert.That(error.Message, Does.Contain("'ZZ'").And.Contain("Configuration > Countries"));
    }

    [Test]
    public async Task AddressWithoutStreetOrCity_IsASyncError()
    {
        await Harness.ImportAsync(TestOrders.Order("113-0000001-0000004") with { ShippingAddress = TestOrders.Address(line1: null, city: null) });

        Assert.That((await Harness.OpenErrorsAsync()).Single().Kind, Is.EqualTo(AmazonSyncErrorKind.InvalidAddress));
    }

    [Test]
    public async Task MerchantOrderWithoutShippingAddress_IsASyncError()
    {
        await Harness.ImportAsync(TestOrders.Order("113-0000001-0000005") with { ShippingAddress = null });

        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Kind, Is.EqualTo(AmazonSyncErrorKind.InvalidAddress));
        Assert.That(error.Message, Does.Contain("restricted data"));
    }

    [Test]
    public async Task MissingSharedCustomer_IsASyncError()
    {
        Harness.Settings.CustomerMapping = CustomerMappingMode.SharedCustomer;
        Harness.Settings.SharedCustomerId = 404;

        await Harness.ImportAsync(TestOrders.Order("113-0000001-0000006"));

        Assert.That((await Harness.OpenErrorsAsync()).Single().Message, Does.Contain("shared customer"));
    }

    [Test]
    public async Task OrderWithoutItems_IsASyncError()
    {
        await Harness.ImportAsync(TestOrders.Order("113-0000001-0000007") with { Items = [] });

        Assert.That((await Harness.OpenErrorsAsync()).Single().Kind, Is.EqualTo(AmazonSyncErrorKind.MalformedData));
    }
}
