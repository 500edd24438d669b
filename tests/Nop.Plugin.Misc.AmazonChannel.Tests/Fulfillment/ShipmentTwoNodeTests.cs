using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Tests.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>
/// Two web nodes run the outbox task at the same moment. With nopCommerce's locker shared (a distributed lock) no
/// record is sent twice; the same race with a lock per node sends records twice, so the lock is what prevents it.
/// The race is made certain: node A's first confirmShipment waits at a gate until node B's run has finished.
/// </summary>
public class ShipmentTwoNodeTests
{
    private const int Orders = 6;

    /// <summary>Holds the first send of the whole test until released; counts every send per request.</summary>
    public sealed class SendGate
    {
        private int _calls;

        public TaskCompletionSource FirstArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<int> SentRequestIds { get; } = [];

        public async Task PassAsync(int requestId)
        {
            lock (SentRequestIds)
                SentRequestIds.Add(requestId);
            if (Interlocked.Increment(ref _calls) != 1)
                return;
            FirstArrived.SetResult();
            await Release.Task;
        }

        public int Duplicates => SentRequestIds.Count - SentRequestIds.Distinct().Count();
    }

    /// <summary>The plugin's shipment handler with the gate before each confirmShipment.</summary>
    public sealed class GatedHandler(ShipmentConfirmationHandler inner, SendGate gate) : IOutboundRequestHandler
    {
        public AmazonOutboundRequestKind Kind => inner.Kind;
        public string FeedType => inner.FeedType;
        public string FeedMessageType => inner.FeedMessageType;
        public bool CanVerify => inner.CanVerify;
        public Task<bool> SendsDirectlyAsync(AmazonAccount account, AmazonOutboundRequest request, int dueCount) => inner.SendsDirectlyAsync(account, request, dueCount);

        public async Task SendDirectAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken)
        {
            await gate.PassAsync(request.Id);
            await inner.SendDirectAsync(account, client, request, cancellationToken);
        }

        public XElement BuildFeedMessage(AmazonOutboundRequest request) => inner.BuildFeedMessage(request);
        public Task<OutboundVerification> VerifyAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken) => inner.VerifyAsync(account, client, request, cancellationToken);
        public Task OnSentAsync(AmazonOutboundRequest request) => inner.OnSentAsync(request);
        public Task OnAcceptedAsync(AmazonOutboundRequest request) => inner.OnAcceptedAsync(request);
        public Task OnRejectedAsync(AmazonOutboundRequest request) => inner.OnRejectedAsync(request);
        public Task<OutboundBlock?> PrepareRetryAsync(AmazonOutboundRequest request) => inner.PrepareRetryAsync(request);
    }

    private sealed record RaceResult(int ConfirmShipmentCalls, int Duplicates, int LockSkips, int PackagesTooMany, bool AllAccepted);

    private static async Task<RaceResult> RaceAsync(bool sharedLock)
    {
        var gate = new SendGate();
        using var harness = new ShipHarness(ShipHarness.Options(71, 12), services =>
        {
            services.AddSingleton(gate);
            services.RemoveAll<IOutboundRequestHandler>();
            services.AddScoped<ShipmentConfirmationHandler>();
            services.AddScoped<IOutboundRequestHandler, GatedHandler>();
        });
        await harness.ImportAsync();
        var orders = harness.StoreOrders.Take(Orders).ToList();
        for (var i = 0; i < orders.Count; i++)
            await harness.SentAsync(harness.ShipAll(orders[i], ShipHarness.Tracking(i)));

        var time = harness.Emulator.Time;
        var shared = new ExpiringLocker(time);
        var lockerA = sharedLock ? shared : new ExpiringLocker(time);
        var lockerB = sharedLock ? shared : new ExpiringLocker(time);
        var nodeA = new OutboxTask(harness.Outbox.Resolve<OutboxProcessor>(lockerA));
        var nodeB = new OutboxTask(harness.Outbox.Resolve<OutboxProcessor>(lockerB));

        var runA = Task.Run(nodeA.ExecuteAsync);
        await gate.FirstArrived.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.Run(nodeB.ExecuteAsync).WaitAsync(TimeSpan.FromSeconds(60));
        gate.Release.SetResult();
        await runA.WaitAsync(TimeSpan.FromSeconds(60));

        await harness.RunUntilSettledAsync(locker: lockerA);

        var tooMany = orders.Count(o => harness.AmazonOrder(o).Packages.Count != 1);
        var allAccepted = (await harness.RequestsAsync()).All(r => r.State == AmazonOutboundRequestState.Accepted);
        return new RaceResult(harness.Outbox.Calls("confirmShipment"), gate.Duplicates, lockerA.Skipped + (sharedLock ? 0 : lockerB.Skipped), tooMany, allAccepted);
    }

    [Test]
    public async Task TwoNodesSharingNopCommercesLocker_NeverSendTheSameRecordTwice()
    {
        var result = await RaceAsync(sharedLock: true);

        Assert.That(result.LockSkips, Is.GreaterThanOrEqualTo(1), "node B found the account's lock held and skipped");
        Assert.That(result.Duplicates, Is.Zero);
        Assert.That(result.ConfirmShipmentCalls, Is.EqualTo(Orders), "each record sent once");
        Assert.That(result.PackagesTooMany, Is.Zero);
        Assert.That(result.AllAccepted, Is.True);
    }

    [Test]
    public async Task TheSameRace_WithALockPerNode_SendsRecordsTwice_SoTheSharedLockIsWhatPreventsIt()
    {
        var result = await RaceAsync(sharedLock: false);

        Assert.That(result.LockSkips, Is.Zero, "neither node saw the other's lock");
        Assert.That(result.Duplicates, Is.GreaterThan(0), "without the shared lock both nodes sent the same records");
        Assert.That(result.ConfirmShipmentCalls, Is.GreaterThan(Orders));
    }

    [Test]
    public async Task ANodeThatDiedHoldingTheLock_BlocksTheAccountUntilTheLockExpires_ThenTheOtherNodeSends()
    {
        using var harness = new ShipHarness(ShipHarness.Options(72, 6));
        await harness.ImportAsync();
        var order = harness.StoreOrders[0];
        await harness.SentAsync(harness.ShipAll(order, ShipHarness.Tracking(1)));
        var locker = new ExpiringLocker(harness.Emulator.Time);
        locker.HoldAsIfDead(OutboxPolicy.LockResource(harness.Outbox.Account.Id), OutboxPolicy.RunLockTime);

        Assert.That(await harness.Outbox.RunOutboxAsync(locker), Is.False);
        harness.Emulator.Time.Advance(OutboxPolicy.RunLockTime - TimeSpan.FromMinutes(1));
        Assert.That(await harness.Outbox.RunOutboxAsync(locker), Is.False, "still held");
        Assert.That(harness.Outbox.Calls("confirmShipment"), Is.Zero);

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(2));
        await harness.RunUntilSettledAsync(locker: locker);

        Assert.That((await harness.RequestsAsync()).Single().State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.Outbox.Calls("confirmShipment"), Is.EqualTo(1));
    }
}
