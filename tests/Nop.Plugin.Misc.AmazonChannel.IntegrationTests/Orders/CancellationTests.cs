using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Orders;

/// <summary>
/// Amazon-side cancellations and buyer cancellation requests through nopCommerce's real order processing service,
/// whose CancelOrderAsync puts every line back into stock: stock is never invented.
/// </summary>
public class CancellationTests : PluginTestBase
{
    protected override Task AfterInstallAsync(PluginHost host) => ReadFirstWindowWithSearchOrdersAsync(host);

    [TestCase(true, 301, TestName = "AmazonCancellation_StockTakenByTheImport_ComesBackExactly")]
    [TestCase(false, 302, TestName = "AmazonCancellation_ImportedWithoutStock_ReturnsNone")]
    public async Task AmazonSideCancellation(bool adjustInventory, int seed)
    {
        var store = await EmulatorStore.CreateAsync(StartHost, new EmulatorOptions { Seed = seed, OrderCount = 30, SellerId = $"A{seed}EMU", Mix = new OrderMixOptions { BuyerCancelRequested = 0, PendingFirst = 0 } });
        var stockBefore = await store.StockAsync();
        await WithInventorySettingAsync(store, adjustInventory, async () =>
        {
            await store.ImportWindowAsync();
            var victim = store.OrdersThatMustBeImported().First(o => o.Status == FulfillmentStatuses.Unshipped);
            var stockAfterImport = await store.StockAsync();
            AssertStockTaken(stockBefore, stockAfterImport, adjustInventory ? store.OrdersThatMustBeImported() : []);

            store.Emulator.CancelOrderByAmazon(victim.OrderId);
            store.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
            EventLog.Clear();
            await store.ImportWindowAsync();

            var order = await store.StoreOrderAsync(victim.OrderId);
            Assert.That(order!.OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(EventLog.Of<OrderStatusChangedEvent>().Where(e => e.Order.Id == order.Id).Select(e => e.PreviousOrderStatus), Is.EqualTo(new[] { OrderStatus.Processing }));
            await AssertNoteAsync(store, order, adjustInventory ? "Order has been cancelled" : "Order has been cancelled. Stock was not returned: the Amazon import did not take it for these lines.");

            // Everything but the victim's lines stays taken; the victim's lines come back only if the import took them.
            var stockAfterCancel = await store.StockAsync();
            AssertStockTaken(stockAfterImport, stockAfterCancel, [], adjustInventory ? victim : null);
            AssertStockTaken(stockBefore, stockAfterCancel, adjustInventory ? store.OrdersThatMustBeImported().Where(o => o.OrderId != victim.OrderId).ToList() : []);

            // A later read of the cancelled order changes nothing.
            store.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
            await store.ImportWindowAsync();
            Assert.That(await store.StockAsync(), Is.EqualTo(stockAfterCancel));
        });
    }

    [TestCase(true, 303, TestName = "BuyerCancellationRequest_ThenAmazonCancellation_StockTaken_ComesBackExactly")]
    [TestCase(false, 304, TestName = "BuyerCancellationRequest_ThenAmazonCancellation_WithoutStock_ReturnsNone")]
    public async Task BuyerCancellationRequest(bool adjustInventory, int seed)
    {
        var store = await EmulatorStore.CreateAsync(StartHost, new EmulatorOptions { Seed = seed, OrderCount = 30, SellerId = $"A{seed}EMU", Mix = new OrderMixOptions { BuyerCancelRequested = 0.5, PendingFirst = 0 } });
        var stockBefore = await store.StockAsync();
        await WithInventorySettingAsync(store, adjustInventory, async () =>
        {
            await store.ImportWindowAsync();
            var victim = store.OrdersThatMustBeImported().First(o => o.Status == FulfillmentStatuses.Unshipped && o.BuyerCancelRequested);
            var order = await store.StoreOrderAsync(victim.OrderId);
            Assert.That(order!.OrderStatus, Is.EqualTo(OrderStatus.Processing), "a request only puts the order on hold");
            Assert.That(EventLog.Of<AmazonBuyerCancellationRequestedEvent>().Select(e => e.Order.Id), Does.Contain(order.Id));
            using (var scope = store.Host.CreateScope())
            {
                var link = (await scope.ServiceProvider.GetRequiredService<IRepository<AmazonOrderLink>>().GetAllAsync(q => q.Where(l => l.OrderId == order.Id))).Single();
                Assert.That(link.IsOnHold, Is.True);
            }
            var stockAfterImport = await store.StockAsync();
            AssertStockTaken(stockBefore, stockAfterImport, adjustInventory ? store.OrdersThatMustBeImported() : []);

            store.Emulator.CancelOrderByAmazon(victim.OrderId, "Buyer cancelled");
            store.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
            await store.ImportWindowAsync();

            Assert.That((await store.StoreOrderAsync(victim.OrderId))!.OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
            AssertStockTaken(stockAfterImport, await store.StockAsync(), [], adjustInventory ? victim : null);
        });
    }

    private static async Task WithInventorySettingAsync(EmulatorStore store, bool adjustInventory, Func<Task> test)
    {
        await store.SetSettingAsync(settings => settings.AdjustInventoryForFbmOrders = adjustInventory);
        try
        {
            await test();
        }
        finally
        {
            await store.SetSettingAsync(settings => settings.AdjustInventoryForFbmOrders = AmazonChannelDefaults.CreateDefaultSettings().AdjustInventoryForFbmOrders);
        }
    }

    /// <summary>Stock went down by exactly the lines of <paramref name="taken"/>, and up by those of <paramref name="returned"/>.</summary>
    private static void AssertStockTaken(Dictionary<string, int> before, Dictionary<string, int> after, IReadOnlyList<EmulatedOrder> taken, EmulatedOrder? returned = null, [System.Runtime.CompilerServices.CallerLineNumber] int line = 0)
    {
        foreach (var (sku, quantity) in before)
        {
            var expected = quantity
                - taken.SelectMany(o => o.Items).Where(i => i.Sku == sku).Sum(i => i.QuantityOrdered)
                + (returned?.Items.Where(i => i.Sku == sku).Sum(i => i.QuantityOrdered) ?? 0);
            Assert.That(after[sku], Is.EqualTo(expected), $"stock of {sku} (check at line {line}; returned: {returned?.OrderId})");
        }
    }

    private static async Task AssertNoteAsync(EmulatorStore store, Order order, string text)
    {
        using var scope = store.Host.CreateScope();
        var notes = await scope.ServiceProvider.GetRequiredService<IOrderService>().GetOrderNotesByOrderIdAsync(order.Id);
        Assert.That(notes.Select(n => n.Note), Has.Some.EqualTo(text));
    }
}
