using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

public class OrderImportServiceTests : ImportTestBase
{
    private DateTime _now;

    [SetUp]
    public void SetUp() => _now = Harness.Time.GetUtcNow().UtcDateTime;

    [Test]
    public async Task FirstDownload_ReadsInitialDaysThroughAReport_ThenTheTailWithSearchOrders()
    {
        Harness.Source.Orders.Add(Order("115-0000001-0000001", _now.AddDays(-3)));

        var summary = await Harness.CreateImportService().ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");

        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.ReportMethod));
        Assert.That(Harness.Source.Reads.Select(r => r.Method), Is.EqualTo(new[] { AmazonOrderImportService.ReportMethod, AmazonOrderImportService.SearchOrdersMethod }));
        Assert.That(Harness.Source.Reads[0].From, Is.EqualTo(_now.AddDays(-7)));
        Assert.That(Harness.Source.Reads[0].To, Is.EqualTo(_now - AmazonOrderImportService.WindowEndLag), "Amazon needs the end two minutes in the past (plus a margin for clock skew)");
        Assert.That(summary.Created, Is.EqualTo(1));
        var logs = await Harness.Database.GetRepository<AmazonSyncLogEntry>().GetAllAsync(q => q.OrderBy(l => l.Id));
        Assert.That(logs.Select(l => (l.Operation, l.Method, l.Succeeded)), Is.EqualTo(new[]
        {
            ("Orders", AmazonOrderImportService.ReportMethod, true),
            ("Orders", BuyerRequestCheck.SyncLogMethod, true)
        }), "the report window's buyer requests are checked with the calls the run left");
        Assert.That(logs[0].RecordsProcessed, Is.EqualTo(1));
    }

    [Test]
    public async Task LaterDownloads_StartAtTheCheckpointLessTheOverlap_PageByPage()
    {
        var service = Harness.CreateImportService();
        await service.ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");
        Harness.Time.Advance(TimeSpan.FromMinutes(30));
        Harness.Source.Reads.Clear();

        var summary = await service.ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");

        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.SearchOrdersMethod));
        Assert.That(Harness.Source.Reads.Single().From, Is.EqualTo(_now - AmazonOrderImportService.WindowEndLag - TimeSpan.FromMinutes(10)));
        Assert.That(Harness.Source.Reads.Single().To, Is.EqualTo(_now.AddMinutes(30) - AmazonOrderImportService.WindowEndLag));
    }

    [Test]
    public async Task ReadingTheOverlapAgain_DoesNotDuplicateOrders()
    {
        var service = Harness.CreateImportService();
        Harness.Source.Orders.Add(Order("115-0000001-0000002", _now.AddMinutes(-5)));
        await service.ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");
        Harness.Time.Advance(TimeSpan.FromMinutes(30));

        await service.ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");

        Assert.That(Harness.Store.Orders, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AnAmazonError_IsRecordedAndTheCheckpointDoesNotMove()
    {
        var service = Harness.CreateImportService();
        await service.ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");
        var checkpointBefore = (await Harness.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q)).Single(c => c.SyncKind == AmazonSyncKind.Orders).SyncedUpToUtc;
        Harness.Time.Advance(TimeSpan.FromMinutes(30));
        Harness.Source.FailWith = new AmazonOrderSourceException(ImportErrorCodes.CredentialsRejected, ["invalid_grant"], "Amazon request ID r-1");

        await service.ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");

        var checkpoint = (await Harness.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q)).Single(c => c.SyncKind == AmazonSyncKind.Orders);
        Assert.That(checkpoint.SyncedUpToUtc, Is.EqualTo(checkpointBefore));
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((error.Kind, error.Code, error.GetArguments(), error.Details),
            Is.EqualTo((AmazonSyncErrorKind.InvalidCredentials, "Import.CredentialsRejected", (IReadOnlyList<string>)["invalid_grant"], "Amazon request ID r-1")));
        var failedRun = (await Harness.Database.GetRepository<AmazonSyncLogEntry>().GetAllAsync(q => q.OrderByDescending(l => l.Id))).First();
        Assert.That((failedRun.Succeeded, failedRun.Message), Is.EqualTo((false, "Login with Amazon refused the account's credentials (invalid_grant). Authorise the app again in the account settings.")));
    }

    [Test]
    public async Task AnOrderThatCannotBeProcessed_HoldsTheCheckpointBeforeIt()
    {
        var service = Harness.CreateImportService();
        await service.ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");
        Harness.Time.Advance(TimeSpan.FromMinutes(60));
        var failing = Order("115-0000001-0000003", _now.AddMinutes(20));
        Harness.Source.Orders.Add(failing);
        Harness.Source.Orders.Add(Order("115-0000001-0000004", _now.AddMinutes(40)));
        Harness.Store.OrderService.Setup(s => s.InsertOrderAsync(Moq.It.Is<Nop.Core.Domain.Orders.Order>(o => o.CustomOrderNumber == failing.AmazonOrderId)))
            .ThrowsAsync(new TimeoutException("database timeout"));

        await service.ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");

        var checkpoint = (await Harness.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q)).Single(c => c.SyncKind == AmazonSyncKind.Orders);
        Assert.That(checkpoint.SyncedUpToUtc, Is.EqualTo(failing.LastUpdateDateUtc.AddSeconds(-1)));
        Assert.That(Harness.Store.Orders.Select(o => o.CustomOrderNumber), Is.EqualTo(new[] { "115-0000001-0000004" }));
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((error.Code, error.AmazonOrderId, error.GetArguments()),
            Is.EqualTo(("Import.OrderNotProcessed", (string?)"115-0000001-0000003", (IReadOnlyList<string>)["115-0000001-0000003", "TimeoutException"])));
        Assert.That(error.Message + error.Details, Does.Not.Contain("database timeout"), "exception text may hold buyer data");
        Assert.That(Harness.Store.LogLines, Has.None.Contains("database timeout"));
    }

    [Test]
    public async Task ImportById_ImportsThatOrder_AndRetryRunsItAgain()
    {
        var service = Harness.CreateImportService();
        Harness.Source.Orders.Add(Order("115-0000001-0000005", _now, "MISSING"));

        Assert.That(await service.ImportByAmazonOrderIdAsync(Harness.Account, " 115-0000001-0000005 "), Is.EqualTo(OrderImportOutcome.Failed));
        Assert.That(await service.ImportByAmazonOrderIdAsync(Harness.Account, "115-9999999-9999999"), Is.Null);

        Harness.Store.AddProduct("MISSING");
        var link = await Harness.LinkAsync("115-0000001-0000005");
        Assert.That(await service.RetryAsync(link.Id), Is.EqualTo(OrderImportOutcome.Created));
        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
    }

    [Test]
    public async Task ImportAll_DoesNothingWhenDownloadIsOff_AndSkipsWhenAnotherRunHoldsTheLock()
    {
        Harness.Source.Orders.Add(Order("115-0000001-0000006", _now.AddMinutes(-30)));
        var service = Harness.CreateImportService();

        Harness.Settings.AllowOrderDownload = false;
        await service.ImportAllAsync();
        Assert.That(Harness.Source.Reads, Is.Empty);

        Harness.Settings.AllowOrderDownload = true;
        var held = new TaskCompletionSource();
        var holder = Harness.Store.Locker.PerformActionWithLockAsync("Nop.Plugin.Misc.AmazonChannel.OrderImport", TimeSpan.FromMinutes(1), () => held.Task);
        Assert.That(await service.ImportAllAsync(), Is.False);
        held.SetResult();
        await holder;

        Assert.That(await service.ImportAllAsync(), Is.True);
        Assert.That(Harness.Store.Orders, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SummaryOnlyOrders_AreListedAsIs_OrReadInFullWhenTheyMustBecomeStoreOrders()
    {
        var pending = Order("115-0000001-0000007", _now.AddMinutes(-30)) with { Status = AmazonOrderStatus.Pending, IsSummaryOnly = true };
        var unshipped = Order("115-0000001-0000008", _now.AddMinutes(-30)) with { IsSummaryOnly = true, ShippingAddress = null };
        Harness.Source.Orders.AddRange([pending, unshipped]);
        Harness.Source.FullOrders[unshipped.AmazonOrderId] = unshipped with { IsSummaryOnly = false, ShippingAddress = TestOrders.Address() };

        await Harness.CreateImportService().ImportWindowAsync(Harness.Account, "ATVPDKIKX0DER");

        Assert.That(Harness.Source.GetOrderCalls, Is.EqualTo(new[] { unshipped.AmazonOrderId }));
        Assert.That(Harness.Store.Orders.Single().CustomOrderNumber, Is.EqualTo(unshipped.AmazonOrderId));
        Assert.That((await Harness.LinkAsync(pending.AmazonOrderId)).SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.Waiting));
        Assert.That(await Harness.ItemLinksAsync((await Harness.LinkAsync(pending.AmazonOrderId)).Id), Is.Empty, "a summary has no item IDs to link");
    }

    private static AmazonOrderSnapshot Order(string id, DateTime updated, string sku = "SKU-1") =>
        TestOrders.Order(id, AmazonOrderStatus.Unshipped, TestOrders.Item(sku, id + "-1")) with { LastUpdateDateUtc = updated, PurchaseDateUtc = updated.AddHours(-1) };
}
