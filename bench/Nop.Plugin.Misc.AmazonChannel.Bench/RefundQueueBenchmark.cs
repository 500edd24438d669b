using System.Diagnostics;
using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

/// <summary>
/// 1,000 refunds and 300 cancellations through the queue with auto-submit (docs/performance.md): the queue task every
/// 30 minutes, the outbox task every minute, in emulated time, until every request has Amazon's answer.
/// </summary>
internal static class RefundQueueBenchmark
{
    public static async Task RunAllAsync(int refunds, int cancellations)
    {
        Console.WriteLine($"Refund and cancellation queue benchmark: {refunds:N0} refunds + {cancellations:N0} cancellations, auto-submit, seed 81");
        await RunAsync(refunds, cancellations, batchSize: 15, faults: null);
        await RunAsync(refunds, cancellations, batchSize: 500, faults: null);
        await RunAsync(refunds, cancellations, batchSize: 15, faults: new FaultOptions { Throttle429 = 0.2, ServerError5xx = 0.05, Timeout = 0.01 });
    }

    private static async Task RunAsync(int refunds, int cancellations, int batchSize, FaultOptions? faults)
    {
        var orders = (int)((refunds + cancellations) * 1.25);
        using var harness = await RefundFlowHarness.CreateAsync(orders, seed: 81, shipped: (double)refunds / (refunds + cancellations));
        harness.Settings.QueueRefundsAndCancellations = true;
        harness.Settings.QueueAutoSubmit = true;
        harness.Settings.QueueBatchSize = batchSize;
        var links = await harness.LinksAsync();
        var shipped = links.Where(l => harness.Amazon(l).Status == FulfillmentStatuses.Shipped).Take(refunds).ToList();
        var open = links.Where(l => harness.Amazon(l).Status == FulfillmentStatuses.Unshipped && !harness.Amazon(l).BuyerCancelRequested).Take(cancellations).ToList();

        var clock = Stopwatch.StartNew();
        var callsBefore = harness.Emulator.Requests.Count;
        var start = harness.Emulator.Time.GetUtcNow();
        foreach (var link in shipped)
        {
            await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.CustomerReturn,
                [new RefundLine(harness.Amazon(link).Items[0].OrderItemId, AmazonRefundComponent.Principal, 0.5m)]));
        }

        foreach (var link in open)
            await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory));
        var requested = harness.Emulator.Time.GetUtcNow();
        if (faults is not null)
        {
            harness.Emulator.Options.Faults.Throttle429 = faults.Throttle429;
            harness.Emulator.Options.Faults.ServerError5xx = faults.ServerError5xx;
            harness.Emulator.Options.Faults.Timeout = faults.Timeout;
        }

        var minute = 0;
        while (minute < 48 * 60)
        {
            if (minute % 30 == 0)
                await ActivatorUtilities.CreateInstance<RefundQueueTask>(harness.Resolve<IServiceProvider>()).ExecuteAsync();
            await harness.Outbox.RunOutboxAsync();
            var states = (await harness.RequestsAsync()).Select(r => r.State).ToList();
            if (states.All(s => s is AmazonOutboundRequestState.Accepted or AmazonOutboundRequestState.Rejected or AmazonOutboundRequestState.Blocked))
                break;
            harness.Emulator.Time.Advance(TimeSpan.FromMinutes(1));
            minute++;
        }

        var requests = await harness.RequestsAsync();
        var feeds = (await harness.Outbox.FeedsAsync()).Count(f => f.FeedId is not null);
        var all = harness.Emulator.Requests.Skip(callsBefore).Where(r => r.Operation is not ("lwaToken" or "downloadDocument" or "uploadDocument")).ToList();
        var calls = all.Where(r => r.StatusCode is >= 200 and < 300).ToList();
        var failed = all.Count - calls.Count;
        var refundsOnAmazon = harness.Emulator.State.Refunds.Count();
        var acceptedRefunds = requests.Count(r => r.Kind == AmazonOutboundRequestKind.Refund && r.State == AmazonOutboundRequestState.Accepted);
        var cancelledOnAmazon = open.Count(l => harness.Amazon(l).Status == FulfillmentStatuses.Cancelled);
        var acceptedCancels = requests.Count(r => r.Kind == AmazonOutboundRequestKind.Cancellation && r.State == AmazonOutboundRequestState.Accepted);
        var maxBatch = requests.Where(r => r.BatchId is not null).GroupBy(r => r.BatchId).Max(g => g.Count());

        Console.WriteLine();
        Console.WriteLine($"Batch size {batchSize}{(faults is null ? "" : " under faults (20% 429, 5% 5xx, 1% timeouts)")}");
        Console.WriteLine($"  requests: {requests.Count:N0} ({shipped.Count:N0} refunds, {open.Count:N0} cancellations); states: {string.Join(", ", requests.GroupBy(r => r.State).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine($"  feeds created: {feeds}, largest batch: {maxBatch}");
        Console.WriteLine($"  SP-API calls answered: {calls.Count:N0}, failed (429/5xx/timeouts, retried): {failed:N0} ({string.Join(", ", calls.GroupBy(c => c.Operation).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))})");
        Console.WriteLine($"  emulated time: requests made in {(requested - start).TotalMinutes:N0} min (getOrder once per refunded order for the ledger); every answer {(harness.Emulator.Time.GetUtcNow() - requested).TotalMinutes:N0} min after");
        Console.WriteLine($"  Amazon holds {refundsOnAmazon} refunds for {acceptedRefunds} accepted refund requests, {cancelledOnAmazon} cancelled orders for {acceptedCancels} accepted cancellations (lost or duplicated: {Math.Abs(refundsOnAmazon - acceptedRefunds) + Math.Abs(cancelledOnAmazon - acceptedCancels)})");
        Console.WriteLine($"  wall clock: {clock.Elapsed.TotalSeconds:N1} s");
    }
}
