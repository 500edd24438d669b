using System.Diagnostics;
using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Benchmark;

/// <summary>
/// Local map-and-persist throughput on nopCommerce's real services and SQLite: N emulator orders are read first (the
/// emulator and the HTTP pipeline are not measured), then each is imported by the plugin's importer (rules, mapping,
/// order, lines, addresses, guest customer, stock, notes, links, events) in one scope per 100 orders, as the import service
/// does per run. Prints orders/s; nothing is asserted about time. Run it with
/// <c>bash .ci/integration.sh --benchmark</c> (AMAZON_BENCH_ORDERS sets N, default 1000).
/// </summary>
[Explicit("Benchmark: prints a figure, run on demand")]
[Category("Benchmark")]
public class ImportBenchmark : PluginTestBase
{
    public sealed record Result(int Orders, int Created, TimeSpan Elapsed)
    {
        public double OrdersPerSecond => Orders / Elapsed.TotalSeconds;

        public override string ToString() =>
            FormattableString.Invariant($"{Orders} orders mapped and persisted ({Created} created) in {Elapsed.TotalSeconds:0.0} s: {OrdersPerSecond:0.0} orders/s on nopCommerce + SQLite in memory");
    }

    [Test]
    public async Task MapAndPersist_Throughput()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("AMAZON_BENCH_ORDERS"), out var n) && n > 0 ? n : 1000;

        var result = await MeasureAsync(StartHost, count, seed: 901);

        TestContext.Out.WriteLine(result.ToString());
        Console.WriteLine($"BENCHMARK {result}");
        Assert.That(result.Created, Is.EqualTo(result.Orders), "every order became a store order");
    }

    /// <summary>The measurement, for any caller with a way to start the plugin host (the test above, or a tool).</summary>
    public static async Task<Result> MeasureAsync(Func<Action<IServiceCollection>, PluginHost> startHost, int orders, int seed)
    {
        var options = new EmulatorOptions
        {
            Seed = seed,
            OrderCount = orders,
            SellerId = $"A{seed}BENCH",
            Mix = new OrderMixOptions { Fba = 0, PendingFirst = 0, AmazonCancelled = 0, BuyerCancelRequested = 0, AlreadyShipped = 0, Returned = 0 }
        };
        var store = await EmulatorStore.CreateAsync(startHost, options);

        var snapshots = new List<AmazonOrderSnapshot>();
        using (var scope = store.Host.CreateScope())
        {
            var source = scope.ServiceProvider.GetRequiredService<IAmazonOrderSource>();
            var now = store.Emulator.Time.GetUtcNow().UtcDateTime;
            await foreach (var snapshot in source.GetUpdatedOrdersFromReportAsync(store.Account, options.MarketplaceIds[0], now.AddDays(-7), now.AddMinutes(-2), OrderReportProgress.None(), CancellationToken.None))
                snapshots.Add(snapshot);
        }

        var created = 0;
        var watch = Stopwatch.StartNew();
        foreach (var chunk in snapshots.Chunk(100))
        {
            using var scope = store.Host.CreateScope();
            var importer = scope.ServiceProvider.GetRequiredService<AmazonOrderImporter>();
            foreach (var snapshot in chunk)
            {
                if (await importer.ImportAsync(store.Account, snapshot) == OrderImportOutcome.Created)
                    created++;
            }
        }
        watch.Stop();

        return new Result(snapshots.Count, created, watch.Elapsed);
    }
}
