using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using SpApiReportTypes = Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports.ReportTypes;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// A long import through order reports that is stopped (the process dies, the run times out or loses its lock)
/// continues in the next run with the same reports, and applies each order once.
/// </summary>
public class ResumableImportTests
{
    private const string Marketplace = "ATVPDKIKX0DER";

    private sealed class Run : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();

        public Run()
        {
            EmulatorImportHarness? self = null;
            Harness = self = new EmulatorImportHarness(new EmulatorOptions { Seed = 41, OrderCount = 80 },
                services => services.AddSellingPartnerApiHandler(new HookHandler(self!.Emulator.CreateHandler(), path =>
                {
                    if (StopWhen?.Invoke(path) == true)
                        Stop();
                })));
            Harness.Import.Crash.OnStep = step =>
            {
                if (StopAtStep?.Invoke(step) == true)
                    Stop();
            };
        }

        public EmulatorImportHarness Harness { get; }

        /// <summary>Stops the run when a request to Amazon matches (its path).</summary>
        public Func<string, bool>? StopWhen { get; set; }

        /// <summary>Stops the run when a persisted step matches.</summary>
        public Func<string, bool>? StopAtStep { get; set; }

        public CancellationToken Token => _stop.Token;

        public int CreateReportCalls => Harness.Emulator.Requests.Count(r => r.Operation == "createReport");

        public void Stop()
        {
            StopWhen = null;
            StopAtStep = null;
            _stop.Cancel();
        }

        public async Task<AmazonSyncCheckpoint> CheckpointAsync() =>
            (await Harness.Import.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q)).Single(c => c.SyncKind == AmazonSyncKind.Orders);

        public void Dispose()
        {
            _stop.Dispose();
            Harness.Dispose();
        }

        /// <summary>Sees each request before Amazon does; a stop cancels the run's token, as a lost lock or a shutdown would.</summary>
        private sealed class HookHandler(HttpMessageHandler inner, Action<string> onRequest) : DelegatingHandler(inner)
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                onRequest(request.RequestUri!.AbsolutePath);
                cancellationToken.ThrowIfCancellationRequested();
                return base.SendAsync(request, cancellationToken);
            }
        }
    }

    [Test]
    public async Task StoppedAfterCreateReport_TheNextRunWaitsForTheSameReports()
    {
        using var run = new Run();
        run.StopWhen = path => path.StartsWith("/reports/2021-06-30/reports/", StringComparison.Ordinal);

        Assert.That(async () => await run.Harness.CreateImportService().ImportWindowAsync(run.Harness.Import.Account, Marketplace, run.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(run.CreateReportCalls, Is.EqualTo(2));
        var saved = await run.CheckpointAsync();
        Assert.That(saved.PendingReportIds, Does.Contain(SpApiReportTypes.AllOrdersByLastUpdate + "=").And.Contain(SpApiReportTypes.OrdersShipping + "="));
        Assert.That(run.Harness.Import.Store.Orders, Is.Empty);

        await ResumeAndAssertAsync(run, saved, appliedBefore: 0);
    }

    [Test]
    public async Task StoppedOnceTheReportIsDone_TheNextRunDownloadsTheSameReports()
    {
        using var run = new Run();
        run.StopWhen = path => path.StartsWith("/reports/2021-06-30/documents/", StringComparison.Ordinal);

        Assert.That(async () => await run.Harness.CreateImportService().ImportWindowAsync(run.Harness.Import.Account, Marketplace, run.Token),
            Throws.InstanceOf<OperationCanceledException>());
        var saved = await run.CheckpointAsync();
        Assert.That(run.Harness.Emulator.Requests.Count(r => r.Operation == "getReport"), Is.GreaterThanOrEqualTo(2), "both reports were polled until DONE");
        Assert.That(run.Harness.Import.Store.Orders, Is.Empty);

        await ResumeAndAssertAsync(run, saved, appliedBefore: 0);
    }

    [Test]
    public async Task StoppedAfterHalfTheOrders_TheNextRunContinuesAfterThem()
    {
        using var run = new Run();
        var half = run.Harness.OrdersThatMustBeImported().Count / 2;
        var inserted = 0;
        run.StopAtStep = step => step == "insert AmazonOrderLink" && ++inserted == half;

        Assert.That(async () => await run.Harness.CreateImportService().ImportWindowAsync(run.Harness.Import.Account, Marketplace, run.Token),
            Throws.InstanceOf<OperationCanceledException>());
        var saved = await run.CheckpointAsync();
        Assert.That(saved.PendingOrdersDone, Is.GreaterThanOrEqualTo(half));
        Assert.That(run.Harness.Import.Store.Orders, Has.Count.GreaterThan(0).And.Count.LessThan(run.Harness.OrdersThatMustBeImported().Count));

        await ResumeAndAssertAsync(run, saved, appliedBefore: saved.PendingOrdersDone);
    }

    [Test]
    public async Task TheRunLock_IsRenewedByNopCommercesHeartbeat_AndAHeldLockSkipsTheRun()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 42, OrderCount = 5 });
        var locker = harness.Import.Store.Locker;

        Assert.That(locker.Hold(AmazonOrderImportService.RunLockKey), Is.True);
        Assert.That(await harness.CreateImportService().ImportAllAsync(), Is.False, "another run holds the lock");
        locker.Release(AmazonOrderImportService.RunLockKey);

        Assert.That(await harness.CreateImportService().ImportAllAsync(), Is.True);
        var (key, expiration, heartbeat) = locker.HeartbeatRuns.Single();
        Assert.That(key, Is.EqualTo(AmazonOrderImportService.RunLockKey));
        Assert.That(heartbeat, Is.LessThan(expiration), "renewed before it expires, however long Amazon takes");
        Assert.That(await locker.IsTaskRunningAsync(AmazonOrderImportService.RunLockKey), Is.False, "released after the run");
    }

    private static async Task ResumeAndAssertAsync(Run run, AmazonSyncCheckpoint saved, int appliedBefore)
    {
        var links = run.Harness.Import.Database.GetRepository<AmazonOrderLink>();
        var appliedInFirstRun = (await links.GetAllAsync(q => q)).ToDictionary(link => link.AmazonOrderId, link => link.UpdatedOnUtc);
        var createReportCalls = run.CreateReportCalls;
        run.Harness.Emulator.Time.Advance(TimeSpan.FromMinutes(20));
        var resumedAt = run.Harness.Emulator.Time.GetUtcNow().UtcDateTime;

        var summary = await run.Harness.CreateImportService().ImportWindowAsync(run.Harness.Import.Account, Marketplace);

        Assert.That(run.CreateReportCalls, Is.EqualTo(createReportCalls), "no new report is requested");
        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.ReportMethod));
        var store = run.Harness.Import.Store;
        var done = await run.CheckpointAsync();
        // Every order Amazon had settled before the window's end is imported; one that left Pending after it is the next run's.
        var mustNow = run.Harness.OrdersThatMustBeImported();
        var settled = mustNow.Where(o => o.LastUpdatedTime.UtcDateTime < done.SyncedUpToUtc).Select(o => o.OrderId).ToList();
        Assert.That(store.Orders.Select(o => o.CustomOrderNumber), Is.Unique);
        Assert.That(store.Orders.Select(o => o.CustomOrderNumber), Is.SupersetOf(settled).And.SubsetOf(mustNow.Select(o => o.OrderId)));
        Assert.That(settled, Has.Count.GreaterThan(mustNow.Count / 2));

        // Orders applied before the stop are not applied again (only the searchOrders tail after the report may read
        // an order again, when Amazon changed it at the window's end).
        var tailFrom = saved.PendingWindowToUtc!.Value.AddMinutes(-run.Harness.Import.Settings.SyncOverlapMinutes);
        var reappliedAfterResume = (await links.GetAllAsync(q => q))
            .Where(link => appliedInFirstRun.ContainsKey(link.AmazonOrderId) && link.UpdatedOnUtc >= resumedAt
                && run.Harness.Emulator.State.GetOrder(link.AmazonOrderId).LastUpdatedTime.UtcDateTime < tailFrom)
            .Select(link => link.AmazonOrderId).ToList();
        Assert.That(reappliedAfterResume, Is.Empty);
        Assert.That(appliedInFirstRun.Count, Is.GreaterThanOrEqualTo(appliedBefore));

        Assert.That((done.PendingReportIds, done.PendingWindowFromUtc, done.PendingOrdersDone), Is.EqualTo(((string?)null, (DateTime?)null, 0)), "the window is finished");
        Assert.That(done.SyncedUpToUtc, Is.GreaterThanOrEqualTo(saved.PendingWindowToUtc!.Value));
    }
}
