using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Outbox;

/// <summary>The generic outbox (record, claim, send directly or in one feed, read the processing report, verify, retry) with a minimal kind.</summary>
public class OutboxTests
{
    private TestShipmentHandler.Options _options = null!;

    [SetUp]
    public void NewOptions() => _options = new TestShipmentHandler.Options();

    private OutboxHarness NewHarness(int orders = 30, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Seed = 41, OrderCount = orders, Mix = new OrderMixOptions { Fba = 0, PendingFirst = 0, AmazonCancelled = 0, AlreadyShipped = 0, BuyerCancelRequested = 0, Returned = 0 } };
        configure?.Invoke(options);
        return new OutboxHarness(options, services =>
        {
            services.AddSingleton(_options);
            services.RemoveAll<IOutboundRequestHandler>();
            services.AddScoped<IOutboundRequestHandler, TestShipmentHandler>();
        });
    }

    private static IReadOnlyList<EmulatedOrder> Shippable(OutboxHarness harness) =>
        harness.Emulator.State.OrdersInCreationOrder.Where(o => o.Status == FulfillmentStatuses.Unshipped).ToList();

    private static async Task<AmazonOutboundRequest> RecordAsync(OutboxHarness harness, EmulatedOrder order, string packageReference = "1", int? quantity = null)
    {
        var item = order.Items[0];
        var payload = new TestShipmentHandler.Payload(order.MarketplaceId, packageReference, new() { [item.OrderItemId] = quantity ?? item.QuantityOrdered }, harness.Emulator.Time.GetUtcNow());
        var (request, _) = await harness.Resolve<OutboxStore>().RecordAsync(TestShipmentHandler.NewRequest(harness.Account, order.OrderId, payload));
        return request;
    }

    [Test]
    public async Task Record_SameIdempotencyKeyTwice_KeepsOneRow()
    {
        using var harness = NewHarness();
        var order = Shippable(harness)[0];
        var first = await RecordAsync(harness, order);
        var second = await RecordAsync(harness, order);

        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That(await harness.RequestsAsync(), Has.Count.EqualTo(1));
        Assert.That(first.State, Is.EqualTo(AmazonOutboundRequestState.Pending));
    }

    [Test]
    public async Task FeedMode_SendsOneFeedForManyRequests_AndAcceptsEachFromTheProcessingReport()
    {
        using var harness = NewHarness();
        var orders = Shippable(harness).Take(5).ToList();
        foreach (var order in orders)
            await RecordAsync(harness, order);

        await harness.RunOutboxAsync();
        var sent = await harness.RequestsAsync();
        Assert.That(sent.Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Submitted));
        Assert.That(sent.Select(r => r.FeedMessageId), Is.EquivalentTo(new int?[] { 1, 2, 3, 4, 5 }));
        Assert.That(sent.Select(r => r.BatchId).Distinct().Count(), Is.EqualTo(1));
        Assert.That(sent.Select(r => r.FeedId), Is.All.Not.Null);
        Assert.That(sent.Select(r => r.FeedDocumentId), Is.All.Not.Null);
        Assert.That(harness.Calls("createFeed"), Is.EqualTo(1));

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.RunOutboxAsync();

        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(orders.Select(o => harness.Emulator.State.Orders[o.OrderId].Packages.Count), Is.All.EqualTo(1));
        Assert.That(_options.Calls.Count(c => c.Event == "accepted"), Is.EqualTo(5));
        Assert.That((await harness.FeedsAsync()).Single().ProcessingStatus, Is.EqualTo("DONE"));
    }

    [Test]
    public async Task FeedMode_ReportErrors_AreMappedToTheirRequests_WithAmazonsCodeAndDescription()
    {
        using var harness = NewHarness();
        var orders = Shippable(harness).Take(3).ToList();
        await RecordAsync(harness, orders[0]);
        var tooMany = await RecordAsync(harness, orders[1], quantity: orders[1].Items[0].QuantityOrdered + 5);
        await RecordAsync(harness, orders[2]);

        await harness.RunOutboxAsync();
        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.RunOutboxAsync();

        var requests = await harness.RequestsAsync();
        var rejected = requests.Single(r => r.Id == tooMany.Id);
        Assert.That(rejected.State, Is.EqualTo(AmazonOutboundRequestState.Rejected));
        Assert.That(rejected.ResultCode, Is.EqualTo("18031"));
        Assert.That(rejected.ResultMessage, Does.Contain("exceeds the unshipped quantity"));
        Assert.That(requests.Where(r => r.Id != tooMany.Id).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(_options.Calls, Does.Contain(("rejected", tooMany.Id)));
    }

    [Test]
    public async Task FeedMode_SecondFeedOfTheType_WaitsTwentyMinutes()
    {
        using var harness = NewHarness();
        var orders = Shippable(harness).Take(2).ToList();
        await RecordAsync(harness, orders[0]);
        await harness.RunOutboxAsync();
        await RecordAsync(harness, orders[1]);

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(10));
        await harness.RunOutboxAsync();
        Assert.That(harness.Calls("createFeed"), Is.EqualTo(1), "a second feed within 20 minutes");

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(11));
        await harness.RunOutboxAsync();
        Assert.That(harness.Calls("createFeed"), Is.EqualTo(2));
    }

    [Test]
    public async Task FatalFeed_IsResentThenRejected_AndShownAsASyncError()
    {
        using var harness = NewHarness();
        _options.MessageType = "OrderAcknowledgement"; // wrong MessageType for the feed type: Amazon cannot use the envelope
        var order = Shippable(harness)[0];
        var request = await RecordAsync(harness, order);

        for (var cycle = 0; cycle < 8; cycle++)
        {
            await harness.RunOutboxAsync();
            harness.Emulator.Time.Advance(TimeSpan.FromMinutes(21));
        }

        var final = (await harness.RequestsAsync()).Single();
        Assert.That(final.State, Is.EqualTo(AmazonOutboundRequestState.Rejected));
        Assert.That(final.ResultCode, Is.EqualTo(OutboxErrorCodes.FeedFatal.Value));
        Assert.That(final.Attempts, Is.EqualTo(OutboxPolicy.MaxFatalAttempts));
        Assert.That(final.SendsWithoutEffect, Is.EqualTo(OutboxPolicy.MaxFatalAttempts));
        Assert.That((await harness.FeedsAsync()).Select(f => f.ProcessingStatus), Is.All.EqualTo("FATAL"));
        Assert.That((await harness.OpenErrorsAsync()).Select(e => e.Code), Does.Contain(OutboxErrorCodes.FeedFatal.Value));
        Assert.That(harness.Emulator.State.Orders[order.OrderId].Packages, Is.Empty);
        Assert.That(request.Id, Is.EqualTo(final.Id));
    }

    [Test]
    public async Task FeedStuckInQueue_IsReportedOnce_AndStillFollowed()
    {
        using var harness = NewHarness(configure: o => o.FeedProcessingDelay = TimeSpan.FromHours(5));
        await RecordAsync(harness, Shippable(harness)[0]);

        for (var cycle = 0; cycle < 6; cycle++)
        {
            await harness.RunOutboxAsync();
            harness.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
        }
        Assert.That((await harness.OpenErrorsAsync()).Count(e => e.Code == OutboxErrorCodes.FeedStuckInQueue.Value), Is.EqualTo(1));
        Assert.That((await harness.RequestsAsync()).Single().State, Is.EqualTo(AmazonOutboundRequestState.Submitted));

        harness.Emulator.Time.Advance(TimeSpan.FromHours(3));
        await harness.RunOutboxAsync();
        Assert.That((await harness.RequestsAsync()).Single().State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.Calls("createFeed"), Is.EqualTo(1));
    }

    [Test]
    public async Task DirectMode_SendsEachRequest_ThenVerifiesWithAGetOrder()
    {
        using var harness = NewHarness();
        _options.Direct = true;
        var orders = Shippable(harness).Take(3).ToList();
        foreach (var order in orders)
            await RecordAsync(harness, order);

        await harness.RunOutboxAsync();
        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.AwaitingVerification));
        Assert.That(harness.Calls("confirmShipment"), Is.EqualTo(3));

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(harness.Settings.OutboundVerificationDelayMinutes + 1));
        await harness.RunOutboxAsync();

        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.Calls("getOrder"), Is.EqualTo(3));
        Assert.That(_options.Calls.Count(c => c.Event == "sent"), Is.EqualTo(3));
    }

    [Test]
    public async Task DirectMode_AmazonRefusal_IsRejectedWithAmazonsError()
    {
        using var harness = NewHarness();
        _options.Direct = true;
        var order = Shippable(harness)[0];
        await RecordAsync(harness, order, quantity: order.Items[0].QuantityOrdered + 1);

        await harness.RunOutboxAsync();

        var request = (await harness.RequestsAsync()).Single();
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.Rejected));
        Assert.That(request.ResultCode, Is.EqualTo("InvalidInput"));
        Assert.That(request.ResultMessage, Does.Contain("unshipped"));
    }

    [Test]
    public async Task DirectMode_TransientFailures_AreRetriedWithBackoff_UntilSent()
    {
        using var harness = NewHarness(configure: o => o.Faults.Throttle429Storm = 40);
        _options.Direct = true;
        await RecordAsync(harness, Shippable(harness)[0]);

        await harness.RunUntilSettledAsync(TimeSpan.FromMinutes(2), TimeSpan.FromHours(12));

        var request = (await harness.RequestsAsync()).Single();
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(request.Attempts, Is.GreaterThan(1));
    }

    [Test]
    public async Task DirectMode_OnlySendsAmazonTookWithoutEffect_CountTowardsGivingUp_NotThrottledOnes()
    {
        using var harness = NewHarness(configure: o =>
        {
            o.Faults.Throttle429Storm = 40; // beyond the client's own retries: the outbox sees failed attempts
            o.Faults.StormOperations = ["confirmShipment"];
            o.Faults.DroppedConfirmation = 1.0;
        });
        _options.Direct = true;
        await RecordAsync(harness, Shippable(harness)[0]);

        await harness.RunUntilSettledAsync(TimeSpan.FromMinutes(2), TimeSpan.FromHours(12));

        var request = (await harness.RequestsAsync()).Single();
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.Rejected));
        Assert.That(request.ResultCode, Is.EqualTo(OutboxErrorCodes.NotVisibleOnAmazon.Value));
        Assert.That(harness.Calls("confirmShipment"), Is.EqualTo(OutboxPolicy.MaxSendsWithoutEffect), "three accepted sends, each dropped");
        Assert.That(request.SendsWithoutEffect, Is.EqualTo(OutboxPolicy.MaxSendsWithoutEffect));
        Assert.That(request.Attempts, Is.GreaterThan(OutboxPolicy.MaxSendsWithoutEffect), "the throttled attempts did not count");
    }

    [Test]
    public async Task Retry_PutsARejectedRequestBackToPending()
    {
        using var harness = NewHarness();
        _options.Direct = true;
        var order = Shippable(harness)[0];
        var request = await RecordAsync(harness, order, quantity: order.Items[0].QuantityOrdered + 1);
        await harness.RunOutboxAsync();

        var retried = await harness.Resolve<OutboxRetryService>().RetryAsync(request.Id);

        Assert.That(retried!.State, Is.EqualTo(AmazonOutboundRequestState.Pending));
        Assert.That(retried.Attempts, Is.Zero);
        Assert.That(await harness.Resolve<OutboxRetryService>().RetryAsync(request.Id), Is.Null, "a pending request is not retried again");
    }

    [Test]
    public async Task TwoNodesSharingTheLock_NeverSendTheSameRequest()
    {
        using var harness = NewHarness();
        _options.Direct = true;
        foreach (var order in Shippable(harness).Take(6))
            await RecordAsync(harness, order);

        var runs = Enumerable.Range(0, 4).Select(_ => Task.Run(() => harness.RunOutboxAsync(harness.Locker)));
        var results = await Task.WhenAll(runs);
        await harness.RunOutboxAsync();

        Assert.That(results, Does.Contain(true));
        Assert.That(harness.Calls("confirmShipment"), Is.EqualTo(6), "each request sent once");
    }
}
