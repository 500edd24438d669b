using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

public class OrderImportRulesTests : ImportTestBase
{
    [Test]
    public async Task PendingOrder_WaitsWithoutAStoreOrder()
    {
        var outcome = await Harness.ImportAsync(TestOrders.Order("112-0000001-0000001", AmazonOrderStatus.Pending));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Waiting));
        Assert.That(Harness.Store.Orders, Is.Empty);
        Assert.That((await Harness.LinkAsync("112-0000001-0000001")).SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.Waiting));
    }

    [Test]
    public async Task PendingOrder_BecomesAStoreOrderOnceUnshipped()
    {
        var pending = TestOrders.Order("112-0000001-0000002", AmazonOrderStatus.Pending);
        await Harness.ImportAsync(pending);

        var outcome = await Harness.ImportAsync(pending.Later(AmazonOrderStatus.Unshipped));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Created));
        Assert.That(Harness.Store.Orders.Single().PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task PendingOrder_WithImportPendingOn_IsCreatedUnpaidWithStockTaken_ThenMarkedPaid()
    {
        Harness.Settings.ImportPendingOrders = true;
        var pending = TestOrders.Order("112-0000001-0000003", AmazonOrderStatus.Pending);

        await Harness.ImportAsync(pending);
        var order = Harness.Store.Orders.Single();
        Assert.That((order.PaymentStatus, order.OrderStatus), Is.EqualTo((PaymentStatus.Pending, OrderStatus.Pending)));
        Assert.That(Harness.Store.InventoryMoves, Has.Count.EqualTo(1));

        await Harness.ImportAsync(pending.Later(AmazonOrderStatus.Unshipped));
        Assert.That((order.PaymentStatus, order.OrderStatus), Is.EqualTo((PaymentStatus.Paid, OrderStatus.Processing)));
        Assert.That(Harness.Store.InventoryMoves, Has.Count.EqualTo(1), "stock is taken once");
        Assert.That(Harness.Store.NotesOf(order), Has.Some.Contains("Amazon confirmed payment"));
        Assert.That(Harness.Store.PublishedEvents.OfType<OrderStatusChangedEvent>().Select(e => (e.Order.Id, e.PreviousOrderStatus)),
            Has.Member((order.Id, OrderStatus.Pending)), "nopCommerce's status event is published; its e-mailing CheckOrderStatusAsync is not called");
    }

    [TestCase(true, OrderStatus.Processing, TestName = "LateDiscovery_ShippedOrderIsCreatedAsShipped_CompleteWhenDelivered")]
    [TestCase(false, OrderStatus.Complete, TestName = "LateDiscovery_ShippedOrderIsCreatedAsShipped_CompleteWhenShipped")]
    public async Task LateDiscovery_ShippedOrderIsCreatedAsShipped(bool completeOrderWhenDelivered, OrderStatus expected)
    {
        Harness.Store.OrderSettings.CompleteOrderWhenDelivered = completeOrderWhenDelivered;

        await Harness.ImportAsync(TestOrders.Order("112-0000001-0000004", AmazonOrderStatus.Shipped));

        var order = Harness.Store.Orders.Single();
        Assert.That((order.ShippingStatus, order.OrderStatus), Is.EqualTo((ShippingStatus.Shipped, expected)));
    }

    [Test]
    public async Task FbaOrder_IsOnlyListedUnlessImportFbaIsOn()
    {
        var fba = TestOrders.Order("112-0000001-0000005", AmazonOrderStatus.Shipped) with { FulfillmentChannel = AmazonFulfillmentChannel.Amazon, ShippingAddress = null, BuyerEmail = null };

        Assert.That(await Harness.ImportAsync(fba), Is.EqualTo(OrderImportOutcome.Listed));
        Assert.That(Harness.Store.Orders, Is.Empty);

        Harness.Settings.ImportFbaOrders = true;
        Assert.That(await Harness.ImportAsync(fba.Later(AmazonOrderStatus.Shipped)), Is.EqualTo(OrderImportOutcome.Created));
        var order = Harness.Store.Orders.Single();
        Assert.That(order.ShippingStatus, Is.EqualTo(ShippingStatus.Shipped), "FBA orders are imported as shipped by Amazon");
        Assert.That(Harness.Store.InventoryMoves, Is.Empty, "Amazon's stock, not the store's");
        Assert.That(order.BillingAddressId, Is.GreaterThan(0));
    }

    [Test]
    public async Task CreateNativeOrdersOff_ListsOrdersOnly()
    {
        Harness.Settings.CreateNativeOrders = false;

        Assert.That(await Harness.ImportAsync(TestOrders.Order("112-0000001-0000006")), Is.EqualTo(OrderImportOutcome.Listed));
        Assert.That(Harness.Store.Orders, Is.Empty);
        Assert.That((await Harness.LinkAsync("112-0000001-0000006")).SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.NotImported));
    }

    [Test]
    public async Task OrderCancelledBeforeImport_IsOnlyListed()
    {
        Assert.That(await Harness.ImportAsync(TestOrders.Order("112-0000001-0000007", AmazonOrderStatus.Canceled)), Is.EqualTo(OrderImportOutcome.Listed));
        Assert.That(Harness.Store.Orders, Is.Empty);
    }

    [Test]
    public async Task AmazonCancellation_CancelsTheUnshippedStoreOrder()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000008");
        await Harness.ImportAsync(amazonOrder);

        await Harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));

        var order = Harness.Store.Orders.Single();
        Assert.That(order.OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(Harness.Store.NotesOf(order), Has.Some.Contains("Cancelled on Amazon"));
        Assert.That((await Harness.ItemLinksAsync((await Harness.LinkAsync("112-0000001-0000008")).Id)).Single().QuantityCancelled, Is.EqualTo(1));
    }

    [Test]
    public async Task AmazonCancellation_OfAShippedStoreOrder_IsASyncError()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000009");
        await Harness.ImportAsync(amazonOrder);
        Harness.Store.Orders.Single().ShippingStatus = ShippingStatus.Shipped;

        await Harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));

        Assert.That(Harness.Store.Orders.Single().OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled));
        Assert.That((await Harness.OpenErrorsAsync()).Single().Message, Does.Contain("already shipped"));
    }

    [Test]
    public async Task BuyerCancellationRequest_PutsTheOrderOnHold()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000010");
        await Harness.ImportAsync(amazonOrder);
        var requested = amazonOrder.Later(AmazonOrderStatus.Unshipped) with
        {
            Items = [amazonOrder.Items[0] with { BuyerCancellationRequested = true, BuyerCancelReason = "Ordered by mistake" }]
        };

        await Harness.ImportAsync(requested);
        await Harness.ImportAsync(requested.Later(AmazonOrderStatus.Unshipped, 90));

        Assert.That((await Harness.LinkAsync("112-0000001-0000010")).IsOnHold, Is.True);
        var order = Harness.Store.Orders.Single();
        Assert.That(order.OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled), "the admin decides");
        Assert.That(Harness.Store.NotesOf(order).Count(n => n.Contains("Ordered by mistake")), Is.EqualTo(1));
        Assert.That(Harness.Store.PublishedEvents.OfType<AmazonBuyerCancellationRequestedEvent>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task ShippedElsewhere_IsRecorded()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000011");
        await Harness.ImportAsync(amazonOrder);

        await Harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Shipped));

        var order = Harness.Store.Orders.Single();
        Assert.That(order.ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));
        Assert.That(Harness.Store.NotesOf(order), Has.Some.Contains("outside the store"));
    }

    [Test]
    public async Task StaleRead_NeverMovesAnOrderBack()
    {
        var amazonOrder = TestOrders.Order("112-0000001-0000012");
        await Harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));

        var outcome = await Harness.ImportAsync(amazonOrder);

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Stale));
        Assert.That((await Harness.LinkAsync("112-0000001-0000012")).AmazonOrderStatus, Is.EqualTo(AmazonOrderStatus.Canceled));
        Assert.That(Harness.Store.Orders, Is.Empty);
    }
}
