using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

public class OrderImportRulesTests
{
    private ImportHarness _harness = null!;

    [SetUp]
    public void SetUp()
    {
        _harness = new ImportHarness();
        _harness.Store.AddProduct("SKU-1");
    }

    [TearDown]
    public void TearDown() => _harness.Dispose();

    [Test]
    public async Task PendingOrder_WaitsWithoutAStoreOrder()
    {
        var outcome = await _harness.ImportAsync(TestOrders.Order("112-0000001-0000001", AmazonOrderStatus.Pending));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Waiting));
        Assert.That(_harness.Store.Orders, Is.Empty);
        Assert.That((await _harness.LinkAsync("112-0000001-0000001")).SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.Waiting));
    }

    [Test]
    public async Task PendingOrder_BecomesAStoreOrderOnceUnshipped()
    {
        var pending = TestOrders.Order("112-0000001-0000002", AmazonOrderStatus.Pending);
        await _harness.ImportAsync(pending);

        var outcome = await _harness.ImportAsync(pending.Later(AmazonOrderStatus.Unshipped));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Created));
        Assert.That(_harness.Store.Orders.Single().PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task PendingOrder_WithImportPendingOn_IsCreatedUnpaidWithStockTaken_ThenMarkedPaid()
    {
        _harness.Settings.ImportPendingOrders = true;
        var pending = TestOrders.Order("112-0000001-0000003", AmazonOrderStatus.Pending);

        await _harness.ImportAsync(pending);
        var order = _harness.Store.Orders.Single();
        Assert.That((order.PaymentStatus, order.OrderStatus), Is.EqualTo((PaymentStatus.Pending, OrderStatus.Pending)));
        Assert.That(_harness.Store.InventoryMoves, Has.Count.EqualTo(1));

        await _harness.ImportAsync(pending.Later(AmazonOrderStatus.Unshipped));
        Assert.That((order.PaymentStatus, order.OrderStatus), Is.EqualTo((PaymentStatus.Paid, OrderStatus.Processing)));
        Assert.That(_harness.Store.InventoryMoves, Has.Count.EqualTo(1), "stock is taken once");
        Assert.That(_harness.Store.NotesOf(order), Has.Some.Contains("Amazon confirmed payment"));
    }

    [Test]
    public async Task LateDiscovery_ShippedOrderIsCreatedAsShipped()
    {
        await _harness.ImportAsync(TestOrders.Order("112-0000001-0000004", AmazonOrderStatus.Shipped));

        var order = _harness.Store.Orders.Single();
        Assert.That((order.ShippingStatus, order.OrderStatus), Is.EqualTo((ShippingStatus.Shipped, OrderStatus.Complete)));
    }

    [Test]
    public async Task FbaOrder_IsOnlyListedUnlessImportFbaIsOn()
    {
        var fba = TestOrders.Order("112-0000001-0000005", AmazonOrderStatus.Shipped) with { FulfillmentChannel = AmazonFulfillmentChannel.Amazon, ShippingAddress = null, BuyerEmail = null };

        Assert.That(await _harness.ImportAsync(fba), Is.EqualTo(OrderImportOutcome.Listed));
        Assert.That(_harness.Store.Orders, Is.Empty);

        _harness.Settings.ImportFbaOrders = true;
        Assert.That(await _harness.ImportAsync(fba.Later(AmazonOrderStatus.Shipped)), Is.EqualTo(OrderImportOutcome.Created));
        var order = _harness.Store.Orders.Single();
        Assert.That(order.ShippingStatus, Is.EqualTo(ShippingStatus.Shipped), "FBA orders are imported as shipped by Amazon");
        Assert.That(_harness.Store.InventoryMoves, Is.Empty, "Amazon's stock, not the store's");
        Assert.That(order.BillingAddressId, Is.GreaterThan(0));
    }

    [Test]
    public async Task CreateNativeOrdersOff_ListsOrdersOnly()
    {
        _harness.Settings.CreateNativeOrders = false;

        Assert.That(await _harness.ImportAsync(TestOrders.Order("112-0000001-0000006")), Is.EqualTo(OrderImportOutcome.Listed));
        Assert.That(_harness.Store.Orders, Is.Empty);
        Assert.That((await _harness.LinkAsync("112-0000001-0000006")).SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.NotImported));
    }

    [Test]
    public async Task OrderCancelledBeforeImport_IsOnlyListed()
    {
        Assert.That(await _harness.ImportAsync(TestOrders.Order("112-0000001-0000007", AmazonOrderStatus.Canceled)), Is.EqualTo(OrderImportOutcome.Listed));
        Assert.That(_harness.Store.Orders, Is.Empty);
    }

    [Test]
    public async Task AmazonCancellation_CancelsTheUnshippedStoreOrder()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000008");
        await _harness.ImportAsync(amazonOrder);

        await _harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));

        var order = _harness.Store.Orders.Single();
        Assert.That(order.OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(_harness.Store.NotesOf(order), Has.Some.Contains("Cancelled on Amazon"));
        Assert.That((await _harness.ItemLinksAsync((await _harness.LinkAsync("112-0000001-0000008")).Id)).Single().QuantityCancelled, Is.EqualTo(1));
    }

    [Test]
    public async Task AmazonCancellation_OfAShippedStoreOrder_IsASyncError()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000009");
        await _harness.ImportAsync(amazonOrder);
        _harness.Store.Orders.Single().ShippingStatus = ShippingStatus.Shipped;

        await _harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));

        Assert.That(_harness.Store.Orders.Single().OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled));
        Assert.That((await _harness.OpenErrorsAsync()).Single().Message, Does.Contain("already shipped"));
    }

    [Test]
    public async Task BuyerCancellationRequest_PutsTheOrderOnHold()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000010");
        await _harness.ImportAsync(amazonOrder);
        var requested = amazonOrder.Later(AmazonOrderStatus.Unshipped) with
        {
            Items = [amazonOrder.Items[0] with { BuyerCancellationRequested = true, BuyerCancelReason = "Ordered by mistake" }]
        };

        await _harness.ImportAsync(requested);
        await _harness.ImportAsync(requested.Later(AmazonOrderStatus.Unshipped, 90));

        Assert.That((await _harness.LinkAsync("112-0000001-0000010")).IsOnHold, Is.True);
        var order = _harness.Store.Orders.Single();
        Assert.That(order.OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled), "the admin decides");
        Assert.That(_harness.Store.NotesOf(order).Count(n => n.Contains("Ordered by mistake")), Is.EqualTo(1));
        Assert.That(_harness.Store.PublishedEvents.OfType<AmazonBuyerCancellationRequestedEvent>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task ShippedElsewhere_IsRecorded()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000011");
        await _harness.ImportAsync(amazonOrder);

        await _harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Shipped));

        var order = _harness.Store.Orders.Single();
        Assert.That(order.ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));
        Assert.That(_harness.Store.NotesOf(order), Has.Some.Contains("outside the store"));
    }

    [Test]
    public async Task StaleRead_NeverMovesAnOrderBack()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000012");
        await _harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));

        var outcome = await _harness.ImportAsync(amazonOrder);

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Stale));
        Assert.That((await _harness.LinkAsync("112-0000001-0000012")).AmazonOrderStatus, Is.EqualTo("CANCELLED"));
        Assert.That(_harness.Store.Orders, Is.Empty);
    }
}
