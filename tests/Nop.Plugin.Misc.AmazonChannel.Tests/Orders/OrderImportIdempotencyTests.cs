using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

public class OrderImportIdempotencyTests
{
    private static AmazonOrderSnapshot TwoLineOrder(string id) => TestOrders.Order(id, AmazonOrderStatus.Unshipped,
        TestOrders.Item("SKU-1", "i1", 2), TestOrders.Item("SKU-2", "i2")) with { IsPrime = true };

    [Test]
    public async Task SameOrderImportedManyTimes_YieldsOneStoreOrder()
    {
        using var harness = NewHarness();
        var amazonOrder = TwoLineOrder("114-0000001-0000001");

        for (var i = 0; i < 3; i++)
            await harness.ImportAsync(amazonOrder);

        AssertExactlyOneCompleteOrder(harness, amazonOrder, expectedStockMoves: 2);
    }

    [Test]
    public async Task ConcurrentImportsOfTheSameOrder_YieldOneStoreOrder()
    {
        using var harness = NewHarness();
        var amazonOrder = TwoLineOrder("114-0000001-0000002");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => harness.ImportAsync(amazonOrder))));
        // Runs that found the order locked were skipped; the next window reads the order again.
        await harness.ImportAsync(amazonOrder);

        Assert.That(outcomes.Count(o => o == OrderImportOutcome.Created), Is.EqualTo(1));
        AssertExactlyOneCompleteOrder(harness, amazonOrder, expectedStockMoves: 2);
    }

    [Test]
    public async Task ConcurrentImports_OnNodesThatDoNotShareALock_StillYieldOneStoreOrder()
    {
        using var harness = NewHarness();
        var amazonOrder = TwoLineOrder("114-0000001-0000003");

        // Each import gets its own locker, as two web farm nodes without a distributed cache would.
        var imports = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await harness.CreateImporter(new InMemoryLocker()).ImportAsync(harness.Account, amazonOrder);
            }
            catch (InvalidOperationException)
            {
                return OrderImportOutcome.Busy; // the order GUID key stopped a second store order
            }
        }));
        await Task.WhenAll(imports);
        await harness.ImportAsync(amazonOrder);

        Assert.That(harness.Store.Orders, Has.Count.EqualTo(1));
        Assert.That(harness.Store.ItemsOf(harness.Store.Orders[0]), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task CrashAtEveryPersistedStep_ThenRestart_YieldsExactlyOneCompleteOrder()
    {
        var amazonOrder = TwoLineOrder("114-0000001-0000004");

        // Count the persisted steps of one clean import.
        int totalSteps;
        using (var clean = NewHarness())
        {
            clean.Crash.Reset();
            await clean.ImportAsync(amazonOrder);
            totalSteps = clean.Crash.Steps;
        }
        Assert.That(totalSteps, Is.GreaterThan(10));

        for (var step = 1; step <= totalSteps; step++)
        {
            using var harness = NewHarness();
            harness.Crash.Reset();
            harness.Crash.CrashAt = step;

            Assert.That(async () => await harness.ImportAsync(amazonOrder), Throws.TypeOf<SimulatedCrashException>(), $"step {step}");
            var crashedAt = harness.Crash.Log[^1];
            var previous = harness.Crash.Log.Count > 1 ? harness.Crash.Log[^2] : string.Empty;

            await harness.ImportAsync(amazonOrder);
            await harness.ImportAsync(amazonOrder);

            // The one documented window: a crash after a stock move and before its flag repeats that line's move.
            var repeatedMoves = crashedAt == $"update {nameof(AmazonOrderItemLink)}" && previous == "adjust inventory" ? 1 : 0;
            AssertExactlyOneCompleteOrder(harness, amazonOrder, expectedStockMoves: 2 + repeatedMoves, $"crash at step {step} ({crashedAt})");
        }
    }

    private static ImportHarness NewHarness()
    {
        var harness = new ImportHarness();
        harness.Store.AddProduct("SKU-1");
        harness.Store.AddProduct("SKU-2");
        return harness;
    }

    private static void AssertExactlyOneCompleteOrder(ImportHarness harness, AmazonOrderSnapshot amazonOrder, int expectedStockMoves, string because = "")
    {
        var store = harness.Store;
        Assert.That(store.Orders, Has.Count.EqualTo(1), because);
        var order = store.Orders[0];
        Assert.That(order.CustomOrderNumber, Is.EqualTo(amazonOrder.AmazonOrderId), because);
        Assert.That(store.ItemsOf(order).Select(i => i.Quantity), Is.EquivalentTo(new[] { 2, 1 }), because);
        Assert.That(store.Addresses.Count(a => a.Id == order.BillingAddressId), Is.EqualTo(1), because);
        Assert.That(store.Addresses.Count(a => a.Id == order.ShippingAddressId), Is.EqualTo(1), because);
        var notes = store.NotesOf(order);
        Assert.That(notes, Is.Unique, because);
        Assert.That(notes, Has.Some.Contains("Prime"), because);
        Assert.That(store.InventoryMoves, Has.Count.EqualTo(expectedStockMoves), because);

        var link = harness.LinkAsync(amazonOrder.AmazonOrderId).GetAwaiter().GetResult();
        Assert.That((link.OrderId, link.SyncStatus), Is.EqualTo(((int?)order.Id, AmazonOrderSyncStatus.Imported)), because);
        var itemLinks = harness.ItemLinksAsync(link.Id).GetAwaiter().GetResult();
        Assert.That(itemLinks.Select(i => i.OrderItemId), Is.EquivalentTo(store.ItemsOf(order).Select(i => (int?)i.Id)), because);
        Assert.That(itemLinks, Has.All.Matches<AmazonOrderItemLink>(i => i.StockAdjusted), because);
    }
}
