using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>The checkpoint rule: set aside and move on; hold for transient failures, bounded; accounts independent.</summary>
public class CheckpointRuleTests : ImportTestBase
{
    private DateTime Now => Harness.Time.GetUtcNow().UtcDateTime;

    private Task<IList<AmazonSyncCheckpoint>> CheckpointsAsync() => Harness.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q.Where(c => c.SyncKindId == (int)AmazonSyncKind.Orders));

    private AmazonOrderSnapshot Order(string id, DateTime updated) =>
        TestOrders.Order(id, AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", id + "-1")) with { LastUpdateDateUtc = updated, PurchaseDateUtc = updated.AddHours(-1) };

    private async Task RunAsync(int runs)
    {
        for (var run = 0; run < runs; run++)
        {
            Harness.Time.Advance(TimeSpan.FromMinutes(30));
            await Harness.CreateImportService().ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");
        }
    }

    [Test]
    public async Task ATransientOrderFailure_HoldsTheWindow_ThenAfterMaxHeldRuns_SetsTheOrderAsideAndMovesOn()
    {
        await Harness.CreateImportService().ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");
        var failing = Order("116-0000001-0000001", Now.AddMinutes(10));
        Harness.Source.Orders.Add(failing);
        Harness.Store.OrderService.Setup(s => s.InsertOrderAsync(Moq.It.IsAny<Nop.Core.Domain.Orders.Order>())).ThrowsAsync(new TimeoutException("timeout"));

        await RunAsync(AmazonOrderImportService.MaxHeldRuns - 1);
        var held = (await CheckpointsAsync()).Single();
        Assert.That((held.SyncedUpToUtc, held.FailedRuns), Is.EqualTo((failing.LastUpdateDateUtc.AddSeconds(-1), AmazonOrderImportService.MaxHeldRuns - 1)));
        Assert.That(Harness.Source.Reads.Skip(1).Select(r => r.Method), Has.All.EqualTo(AmazonOrderImportService.SearchOrdersMethod), "a held window does not switch to reports");

        await RunAsync(1);
        var moved = (await CheckpointsAsync()).Single();
        Assert.That((moved.SyncedUpToUtc, moved.FailedRuns), Is.EqualTo((Now - AmazonOrderImportService.WindowEndLag, 0)));
        var link = await Harness.LinkAsync(failing.AmazonOrderId);
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((link.SyncStatus, error.Code, error.OrderLinkId), Is.EqualTo((AmazonOrderSyncStatus.Failed, "Import.OrderNotProcessed", (int?)link.Id)));
    }

    [Test]
    public async Task AmazonFailingRunAfterRun_IsEscalatedOnce_AndResolvedWhenTheWindowIsReadAgain()
    {
        await Harness.CreateImportService().ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");
        Harness.Source.FailWith = new AmazonOrderSourceException(ImportErrorCodes.Throttled, ["searchOrders", "5"]);

        await RunAsync(AmazonOrderImportService.MaxHeldRuns - 1);
        Assert.That((await Harness.OpenErrorsAsync()).Select(e => e.Code), Is.EqualTo(new[] { "Import.Throttled" }));

        await RunAsync(2);
        var errors = await Harness.OpenErrorsAsync();
        Assert.That(errors.Select(e => e.Code), Is.EquivalentTo(new[] { "Import.Throttled", "Import.WindowStuck" }), "one row each, however many runs");
        var stuck = errors.Single(e => e.Code == "Import.WindowStuck");
        Assert.That(stuck.GetArguments().Take(2), Is.EqualTo(new[] { "ATVPDKIKX0DER", (AmazonOrderImportService.MaxHeldRuns + 1).ToString() }));
        Assert.That(Harness.Store.Errors, Has.Some.Contains("Import.WindowStuck").Or.Some.Contains("have not been downloaded"));

        Harness.Source.FailWith = null;
        await RunAsync(1);
        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty, "the window's errors resolve when it is read");
    }

    [Test]
    public async Task OneAccountsFailure_NeverStopsTheOthers_AndItsExceptionTextIsNotRecorded()
    {
        var other = new AmazonAccount { Name = "EU", SellerId = "A2SELLER", Region = AmazonRegion.Europe, MarketplaceIds = "ATVPDKIKX0DER", LwaClientId = "c", LwaClientSecretEncrypted = "x", RefreshTokenEncrypted = "y", Enabled = true };
        Harness.Database.GetRepository<AmazonAccount>().Insert(other);
        Harness.Source.BreakAccountId = Harness.Account.Id;
        Harness.Source.Orders.Add(Order("116-0000002-0000001", Now.AddDays(-1)));

        Assert.That(await Harness.CreateImportService().ImportAllAsync(), Is.True);

        Assert.That(Harness.Store.Orders, Has.Count.EqualTo(1), "the second account imported its order");
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((error.AccountId, error.Code), Is.EqualTo((Harness.Account.Id, "Import.WindowFailed")));
        Assert.That(error.Message + error.Arguments + error.Details, Does.Not.Contain("jane@example.com"));
        Assert.That(Harness.Store.LogLines, Has.None.Contains("jane@example.com"));
    }

    [Test]
    public async Task WindowSettingsOutOfRange_AreClampedAtUse()
    {
        Harness.Settings.InitialSyncDays = 100_000;
        Harness.Settings.SyncOverlapMinutes = -500;
        Harness.Settings.BacklogThresholdHours = 0;

        await Harness.CreateImportService().ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");
        Harness.Time.Advance(TimeSpan.FromMinutes(90));
        await Harness.CreateImportService().ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");

        Assert.That(Harness.Source.Reads[0].From, Is.EqualTo(Now.AddMinutes(-90).AddDays(-365)), "first download at most 365 days back");
        var tail = Harness.Source.Reads.Last();
        Assert.That(tail.From, Is.EqualTo(Now.AddMinutes(-90) - AmazonOrderImportService.WindowEndLag), "no negative overlap: the window starts at the checkpoint");
        Assert.That(Harness.Source.Reads[^2].Method, Is.EqualTo(AmazonOrderImportService.ReportMethod), "threshold clamped to one hour: a 92½-minute window is a report");
    }

    [Test]
    public async Task BackgroundImport_UsesTheSettingsOfTheAccountsStore_NotTheAmbientOnes()
    {
        Harness.Account.StoreId = 2;
        Harness.Database.GetRepository<AmazonAccount>().Update(Harness.Account);
        var storeTwo = AmazonChannelDefaults.CreateDefaultSettings();
        storeTwo.CreateNativeOrders = false;
        Harness.Store.StoreSettings[2] = storeTwo;
        Harness.Source.Orders.Add(Order("116-0000003-0000001", Now.AddDays(-1)));

        await Harness.CreateImportService().ImportAllAsync();

        Assert.That(Harness.Store.Orders, Is.Empty, "store 2 does not create store orders, whatever the ambient store says");
        Assert.That((await Harness.LinkAsync("116-0000003-0000001")).SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.NotImported));

        storeTwo.AllowOrderDownload = false;
        Harness.Time.Advance(TimeSpan.FromHours(1));
        var reads = Harness.Source.Reads.Count;
        await Harness.CreateImportService().ImportAllAsync();
        Assert.That(Harness.Source.Reads, Has.Count.EqualTo(reads), "download off in the account's store: nothing read");
    }
}
