using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>The import end to end against the SP-API emulator, in virtual time.</summary>
public class EmulatorImportTests
{
    [Test]
    public async Task FirstDownload_ThroughReports_ImportsEveryEligibleOrderOnce_WithinAmazonLimits()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 11, OrderCount = 120 });
        var service = harness.CreateImportService();
        var start = harness.Emulator.Time.GetUtcNow();

        var summary = await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");

        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.ReportMethod));
        AssertImportedExactlyOnce(harness);
        Assert.That(harness.Emulator.Requests.Count(r => r.StatusCode == 429), Is.Zero, "the client never exceeds Amazon's limits");
        TestContext.Out.WriteLine($"{harness.SellingPartnerApiCalls} SP-API calls, {harness.Import.Store.Orders.Count} store orders, virtual time used {harness.Emulator.Time.GetUtcNow() - start}");
        Assert.That(harness.SellingPartnerApiCalls, Is.LessThanOrEqualTo(40));
    }

    [Test]
    public async Task LaterDownloads_PageBySearchOrders_AndPickUpNewAndChangedOrders()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 12, OrderCount = 40 });
        var service = harness.CreateImportService();
        await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(35));
        harness.Emulator.AddOrders(15);
        foreach (var sku in harness.Emulator.State.OrdersInCreationOrder.SelectMany(o => o.Items).Select(i => i.Sku).Distinct())
        {
            if (harness.Import.Store.Products.All(p => p.Sku != sku))
                harness.Import.Store.AddProduct(sku);
        }
        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(35));
        var summary = await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");

        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.SearchOrdersMethod));
        AssertImportedExactlyOnce(harness);
    }

    [Test]
    public async Task AmazonSideCancellation_CancelsTheStoreOrderOnTheNextRead()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 13, OrderCount = 30 });
        var service = harness.CreateImportService();
        await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");
        var victim = harness.OrdersThatMustBeImported().First(o => o.Status == FulfillmentStatuses.Unshipped && !o.BuyerCancelRequested);

        harness.Emulator.CancelOrderByAmazon(victim.OrderId);
        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
        await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");

        var order = harness.Import.Store.Orders.Single(o => o.CustomOrderNumber == victim.OrderId);
        Assert.That(order.OrderStatus, Is.EqualTo(Nop.Core.Domain.Orders.OrderStatus.Cancelled));
    }

    [Test]
    public async Task ImportById_ReadsOneOrderWithGetOrder()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 14, OrderCount = 10 });
        var wanted = harness.OrdersThatMustBeImported().First();

        var outcome = await harness.CreateImportService().ImportByAmazonOrderIdAsync(harness.Import.Account, wanted.OrderId);

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Created));
        var order = harness.Import.Store.Orders.Single();
        Assert.That(order.CustomOrderNumber, Is.EqualTo(wanted.OrderId));
        Assert.That(harness.Import.Store.ItemsOf(order).Sum(i => i.Quantity), Is.EqualTo(wanted.Items.Sum(i => i.QuantityOrdered)));
        Assert.That(order.OrderTotal, Is.EqualTo(wanted.OrderTotal).Within(0.01m));
        Assert.That(await harness.CreateImportService().ImportByAmazonOrderIdAsync(harness.Import.Account, "999-0000000-0000000"), Is.Null);
    }

    [Test]
    public async Task RejectedRefreshToken_IsAnActionableSyncError()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 15, OrderCount = 5 });
        harness.Import.Account.RefreshTokenEncrypted = "Atzr|revoked";

        await harness.CreateImportService().ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");

        var error = (await harness.Import.OpenErrorsAsync()).Single();
        Assert.That(error.Kind, Is.EqualTo(AmazonSyncErrorKind.InvalidCredentials));
        Assert.That(error.Message, Does.Contain("invalid_grant"));
        Assert.That(error.Message, Does.Not.Contain("Atzr|revoked"), "secrets never reach messages");
        Assert.That(harness.Import.Store.Orders, Is.Empty);
    }

    [Test]
    public async Task UnderInjectedFaults_EveryOrderIsImportedExactlyOnce()
    {
        var options = new EmulatorOptions
        {
            Seed = 16,
            OrderCount = 150,
            Faults = new FaultOptions { Throttle429 = 0.2, ServerError5xx = 0.05, Timeout = 0.01, TruncatedDocument = 0.3, CorruptDocument = 0.1, MalformedReportRows = 0.05, RepeatedPage = 0.1 }
        };
        using var harness = new EmulatorImportHarness(options);
        var service = harness.CreateImportService();

        // Runs keep coming every 30 minutes; a run that fails leaves its window to the next one.
        for (var run = 0; run < 6; run++)
        {
            await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");
            harness.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
        }

        AssertImportedExactlyOnce(harness);
        var faults = harness.Emulator.Requests.Count(r => r.StatusCode is 429 or >= 500 or 0);
        TestContext.Out.WriteLine($"{faults} injected faults answered, {harness.Import.Store.Orders.Count} store orders");
        Assert.That(faults, Is.GreaterThan(0), "the faults really happened");
    }

    private static void AssertImportedExactlyOnce(EmulatorImportHarness harness)
    {
        var expected = harness.OrdersThatMustBeImported().Select(o => o.OrderId).ToList();
        Assert.That(expected, Is.Not.Empty);
        var store = harness.Import.Store;
        Assert.That(store.Orders.Select(o => o.CustomOrderNumber), Is.Unique);
        Assert.That(store.Orders.Select(o => o.CustomOrderNumber), Is.SupersetOf(expected));
        Assert.That(store.Orders.Where(o => !expected.Contains(o.CustomOrderNumber)).Select(o => o.CustomOrderNumber), Is.Empty, "only eligible orders become store orders");
        foreach (var order in store.Orders)
        {
            var amazon = harness.Emulator.State.GetOrder(order.CustomOrderNumber);
            Assert.That(store.ItemsOf(order).Count, Is.EqualTo(amazon.Items.Count), order.CustomOrderNumber);
        }
    }
}
