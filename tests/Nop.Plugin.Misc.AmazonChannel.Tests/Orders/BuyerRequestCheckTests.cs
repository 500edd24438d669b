using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// No order report carries a buyer's cancellation request, so the unshipped orders of a report window are read again
/// with searchOrders, spending only the calls its rate spares at the end of each run and carrying on next run.
/// </summary>
public class BuyerRequestCheckTests : ImportTestBase
{
    private const string Marketplace = "ATVPDKIKX0DER";
    private DateTime _now;

    [SetUp]
    public void SetUp() => _now = Harness.Time.GetUtcNow().UtcDateTime;

    [Test]
    public async Task ReportWindow_WithCallsToSpare_PutsTheBuyerRequestOnHoldInTheSameRun()
    {
        AddBacklog(3, requestAt: 1);

        await Harness.CreateImportService().ImportWindowAsync(Harness.Account, Marketplace);

        Assert.That((await Harness.LinkAsync(OrderId(1))).IsOnHold, Is.True);
        Assert.That((await Harness.LinkAsync(OrderId(0))).IsOnHold, Is.False);
        var check = await CheckpointAsync();
        Assert.That(check!.PendingWindowFromUtc, Is.Null, "the check is complete");
        Assert.That(check.SyncedUpToUtc, Is.EqualTo(_now - AmazonOrderImportService.WindowEndLag), "checked up to the report window's end");
        var log = (await Harness.Database.GetRepository<AmazonSyncLogEntry>().GetAllAsync(q => q.Where(l => l.Method == BuyerRequestCheck.SyncLogMethod))).Single();
        Assert.That((log.Succeeded, log.RecordsProcessed, log.RecordsSucceeded), Is.EqualTo((true, 3, 1)));
    }

    [Test]
    public async Task OneCallToSparePerRun_TheCheckContinuesFromTheSavedPage_UntilTheRequestIsHeld()
    {
        AddBacklog(250, requestAt: 230);
        Harness.Source.UnshippedPageSize = 100;
        var service = Harness.CreateImportService();

        Harness.Source.UnshippedCallsAvailable = BuyerRequestCheck.CallsLeftForTheImport + 1;
        await service.ImportWindowAsync(Harness.Account, Marketplace);
        Assert.That((await Harness.LinkAsync(OrderId(230))).IsOnHold, Is.False, "the request is on page 3");
        Assert.That((await CheckpointAsync())!.PendingPageToken, Is.EqualTo("page:100:1"));

        for (var run = 2; run <= 3; run++)
        {
            Harness.Time.Advance(TimeSpan.FromMinutes(30));
            Harness.Source.UnshippedCallsAvailable = BuyerRequestCheck.CallsLeftForTheImport + 1;
            await service.ImportWindowAsync(Harness.Account, Marketplace);
        }

        Assert.That((await Harness.LinkAsync(OrderId(230))).IsOnHold, Is.True);
        Assert.That(Harness.Source.UnshippedPageReads.Select(r => r.Token), Is.EqualTo(new[] { null, "page:100:1", "page:200:1" }));
        Assert.That(Harness.Source.UnshippedPageReads.Select(r => r.To).Distinct().Single(), Is.EqualTo(_now - AmazonOrderImportService.WindowEndLag),
            "later runs check the report window, not their own");
        Assert.That((await CheckpointAsync())!.PendingWindowFromUtc, Is.Null);
    }

    [Test]
    public async Task NoCallToSpareBeyondTheImportsShare_TheBacklogIsImportedAnyway_AndTheCheckWaits()
    {
        AddBacklog(3, requestAt: 1);
        Harness.Source.UnshippedCallsAvailable = BuyerRequestCheck.CallsLeftForTheImport;

        var summary = await Harness.CreateImportService().ImportWindowAsync(Harness.Account, Marketplace);

        Assert.That(summary!.Created, Is.EqualTo(3));
        Assert.That((await Harness.LinkAsync(OrderId(1))).IsOnHold, Is.False);
        Assert.That((await CheckpointAsync())!.PendingWindowFromUtc, Is.EqualTo(_now.AddDays(-7)));
        Assert.That(await Harness.Database.GetRepository<AmazonSyncLogEntry>().GetAllAsync(q => q.Where(l => l.Method == BuyerRequestCheck.SyncLogMethod)), Is.Empty,
            "no page read, nothing to log");
    }

    [Test]
    public async Task AnExpiredPageToken_StartsTheCheckAgainFromTheFirstPage()
    {
        AddBacklog(150, requestAt: 20);
        Harness.Source.UnshippedPageSize = 100;
        Harness.Source.UnshippedCallsAvailable = BuyerRequestCheck.CallsLeftForTheImport + 1;
        var service = Harness.CreateImportService();
        await service.ImportWindowAsync(Harness.Account, Marketplace);
        Harness.Source.RefusedPageTokens.Add("page:100:1");

        Harness.Time.Advance(TimeSpan.FromHours(2));
        Harness.Source.UnshippedCallsAvailable = BuyerRequestCheck.CallsLeftForTheImport + 5;
        await service.ImportWindowAsync(Harness.Account, Marketplace);

        Assert.That(Harness.Source.UnshippedPageReads.Select(r => r.Token), Is.EqualTo(new[] { null, "page:100:1", null, "page:100:2" }));
        Assert.That((await CheckpointAsync())!.PendingWindowFromUtc, Is.Null, "the walk started again and finished with its new tokens");
        Assert.That((await Harness.LinkAsync(OrderId(20))).IsOnHold, Is.True);
    }

    [Test]
    public async Task AmazonFailingTheCheck_IsRecorded_AndTheOrderWindowStillMoves()
    {
        AddBacklog(3, requestAt: 1);
        Harness.Source.UnshippedFailWith = new AmazonOrderSourceException(ImportErrorCodes.Throttled, ["searchOrders", "4"]);

        await Harness.CreateImportService().ImportWindowAsync(Harness.Account, Marketplace);

        var orders = (await Harness.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q)).Single(c => c.SyncKind == AmazonSyncKind.Orders);
        Assert.That(orders.SyncedUpToUtc, Is.EqualTo(_now - AmazonOrderImportService.WindowEndLag), "the import's window moved");
        Assert.That((await Harness.OpenErrorsAsync()).Select(e => e.Code), Does.Contain(ImportErrorCodes.Throttled.Value));
        Assert.That((await CheckpointAsync())!.PendingWindowFromUtc, Is.Not.Null, "the check waits for the next run");

        Harness.Source.UnshippedFailWith = null;
        Harness.Time.Advance(TimeSpan.FromMinutes(30));
        await Harness.CreateImportService().ImportWindowAsync(Harness.Account, Marketplace);

        Assert.That((await Harness.LinkAsync(OrderId(1))).IsOnHold, Is.True);
    }

    [Test]
    public async Task ANewReportWindow_WidensTheCheck_AndStartsItsWalkAgain()
    {
        var store = new AmazonSyncCheckpointStore(Harness.Database.GetRepository<AmazonSyncCheckpoint>(), Harness.Time);
        var start = _now.AddDays(-7);
        await store.ExtendPendingWindowAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.BuyerRequests, start, start.AddDays(2));
        var saved = await store.FindAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.BuyerRequests);
        saved!.PendingPageToken = "page:300";
        saved.PendingOrdersDone = 3;
        await store.SaveReportProgressAsync(saved);

        await store.ExtendPendingWindowAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.BuyerRequests, start.AddDays(1), start.AddDays(2));
        var inside = await store.FindAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.BuyerRequests);
        Assert.That((inside!.PendingPageToken, inside.PendingOrdersDone), Is.EqualTo(("page:300", 3)), "a window inside the check changes nothing");

        await store.ExtendPendingWindowAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.BuyerRequests, start.AddDays(1), start.AddDays(4));
        var widened = await store.FindAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.BuyerRequests);
        Assert.That((widened!.PendingWindowFromUtc, widened.PendingWindowToUtc), Is.EqualTo(((DateTime?)start, (DateTime?)start.AddDays(4))));
        Assert.That((widened.PendingPageToken, widened.PendingOrdersDone), Is.EqualTo(((string?)null, 0)));
    }

    private static string OrderId(int index) => $"114-{index:0000000}-0000001";

    private void AddBacklog(int count, int requestAt)
    {
        for (var index = 0; index < count; index++)
        {
            var id = OrderId(index);
            var item = TestOrders.Item("SKU-1", id + "-1") with { BuyerCancellationRequested = index == requestAt, BuyerCancelReason = index == requestAt ? "Changed my mind" : null };
            var updated = _now.AddDays(-3).AddMinutes(index);
            Harness.Source.Orders.Add(TestOrders.Order(id, AmazonOrderStatus.Unshipped, item) with { LastUpdateDateUtc = updated, PurchaseDateUtc = updated.AddHours(-1) });
        }
    }

    private Task<AmazonSyncCheckpoint?> CheckpointAsync() =>
        new AmazonSyncCheckpointStore(Harness.Database.GetRepository<AmazonSyncCheckpoint>(), Harness.Time).FindAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.BuyerRequests);
}
