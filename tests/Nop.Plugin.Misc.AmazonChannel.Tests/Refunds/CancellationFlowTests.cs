using AmazonSpApi.Emulator;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

public class CancellationFlowTests
{
    [Test]
    public async Task WholeOrder_IsCancelledOnAmazon_AndInTheStoreOnlyWhenAmazonConfirms()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.UnshippedAsync();

        var request = await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory));
        Assert.That(request!.State, Is.EqualTo(AmazonOutboundRequestState.Pending));

        await harness.Outbox.RunOutboxAsync();
        Assert.That((await harness.RequestAsync(request.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Submitted));
        Assert.That(harness.StoreOrder(link).OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled), "not before Amazon answers");

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.Outbox.RunOutboxAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((await harness.RequestAsync(request.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
            Assert.That(harness.Amazon(link).Status, Is.EqualTo(FulfillmentStatuses.Cancelled));
            Assert.That(harness.Amazon(link).Items.Select(i => i.CancelReason), Is.All.EqualTo("NoInventory"));
            Assert.That(harness.StoreOrder(link).OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(harness.Notes(link), Has.Some.StartsWith($"Amazon confirmed cancellation request #{request.Id}"));
            Assert.That((await harness.Outbox.Import.ItemLinksAsync(link.Id)).Select(i => i.QuantityCancelled - i.QuantityOrdered), Is.All.EqualTo(0));
        });
    }

    [Test]
    public async Task SelectedItemQuantities_AreCancelled_TheStoreOrderStaysOpen()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 60, configure: o => o.Mix.MultiQuantity = 1);
        var link = await harness.LinkAsync(o => o.Status == FulfillmentStatuses.Unshipped && o.Items[0].QuantityOrdered > 1);
        var item = harness.Amazon(link).Items[0];

        var request = await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item.OrderItemId, 1)]));
        await harness.SendAndReadAsync();

        Assert.That((await harness.RequestAsync(request!.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.Amazon(link).Items[0].QuantityCancelled, Is.EqualTo(1));
        Assert.That(harness.Amazon(link).Status, Is.Not.EqualTo(FulfillmentStatuses.Cancelled));
        Assert.That(harness.StoreOrder(link).OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled));
        Assert.That((await harness.Outbox.Import.ItemLinksAsync(link.Id)).First(i => i.AmazonOrderItemId == item.OrderItemId).QuantityCancelled, Is.EqualTo(1));
    }

    [Test]
    public async Task ShippedOrder_IsRefused_BeforeAnythingIsRecorded()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();

        var error = Assert.ThrowsAsync<RefundRequestException>(() => harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory)));

        Assert.That(error!.Code, Is.EqualTo(RefundErrorCodes.AlreadyShipped));
        Assert.That(await harness.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task ReasonIsRequired_QuantityAboveUnshippedIsRefused_UnknownItemIsRefused()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.UnshippedAsync();
        var item = harness.Amazon(link).Items[0];
        var service = harness.Resolve<CancellationRequestService>();

        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => service.RequestAsync(new CancellationRequest(link.Id, null)))!.Code, Is.EqualTo(RefundErrorCodes.ReasonRequired));
        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory, [(item.OrderItemId, item.QuantityOrdered + 1)])))!.Code,
            Is.EqualTo(RefundErrorCodes.QuantityExceeded));
        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory, [("99999999999999", 1)])))!.Code,
            Is.EqualTo(RefundErrorCodes.UnknownItem));
    }

    [Test]
    public async Task AmazonRefusal_LeavesTheStoreOrderAsItWas_WithAmazonsMessage()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.UnshippedAsync();
        var request = await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory));
        harness.Emulator.CancelOrderByAmazon(link.AmazonOrderId);

        await harness.SendAndReadAsync();

        var stored = await harness.RequestAsync(request!.Id);
        Assert.That(stored.State, Is.EqualTo(AmazonOutboundRequestState.Rejected));
        Assert.That(harness.StoreOrder(link).OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled));
        Assert.That(harness.Notes(link), Has.Some.StartsWith($"Amazon rejected cancellation request #{request.Id}"));
        Assert.That((await harness.Outbox.OpenErrorsAsync()).Select(e => e.Code), Does.Contain(RefundErrorCodes.CancelRejectedByAmazon.Value));
    }

    [Test]
    public async Task LocalOnly_NeedsTheSetting_AndCancelsTheStoreOrderWithoutSendingAnything()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.UnshippedAsync();
        var service = harness.Resolve<CancellationRequestService>();

        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory, LocalOnly: true)))!.Code,
            Is.EqualTo(RefundErrorCodes.LocalOnlyNotAllowed));
        harness.Settings.AllowLocalOnlyCancel = true;

        Assert.That(await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory, LocalOnly: true)), Is.Null);
        Assert.That(harness.StoreOrder(link).OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(harness.Amazon(link).Status, Is.EqualTo(FulfillmentStatuses.Unshipped));
        Assert.That(await harness.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task NoInventory_WithTheSettingOn_SetsTheProductsStockToZero_NoStockIsInvented()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        harness.Settings.ZeroInventoryOnNoInventoryCancel = true;
        var link = await harness.UnshippedAsync();
        var productIds = harness.Outbox.Import.Store.ItemsOf(harness.StoreOrder(link)).Select(i => i.ProductId).ToHashSet();
        var movesBefore = harness.Outbox.Import.Store.InventoryMoves.Count(m => productIds.Contains(m.ProductId) && m.Quantity > 0);

        await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory));
        await harness.SendAndReadAsync();

        var products = harness.Outbox.Import.Store.Products.Where(p => productIds.Contains(p.Id)).ToList();
        Assert.That(products.Where(p => p.ManageInventoryMethod == Nop.Core.Domain.Catalog.ManageInventoryMethod.ManageStock).Select(p => p.StockQuantity), Is.All.EqualTo(0));
        Assert.That(harness.Notes(link), Has.Some.Contains("stock was set to zero"));
        if (!(await harness.Outbox.Import.ItemLinksAsync(link.Id)).All(i => i.StockAdjusted))
            Assert.That(harness.Outbox.Import.Store.InventoryMoves.Count(m => productIds.Contains(m.ProductId) && m.Quantity > 0), Is.EqualTo(movesBefore), "stock the import never took is not put back");
    }
}
