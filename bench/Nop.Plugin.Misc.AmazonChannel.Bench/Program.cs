using System.Diagnostics;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

// Usage: dotnet run -c Release --project bench/Nop.Plugin.Misc.AmazonChannel.Bench [-- orders]
//        dotnet run -c Release --project bench/Nop.Plugin.Misc.AmazonChannel.Bench -- refunds   (the refund/cancellation queue)
//        dotnet run -c Release --project bench/Nop.Plugin.Misc.AmazonChannel.Bench -- shipments (shipment confirmations)
if (args.Length > 0 && args[0] == "shipments")
{
    await ShipmentBenchmark.RunAllAsync(args.Length > 1 && int.TryParse(args[1], out var count) ? count : 1_000, args.Contains("--faults-only"));
    return;
}

if (args.Length > 0 && args[0] == "refunds")
{
    await RefundQueueBenchmark.RunAllAsync(1_000, 300);
    return;
}

var orderCount = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
Console.WriteLine($"Amazon channel order import benchmark: {orderCount:N0} Amazon orders, seed 42");
Console.WriteLine();

await ImportOnEmulatorAsync("Backlog path (order reports, then searchOrders for the tail)", orderCount, forceSearchOrders: false, faults: null);
await ImportOnEmulatorAsync("Page by page (searchOrders only)", orderCount, forceSearchOrders: true, faults: null);
await ImportOnEmulatorAsync("Backlog path under faults (20% 429, 5% 5xx, 1% timeouts, 30% truncated documents)", orderCount, forceSearchOrders: false,
    faults: new FaultOptions { Throttle429 = 0.2, ServerError5xx = 0.05, Timeout = 0.01, TruncatedDocument = 0.3 });
await LocalThroughputAsync(Math.Min(orderCount, 5_000));

static async Task ImportOnEmulatorAsync(string title, int orderCount, bool forceSearchOrders, FaultOptions? faults)
{
    using var harness = new EmulatorImportHarness(new EmulatorOptions
    {
        Seed = 42,
        OrderCount = orderCount,
        Mix = new OrderMixOptions { PendingFirst = 0.05 },
        Faults = faults ?? new FaultOptions()
    });
    if (forceSearchOrders)
        harness.Import.Settings.BacklogThresholdHours = 24 * 365;

    var service = harness.CreateImportService();
    var start = harness.Emulator.Time.GetUtcNow();
    var clock = Stopwatch.StartNew();
    var runs = 0;
    HashSet<string> expected;
    TimeSpan firstRunTime = default;
    var firstRunCalls = 0;

    // Scheduled runs every 30 minutes until every eligible order is in the store: orders that leave Pending while a run
    // works are read by the next one, and a failed run leaves its window to the next. The runs go on until the buyer
    // request check of the report window (searchOrders with the calls the rate spares) is complete.
    var importRuns = 0;
    TimeSpan importTime = default;
    var checkRuns = 0;
    TimeSpan checkTime = default;
    var checkCalls = 0;
    var checkpoints = harness.Import.Database.GetRepository<AmazonSyncCheckpoint>();
    while (true)
    {
        runs++;
        var searchOrdersBefore = SearchOrdersCalls(harness);
        await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");
        if (runs == 1)
        {
            firstRunTime = harness.Emulator.Time.GetUtcNow() - start;
            firstRunCalls = harness.SellingPartnerApiCalls;
        }

        expected = harness.OrdersThatMustBeImported().Select(o => o.OrderId).ToHashSet();
        var imported = harness.Import.Store.Orders.Select(o => o.CustomOrderNumber).ToHashSet();
        if (importRuns == 0 && expected.All(imported.Contains))
            (importRuns, importTime) = (runs, harness.Emulator.Time.GetUtcNow() - start);
        var checkPending = (await checkpoints.GetAllAsync(q => q.Where(c => c.SyncKindId == (int)AmazonSyncKind.BuyerRequests && c.PendingWindowFromUtc != null))).Count > 0;
        if (checkRuns == 0)
            checkCalls += harness.Emulator.Requests.Count(r => r.Operation == "searchOrders") - searchOrdersBefore;
        if (checkRuns == 0 && !checkPending)
            (checkRuns, checkTime) = (runs, harness.Emulator.Time.GetUtcNow() - start);
        if ((importRuns > 0 && checkRuns > 0) || runs == 60)
            break;
        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
    }

    var emulated = harness.Emulator.Time.GetUtcNow() - start;
    var storeOrders = harness.Import.Store.Orders.Select(o => o.CustomOrderNumber).ToList();
    var duplicates = storeOrders.Count - storeOrders.Distinct().Count();
    var stored = storeOrders.ToHashSet();
    var missing = expected.Count(id => !stored.Contains(id));
    var throttled = harness.Emulator.Requests.Count(r => r.StatusCode == 429);
    var failed = harness.Emulator.Requests.Count(r => r.StatusCode is >= 500 or 0);

    Console.WriteLine(title);
    Console.WriteLine($"  first run: {firstRunTime.TotalMinutes:N1} emulated min, {firstRunCalls} SP-API calls");
    Console.WriteLine($"  every eligible order in the store after run {importRuns} ({importTime.TotalMinutes:N1} emulated min)");
    Console.WriteLine($"  all runs: {runs}; emulated time: {emulated.TotalMinutes:N1} min; wall time: {clock.Elapsed.TotalSeconds:N1} s");
    Console.WriteLine($"  SP-API calls: {harness.SellingPartnerApiCalls} (429 answers: {throttled}, 5xx/timeouts: {failed}); by operation: "
        + string.Join(", ", harness.Emulator.Requests.Where(r => r.Operation is not ("lwaToken" or "downloadDocument" or "uploadDocument"))
            .GroupBy(r => r.Operation).Select(g => $"{g.Key} {g.Count()}")));
    Console.WriteLine($"  eligible orders: {expected.Count:N0}; store orders: {storeOrders.Count:N0}; missing: {missing}; duplicated: {duplicates}");
    var requested = harness.OrdersThatMustBeImported().Where(o => (o.Status == FulfillmentStatuses.Unshipped || o.Status == FulfillmentStatuses.PartiallyShipped) && o.BuyerCancelRequested).Select(o => o.OrderId).ToHashSet();
    var onHold = (await harness.Import.Database.GetRepository<AmazonOrderLink>().GetAllAsync(q => q.Where(l => l.IsOnHold))).Select(l => l.AmazonOrderId).ToHashSet();
    Console.WriteLine(checkRuns == 0
        ? "  buyer request check: not complete after the last run"
        : $"  buyer request check complete after run {checkRuns} ({checkTime.TotalMinutes:N1} emulated min, searchOrders calls until then: {checkCalls})");
    Console.WriteLine($"  unshipped orders with a buyer cancellation request on Amazon: {requested.Count}; on hold in the store: {requested.Count(onHold.Contains)}; on hold without a request: {onHold.Count(id => !requested.Contains(id))}");
    Console.WriteLine();
}

static int SearchOrdersCalls(EmulatorImportHarness harness) => harness.Emulator.Requests.Count(r => r.Operation == "searchOrders");

static async Task LocalThroughputAsync(int orderCount)
{
    using var harness = new ImportHarness();
    for (var sku = 0; sku < 50; sku++)
        harness.Store.AddProduct($"SKU-{sku}");

    var orders = Enumerable.Range(0, orderCount).Select(i => TestOrders.Order($"900-{i:D7}-0000000", AmazonOrderStatus.Unshipped,
        TestOrders.Item($"SKU-{i % 50}", $"{i}-1", 1 + i % 3),
        TestOrders.Item($"SKU-{(i + 7) % 50}", $"{i}-2")) with { BuyerEmail = $"buyer{i % 500}@marketplace.amazon.com" }).ToList();

    var importer = harness.CreateImporter();
    foreach (var warmUp in orders.Take(50))
        await importer.ImportAsync(harness.Account, warmUp);

    var clock = Stopwatch.StartNew();
    foreach (var order in orders.Skip(50))
        await importer.ImportAsync(harness.Account, order);
    clock.Stop();

    var measured = orderCount - 50;
    Console.WriteLine("Local map and persist (plugin tables on embedded SQLite, nopCommerce services in memory)");
    Console.WriteLine($"  {measured:N0} orders (2 lines each) in {clock.Elapsed.TotalSeconds:N2} s: {measured / clock.Elapsed.TotalSeconds:N0} orders/s");
    Console.WriteLine($"  store orders: {harness.Store.Orders.Count:N0}");
}
