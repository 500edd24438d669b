using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// Cancellations never invent stock: nopCommerce's CancelOrderAsync puts every line back into stock (the fake does as
/// the real one), so it may only run for orders whose stock the import took, line for line.
/// </summary>
public class CancellationStockTests : ImportTestBase
{
    [Test]
    public async Task AmazonCancellation_OfAnOrderImportedWithoutStock_ReturnsNoStock()
    {
        Harness.Settings.AdjustInventoryForFbmOrders = false;
        var amazonOrder = TestOrders.Order("112-0000009-0000001", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1", quantity: 2));
        await Harness.ImportAsync(amazonOrder);

        await Harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));

        var order = Harness.Store.Orders.Single();
        Assert.That(order.OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(Harness.Store.Products.Single().StockQuantity, Is.EqualTo(100), "the import took none, the cancellation returns none");
        Assert.That(Harness.Store.InventoryMoves, Is.Empty);
        var statusChange = Harness.Store.PublishedEvents.OfType<OrderStatusChangedEvent>().Single();
        Assert.That(statusChange.PreviousOrderStatus, Is.EqualTo(OrderStatus.Processing));
        Assert.That(Harness.Store.NotesOf(order), Has.Some.Contains("Stock was not returned"));
        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
    }

    [Test]
    public async Task AmazonCancellation_OfAnOrderWhoseStockWasTaken_ReturnsExactlyThatStock()
    {
        var amazonOrder = TestOrders.Order("112-0000009-0000002", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1", quantity: 2));
        await Harness.ImportAsync(amazonOrder);
        Assert.That(Harness.Store.Products.Single().StockQuantity, Is.EqualTo(98));

        await Harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));
        await Harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled, minutes: 120));

        Assert.That(Harness.Store.Orders.Single().OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(Harness.Store.Products.Single().StockQuantity, Is.EqualTo(100));
        Assert.That(Harness.Store.InventoryMoves.Select(m => m.Quantity), Is.EqualTo(new[] { -2, 2 }), "taken once, returned once (by nopCommerce's cancellation)");
        Assert.That(Harness.Store.OrderProcessingService.Invocations.Count(i => i.Method.Name == nameof(Nop.Services.Orders.IOrderProcessingService.CancelOrderAsync)), Is.EqualTo(1));
    }

    [Test]
    public async Task BuyerCancellationRequest_ThenAmazonCancellation_WithoutStockTaken_ReturnsNoStock()
    {
        Harness.Settings.AdjustInventoryForFbmOrders = false;
        var amazonOrder = TestOrders.Order("112-0000009-0000003", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1", quantity: 3));
        await Harness.ImportAsync(amazonOrder);

        var requested = amazonOrder.Later(AmazonOrderStatus.Unshipped) with
        {
            Items = [amazonOrder.Items[0] with { BuyerCancellationRequested = true, BuyerCancelReason = "Ordered by mistake" }]
        };
        await Harness.ImportAsync(requested);
        Assert.That((await Harness.LinkAsync(amazonOrder.AmazonOrderId)).IsOnHold, Is.True);
        Assert.That(Harness.Store.Products.Single().StockQuantity, Is.EqualTo(100), "a request moves no stock");

        await Harness.ImportAsync(requested.Later(AmazonOrderStatus.Canceled, minutes: 120));

        Assert.That(Harness.Store.Orders.Single().OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That((await Harness.LinkAsync(amazonOrder.AmazonOrderId)).IsOnHold, Is.False);
        Assert.That(Harness.Store.Products.Single().StockQuantity, Is.EqualTo(100));
        Assert.That(Harness.Store.InventoryMoves, Is.Empty);
    }

    [Test]
    public async Task AmazonCancellation_WithStockTakenForSomeLinesOnly_ReturnsNone_AndNamesTheTakenLines()
    {
        var other = Harness.Store.AddProduct("SKU-2");
        var amazonOrder = TestOrders.Order("112-0000009-0000004", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1", quantity: 2), TestOrders.Item("SKU-2", "i2", quantity: 1));
        await Harness.ImportAsync(amazonOrder);
        // As after a write resumed with the inventory setting switched off in between: the second line took no stock.
        var link = await Harness.LinkAsync(amazonOrder.AmazonOrderId);
        var second = (await Harness.ItemLinksAsync(link.Id)).Single(i => i.AmazonOrderItemId == "i2");
        second.StockAdjusted = false;
        await Harness.Database.GetRepository<AmazonOrderItemLink>().UpdateAsync(second);
        other.StockQuantity += 1;

        await Harness.ImportAsync(amazonOrder.Later(AmazonOrderStatus.Canceled));

        Assert.That(Harness.Store.Orders.Single().OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(other.StockQuantity, Is.EqualTo(100), "the line whose stock was not taken gets none back");
        Assert.That(Harness.Store.Products.Single(p => p.Sku == "SKU-1").StockQuantity, Is.EqualTo(98), "never restocked blindly");
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Message, Does.Contain("SKU-1 x 2").And.Not.Contain("SKU-2"));
    }
}
