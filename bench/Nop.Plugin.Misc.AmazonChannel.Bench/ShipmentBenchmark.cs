using System.Diagnostics;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>
/// Shipment confirmations (docs/performance.md): 1,000 shipments of 1,000 Amazon orders marked shipped at once, the
/// outbox task every emulated minute, immediate and feed mode, without and with faults, until Amazon confirmed all.
/// </summary>
internal static class ShipmentBenchmark
{
    public static async Task RunAllAsync(int orders, bool faultsOnly = false)
    {
        Console.WriteLine($"Shipment confirmation benchmark: {orders:N0} shipments of {orders:N0} Amazon orders, seed 91");
        var faults = new FaultOptions { Throttle429 = 0.2, ServerError5xx = 0.05, Timeout = 0.01, DroppedConfirmation = 0.05, FeedFatal = 0.2, FeedCancelled = 0.1 };
        if (!faultsOnly)
        {
            await RunAsync(orders, ShipmentSendMode.Immediate, null);
            await RunAsync(orders, ShipmentSendMode.Feed, null);
        }
        await RunAsync(orders, ShipmentSendMode.Immediate, faults);
        await RunAsync(orders, ShipmentSendMode.Feed, faults);
    }

    private static async Task RunAsync(int orders, ShipmentSendMode mode, FaultOptions? faults)
    {
        using var harness = new ShipHarness(ShipHarness.Options(91, orders));
        await harness.ImportAsync();
        harness.Settings.ShipmentSendMode = mode;
        var storeOrders = harness.StoreOrders.ToList();
        var callsBefore = harness.Emulator.Requests.Count;
        var markedShipped = harness.Emulator.Time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < storeOrders.Count; i++)
            await harness.SentAsync(harness.ShipAll(storeOrders[i], ShipHarness.Tracking(i)));
        if (faults is not null)
        {
            // Set on the emulator's own FaultOptions: its fault injector holds that instance.
            var f = harness.Emulator.Options.Faults;
            (f.Throttle429, f.ServerError5xx, f.Timeout, f.DroppedConfirmation, f.FeedFatal, f.FeedCancelled) =
                (faults.Throttle429, faults.ServerError5xx, faults.Timeout, faults.DroppedConfirmation, faults.FeedFatal, faults.FeedCancelled);
        }

        await harness.RunUntilSettledAsync(TimeSpan.FromHours(48));

        var requests = await harness.RequestsAsync();
        var all = harness.Emulator.Requests.Skip(callsBefore).Where(r => r.Operation is not ("lwaToken" or "downloadDocument" or "uploadDocument")).ToList();
        var answered = all.Count(r => r.StatusCode is >= 200 and < 300);
        var refused = all.Count(r => r.StatusCode == 429);
        var failed = all.Count(r => r.StatusCode is 0 or >= 500);
        var confirmedMinutes = requests.Where(r => r.CompletedOnUtc is not null && r.State == AmazonOutboundRequestState.Accepted)
            .Select(r => (new DateTimeOffset(r.CompletedOnUtc!.Value, TimeSpan.Zero) - markedShipped).TotalMinutes).OrderBy(m => m).ToList();
        var firstSent = all.Where(r => r.Operation == "confirmShipment" && r.StatusCode == 204).GroupBy(r => r.PathAndQuery)
            .Select(g => (g.Min(r => r.At) - markedShipped).TotalMinutes).OrderBy(m => m).ToList();
        var lost = storeOrders.Count(o => harness.AmazonOrder(o).Packages.Count == 0 || harness.AmazonOrder(o).Items.Any(i => i.QuantityShipped < i.QuantityOrdered));
        var duplicated = storeOrders.Count(o => harness.AmazonOrder(o).Packages.Count > 1 || harness.AmazonOrder(o).Items.Any(i => i.QuantityShipped > i.QuantityOrdered));

        Console.WriteLine();
        Console.WriteLine($"{mode} mode{(faults is null ? "" : " under faults (20% 429, 5% 5xx, 1% timeouts, 5% dropped confirmations, 20% FATAL and 10% CANCELLED feeds)")}");
        Console.WriteLine($"  shipments: {requests.Count:N0}; states: {string.Join(", ", requests.GroupBy(r => r.State).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine($"  SP-API calls (getFeed polls included; LWA and document up/downloads not): {all.Count:N0}, answered {answered:N0}, 429 {refused:N0}, 5xx/timeouts {failed:N0} "
            + $"({string.Join(", ", all.GroupBy(c => c.Operation).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))})");
        if (firstSent.Count > 0)
            Console.WriteLine($"  marked shipped -> confirmShipment 204: median {Median(firstSent):N1}, worst {firstSent[^1]:N1} emulated min");
        if (confirmedMinutes.Count > 0)
            Console.WriteLine($"  marked shipped -> confirmed by Amazon: median {Median(confirmedMinutes):N1}, worst {confirmedMinutes[^1]:N1} emulated min");
        Console.WriteLine($"  lost: {lost}, duplicated: {duplicated}; wall time {clock.Elapsed.TotalSeconds:N1} s");
    }

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];
}
