using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Privacy;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Privacy;

/// <summary>
/// Buyer data retention. The plugin's tables (order links, outbox, sync errors, erasure marks) are the real embedded
/// database: the plugin's migrations on SQLite (<see cref="Data.TestDatabase"/>). nopCommerce's tables (orders,
/// addresses, customers, notes) are the fake store's (<see cref="FakeNopStore"/>): what is asserted there is the calls
/// the plugin makes, as in the import tests.
/// </summary>
public class BuyerDataRetentionTests : ImportTestBase
{
    private const string OrderId = "113-3333333-3333333";

    [SetUp]
    public async Task ImportAShippedOrder()
    {
        var order = TestOrders.Order(OrderId, AmazonOrderStatus.Shipped, TestOrders.Item("SKU-1", "IT-1") with { GiftMessage = "Happy birthday, Jane!" })
            with { BillingAddress = TestOrders.Address(), IsBusinessOrder = true, PurchaseOrderNumber = "PO-4711", BuyerCompanyName = "Jane Doe Consulting" };
        Assert.That(await Harness.ImportAsync(order), Is.EqualTo(OrderImportOutcome.Created));
    }

    private Nop.Core.Domain.Orders.Order StoreOrder => Harness.Store.Orders.Single();

    [Test]
    public async Task PastRetention_TheBuyersDataIsErasedEverywhere_AndTaxDataIsKept()
    {
        var link = await Harness.LinkAsync(OrderId);
        await AddOutboxAsync(link, "accepted", AmazonOutboundRequestState.Accepted);
        await AddOutboxAsync(link, "pending", AmazonOutboundRequestState.Pending);
        await Harness.Database.GetRepository<AmazonSyncError>().InsertAsync(new AmazonSyncError
        {
            AccountId = Harness.Account.Id, OrderLinkId = link.Id, AmazonOrderId = OrderId, Code = "Test.Code", Message = "m", Details = "Amazon said: Jane Q Buyer", OccurredOnUtc = DateTime.UtcNow
        });
        Harness.Time.Advance(TimeSpan.FromDays(31));

        var outcome = await EraseAsync();

        Assert.That(outcome.Orders, Is.EqualTo(1));
        var shipping = Harness.Store.Addresses.Single(a => a.Id == StoreOrder.ShippingAddressId);
        Assert.Multiple(() =>
        {
            Assert.That(shipping.FirstName, Is.Null);
            Assert.That(shipping.LastName, Is.Null);
            Assert.That(shipping.Address1, Is.Null);
            Assert.That(shipping.City, Is.Null);
            Assert.That(shipping.PhoneNumber, Is.Null);
            Assert.That(shipping.Email, Is.Null);
            Assert.That(shipping.ZipPostalCode, Is.EqualTo("98109"), "postal code is kept for tax records");
            Assert.That(shipping.CountryId, Is.EqualTo(1), "country is kept for tax records");
            Assert.That(shipping.StateProvinceId, Is.EqualTo(1), "region is kept for tax records");
            Assert.That(Harness.Store.Addresses.Single(a => a.Id == StoreOrder.BillingAddressId).FirstName, Is.Null);
            Assert.That(StoreOrder.OrderTotal, Is.EqualTo(27.50m), "amounts are kept");
        });
        var customer = Harness.Store.Customers.Single(c => c.Id == StoreOrder.CustomerId);
        Assert.That(customer.Email, Is.Null);
        Assert.That(customer.FirstName, Is.Null);
        Assert.That(Harness.Store.NotesOf(StoreOrder), Has.None.Contains("Happy birthday"));

        var outbox = await Harness.Database.GetRepository<AmazonOutboundRequest>().GetAllAsync(q => q.OrderBy(r => r.Id));
        Assert.That(outbox.Select(r => r.Payload), Is.EqualTo(new[] { BuyerDataRetentionService.ErasedPayload, "{\"buyer\":\"Jane\"}" }),
            "a request still owed to Amazon keeps its payload");
        Assert.That((await Harness.Database.GetRepository<AmazonSyncError>().GetAllAsync(q => q)).Select(e => e.Details), Is.All.Null);
        Assert.That(await Harness.Database.GetRepository<AmazonBuyerDataErasure>().GetAllAsync(q => q), Has.Count.EqualTo(1));
        var erasedLink = await Harness.LinkAsync(OrderId);
        Assert.That(erasedLink.BuyerCompanyName, Is.Null, "the business buyer's company is buyer data");
        Assert.That((erasedLink.IsBusinessOrder, erasedLink.PurchaseOrderNumber), Is.EqualTo((true, "PO-4711")), "the business facts of the sale are kept");
    }

    [Test]
    public async Task AnErasedCompanyName_DoesNotComeBackWithALaterReadOfTheOrder()
    {
        Harness.Time.Advance(TimeSpan.FromDays(31));
        await EraseAsync();

        var later = TestOrders.Order(OrderId, AmazonOrderStatus.Shipped, TestOrders.Item("SKU-1", "IT-1"))
            with { IsBusinessOrder = true, PurchaseOrderNumber = "PO-4711", BuyerCompanyName = "Jane Doe Consulting", LastUpdateDateUtc = Harness.Time.GetUtcNow().UtcDateTime };
        await Harness.ImportAsync(later);

        var link = await Harness.LinkAsync(OrderId);
        Assert.That(link.LastUpdateDateUtc, Is.EqualTo(later.LastUpdateDateUtc), "the later read was applied");
        Assert.That(link.BuyerCompanyName, Is.Null);
    }

    [Test]
    public async Task TheLog_HoldsCountsNeverTheData()
    {
        Harness.Time.Advance(TimeSpan.FromDays(31));
        await EraseAsync();

        Harness.Store.Logger.Verify(l => l.InformationAsync(It.Is<string>(m => m.Contains("1 orders") && !m.Contains("Jane") && !m.Contains("Terry")), null, null), Times.Once);
    }

    [Test]
    public async Task WithinRetention_OrNotShipped_NothingIsErased()
    {
        Harness.Store.AddProduct("SKU-2");
        await Harness.ImportAsync(TestOrders.Order("113-4444444-4444444", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-2", "IT-2")));
        Harness.Time.Advance(TimeSpan.FromDays(20));
        Assert.That((await EraseAsync()).Orders, Is.Zero);
        Assert.That((await Harness.LinkAsync(OrderId)).BuyerCompanyName, Is.EqualTo("Jane Doe Consulting"), "kept within the retention period");

        Harness.Time.Advance(TimeSpan.FromDays(20));
        Assert.That((await EraseAsync()).Orders, Is.EqualTo(1), "only the shipped order; the unshipped one waits for its shipment");
        Assert.That(Harness.Store.Addresses.Count(a => a.FirstName != null), Is.GreaterThan(0));
    }

    [Test]
    public async Task ASecondRun_ErasesNothingAgain()
    {
        Harness.Time.Advance(TimeSpan.FromDays(31));
        await EraseAsync();
        Harness.Store.AddressService.Invocations.Clear();

        Assert.That((await EraseAsync()).Orders, Is.Zero);
        Harness.Store.AddressService.Verify(s => s.UpdateAddressAsync(It.IsAny<Nop.Core.Domain.Common.Address>()), Times.Never);
    }

    [Test]
    public async Task ARegisteredCustomer_IsNeverTouched_ButTheOrdersAddressesAre()
    {
        Harness.Store.RegisteredCustomerIds.Add(StoreOrder.CustomerId);
        Harness.Time.Advance(TimeSpan.FromDays(31));

        var outcome = await EraseAsync();

        Assert.That(outcome.Customers, Is.Zero);
        Assert.That(Harness.Store.Customers.Single(c => c.Id == StoreOrder.CustomerId).Email, Is.EqualTo("jane@marketplace.amazon.com"));
        Assert.That(Harness.Store.Addresses.Single(a => a.Id == StoreOrder.ShippingAddressId).FirstName, Is.Null);
    }

    [Test]
    public async Task TheSharedCustomer_IsNeverTouched()
    {
        Harness.Settings.SharedCustomerId = StoreOrder.CustomerId;
        Harness.Time.Advance(TimeSpan.FromDays(31));

        Assert.That((await EraseAsync()).Customers, Is.Zero);
        Assert.That(Harness.Store.Customers.Single(c => c.Id == StoreOrder.CustomerId).FirstName, Is.Not.Null);
    }

    [TestCase(365, 30)]
    [TestCase(0, 30)]
    [TestCase(10, 10)]
    public void TheRetention_IsNeverLongerThanThePolicy(int configured, int used)
    {
        Assert.That(BuyerDataRetention.ClampDays(configured), Is.EqualTo(used));
    }

    [Test]
    public async Task ARetentionAboveThePolicy_StillErasesAfter30Days()
    {
        Harness.Settings.BuyerDataRetentionDays = 365;
        Harness.Time.Advance(TimeSpan.FromDays(31));

        Assert.That((await EraseAsync()).Orders, Is.EqualTo(1));
    }

    private Task AddOutboxAsync(AmazonOrderLink link, string key, AmazonOutboundRequestState state) =>
        Harness.Database.GetRepository<AmazonOutboundRequest>().InsertAsync(new AmazonOutboundRequest
        {
            AccountId = Harness.Account.Id, OrderLinkId = link.Id, AmazonOrderId = OrderId, IdempotencyKey = key, Kind = AmazonOutboundRequestKind.ShipmentConfirmation,
            State = state, Payload = "{\"buyer\":\"Jane\"}", ResultMessage = "ok", CreatedOnUtc = DateTime.UtcNow, UpdatedOnUtc = DateTime.UtcNow
        });

    private Task<ErasureOutcome> EraseAsync() =>
        Harness.Services.CreateScope().ServiceProvider.GetRequiredService<BuyerDataRetentionService>().EraseExpiredAsync(Harness.Account, Harness.Settings);
}
