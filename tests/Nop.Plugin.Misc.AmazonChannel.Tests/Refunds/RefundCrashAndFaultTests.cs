using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

/// <summary>Exactly once under crashes at every persisted step, two nodes and injected faults.</summary>
public class RefundCrashAndFaultTests
{
    private static async Task<(AmazonOrderLink Refunded, AmazonOrderLink Cancelled, int RefundId, int CancelId)> RecordBothAsync(RefundFlowHarness harness)
    {
        var refunded = await harness.ShippedAsync();
        var cancelled = await harness.UnshippedAsync();
        var refund = await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(refunded.Id, AmazonAdjustmentReason.CustomerReturn,
            [new RefundLine(harness.Amazon(refunded).Items[0].OrderItemId, AmazonRefundComponent.Principal, 1m)]));
        var cancel = await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(cancelled.Id, AmazonCancelReason.NoInventory));
        return (refunded, cancelled, refund.Id, cancel!.Id);
    }

    /// <summary>The outbox run (whose sweeps finish an answer a crash interrupted), then the queue task; 25 minutes apart.</summary>
    private static async Task CycleAsync(RefundFlowHarness harness)
    {
        try
        {
            await harness.Outbox.RunOutboxAsync();
        }
        catch (SimulatedCrashException)
        {
        }

        try
        {
            await ActivatorUtilities.CreateInstance<RefundQueueTask>(harness.Resolve<IServiceProvider>()).ExecuteAsync();
        }
        catch (SimulatedCrashException)
        {
        }

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(25));
    }

    [Test]
    public async Task CrashAtEveryPersistedStep_NothingIsLostOrSentTwice_AndTheStoreOrderFollowsAmazon()
    {
        var crashedAt = new List<string>();
        var (lost, duplicated) = (0, 0);
        for (var step = 1; step < 80; step++)
        {
            using var harness = await RefundFlowHarness.CreateAsync(orders: 12, seed: 73);
            var (refunded, cancelled, refundId, cancelId) = await RecordBothAsync(harness);
            harness.Outbox.Crash.Reset();
            harness.Outbox.Crash.CrashAt = step;

            for (var cycle = 0; cycle < 6; cycle++)
                await CycleAsync(harness);

            var crashed = harness.Outbox.Crash.CrashAt is null;
            TestContext.Out.WriteLine($"step {step}: {(crashed ? harness.Outbox.Crash.Log[step - 1] : "no crash")}");
            if (crashed)
                crashedAt.Add(harness.Outbox.Crash.Log[step - 1]);
            var refund = await harness.RequestAsync(refundId);
            var cancel = await harness.RequestAsync(cancelId);

            // The store's side of each accepted request: its order note and its event, each exactly once.
            var refundNotes = harness.Notes(refunded).Count(n => n.StartsWith($"Amazon confirmed refund request #{refundId}", StringComparison.Ordinal));
            var cancelNotes = harness.Notes(cancelled).Count(n => n.StartsWith($"Amazon confirmed cancellation request #{cancelId}", StringComparison.Ordinal));
            var refundEvents = harness.Outbox.Import.Store.PublishedEvents.OfType<AmazonRefundAcceptedEvent>().Count(e => e.Request.Id == refundId);
            var cancelEvents = harness.Outbox.Import.Store.PublishedEvents.OfType<AmazonCancellationAcceptedEvent>().Count(e => e.Request.Id == cancelId);
            foreach (var (count, expected) in new[] { (refundNotes, refund.State == AmazonOutboundRequestState.Accepted), (refundEvents, refund.State == AmazonOutboundRequestState.Accepted),
                         (cancelNotes, cancel.State == AmazonOutboundRequestState.Accepted), (cancelEvents, cancel.State == AmazonOutboundRequestState.Accepted) })
            {
                lost += expected && count == 0 ? 1 : 0;
                duplicated += count > 1 ? 1 : 0;
            }

            Assert.Multiple(() =>
            {
                Assert.That(harness.Amazon(refunded).Refunds, Has.Count.LessThanOrEqualTo(1), $"step {step}: refund sent twice");
                Assert.That(refund.State, Is.AnyOf(AmazonOutboundRequestState.Accepted, AmazonOutboundRequestState.Blocked), $"step {step}");
                if (refund.State == AmazonOutboundRequestState.Accepted)
                {
                    Assert.That(harness.Amazon(refunded).Refunds, Has.Count.EqualTo(1), $"step {step}");
                    Assert.That(harness.StoreOrder(refunded).RefundedAmount, Is.GreaterThan(0m), $"step {step}: accepted refund not in the store order");
                    Assert.That(refund.HandledOnUtc, Is.Not.Null, $"step {step}: the refund's store side not recorded as done");
                }
                else
                    Assert.That(refund.ResultCode, Is.EqualTo(OutboxErrorCodes.ResultUnknown.ToString()), $"step {step}: only an unknown outcome blocks");

                Assert.That(cancel.State, Is.AnyOf(AmazonOutboundRequestState.Accepted, AmazonOutboundRequestState.Blocked), $"step {step}");
                if (cancel.State == AmazonOutboundRequestState.Accepted)
                {
                    Assert.That(harness.StoreOrder(cancelled).OrderStatus, Is.EqualTo(OrderStatus.Cancelled), $"step {step}");
                    Assert.That(cancel.HandledOnUtc, Is.Not.Null, $"step {step}: the cancellation's store side not recorded as done");
                }
            });

            if (!crashed)
                break;
        }

        TestContext.Out.WriteLine($"crashed at {crashedAt.Count} steps; store side lost {lost}, duplicated {duplicated}");
        Assert.That(crashedAt, Has.Count.GreaterThan(10), "the crash plan reached the steps of sending and answering");
        Assert.That(crashedAt, Does.Contain("insert OrderNote").And.Contain("update AmazonRefundLedgerEntry").And.Contain("cancel Order"),
            "the crash plan reached the handlers' steps after the answer was stored");
        Assert.That((lost, duplicated), Is.EqualTo((0, 0)), "an order note or event lost or repeated");
    }

    [Test]
    public async Task TwoNodesWithoutASharedLock_AndTheQueueAtOnce_SendEachRequestOnce()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 40);
        harness.Settings.QueueRefundsAndCancellations = true;
        harness.Settings.QueueAutoSubmit = true;
        var requests = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var link = await harness.ShippedAsync(i);
            requests.Add((await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.GeneralAdjustment,
                [new RefundLine(harness.Amazon(link).Items[0].OrderItemId, AmazonRefundComponent.Principal, 0.5m)]))).Id);
        }

        await Task.WhenAll(
            Task.Run(() => harness.Outbox.Resolve<RefundQueueService>(new InMemoryLocker()).AutoSubmitAsync()),
            Task.Run(() => harness.Outbox.Resolve<OutboxProcessor>(new InMemoryLocker()).RunAccountAsync(harness.Outbox.Account)));
        await harness.Outbox.RunUntilSettledAsync(TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));

        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.Emulator.State.Refunds.Count(), Is.EqualTo(6), "each refund applied once");
    }

    [Test]
    public async Task UnderInjectedFaults_EveryRequestGetsAmazonsAnswer_Once()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 40);
        for (var i = 0; i < 5; i++)
        {
            var link = await harness.ShippedAsync(i);
            await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.GeneralAdjustment,
                [new RefundLine(harness.Amazon(link).Items[0].OrderItemId, AmazonRefundComponent.Principal, 0.5m)]));
        }

        harness.Emulator.Options.Faults.Throttle429 = 0.15;
        harness.Emulator.Options.Faults.ServerError5xx = 0.15;
        harness.Emulator.Options.Faults.Timeout = 0.05;
        await harness.Outbox.RunUntilSettledAsync(TimeSpan.FromMinutes(10), TimeSpan.FromHours(6));

        var stored = await harness.RequestsAsync();
        Assert.That(stored.Select(r => r.State), Is.All.AnyOf(AmazonOutboundRequestState.Accepted, AmazonOutboundRequestState.Blocked));
        Assert.That(harness.Emulator.State.Refunds.Count(), Is.EqualTo(stored.Count(r => r.State == AmazonOutboundRequestState.Accepted)));
    }
}
