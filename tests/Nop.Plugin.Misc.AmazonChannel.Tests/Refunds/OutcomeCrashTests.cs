using AmazonSpApi.Emulator;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

/// <summary>
/// Amazon's answer to a refund or cancellation is stored before the store's side of it (refunds and cancellations cannot
/// be checked with Amazon, so they must not be sent again). A crash at every persisted step of the run that reads the
/// answer (the state write, then each write of the handler: ledger, store order, item links, notes, error, the handled
/// record), then the next outbox run: the store's side happens exactly once.
/// </summary>
public class OutcomeCrashTests
{
    public enum Outcome
    {
        RefundAccepted,
        RefundRejected,
        CancellationAccepted,
        CancellationRejected,

        /// <summary>One unit of each of two lines (the order keeps more): two item writes, so a crash can come between them.</summary>
        PartialCancellationAccepted
    }

    private sealed record Scenario(AmazonOrderLink Link, int RequestId, int InventoryMovesBefore);

    [TestCase(Outcome.RefundAccepted)]
    [TestCase(Outcome.RefundRejected)]
    [TestCase(Outcome.CancellationAccepted)]
    [TestCase(Outcome.CancellationRejected)]
    [TestCase(Outcome.PartialCancellationAccepted)]
    public async Task CrashAtEveryStepOfTheAnswer_TheNextOutboxRunDoesTheStoresSideOnce(Outcome outcome)
    {
        var crashedAt = new List<string>();
        for (var step = 1; step < 60; step++)
        {
            using var harness = outcome == Outcome.PartialCancellationAccepted
                ? await RefundFlowHarness.CreateAsync(orders: 12, seed: 73, configure: o => (o.Mix.MultiItem, o.Mix.MultiQuantity) = (1, 1))
                : await RefundFlowHarness.CreateAsync(orders: 12, seed: 73);
            var scenario = await RecordAsync(harness, outcome);
            await harness.Outbox.RunOutboxAsync();
            harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));

            harness.Outbox.Crash.Reset();
            harness.Outbox.Crash.CrashAt = step;
            try
            {
                await harness.Outbox.RunOutboxAsync();
            }
            catch (SimulatedCrashException)
            {
            }

            var crashed = harness.Outbox.Crash.CrashAt is null;
            var label = crashed ? $"{outcome}, crash at step {step} ({harness.Outbox.Crash.Log[step - 1]})" : $"{outcome}, no crash";
            if (crashed)
                crashedAt.Add(harness.Outbox.Crash.Log[step - 1]);

            // The next outbox run, after the sweep's grace period.
            harness.Emulator.Time.Advance(OutboxPolicy.UnhandledGrace + TimeSpan.FromMinutes(1));
            await harness.Outbox.RunOutboxAsync();

            await AssertDoneOnceAsync(harness, outcome, scenario, label);
            if (!crashed)
                break;
        }

        TestContext.Out.WriteLine(string.Join(Environment.NewLine, crashedAt.Select((s, i) => $"{i + 1}: {s}")));
        Assert.That(crashedAt, Does.Contain("update AmazonOutboundRequest"), "the crash plan reached the stored answer and the handled record");
        Assert.That(crashedAt, Does.Contain("insert OrderNote"), "the crash plan reached the handler");
        if (outcome == Outcome.RefundAccepted)
            Assert.That(crashedAt, Does.Contain("update Order").And.Contain("update AmazonRefundLedgerEntry"));
        if (outcome == Outcome.CancellationAccepted)
            Assert.That(crashedAt, Does.Contain("cancel Order").And.Contain("update AmazonOrderItemLink"));
        if (outcome == Outcome.PartialCancellationAccepted)
            Assert.That(crashedAt.Count(s => s == "update AmazonOrderItemLink"), Is.EqualTo(2), "a crash between the two item writes");
    }

    [Test]
    public async Task AnswerWithoutItsHandledRecord_IsLeftAloneDuringTheGracePeriod_ThenFinished()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 12, seed: 73);
        var scenario = await RecordAsync(harness, Outcome.RefundAccepted);
        await harness.SendAndReadAsync();
        var request = await harness.RequestAsync(scenario.RequestId);
        request.HandledOnUtc = null;
        await harness.Resolve<OutboxStore>().UpdateAsync(request);

        Assert.That(await Sweep(harness).RunAsync(harness.Outbox.Account), Is.Zero, "completed moments ago: a transition may still be running");
        harness.Emulator.Time.Advance(OutboxPolicy.UnhandledGrace);
        Assert.That(await Sweep(harness).RunAsync(harness.Outbox.Account), Is.EqualTo(1));
        Assert.That(await Sweep(harness).RunAsync(harness.Outbox.Account), Is.Zero, "recorded as handled");
        Assert.That(harness.Outbox.Import.Store.PublishedEvents.OfType<AmazonRefundAcceptedEvent>().Count(e => e.Request.Id == scenario.RequestId), Is.EqualTo(2),
            "the handled record was lost, so the event goes again: the one case an event repeats");
        Assert.That(harness.Notes(scenario.Link).Count(n => n.StartsWith($"Amazon confirmed refund request #{scenario.RequestId}", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That((await harness.RequestAsync(scenario.RequestId)).HandledOnUtc, Is.Not.Null);
    }

    [Test]
    public async Task AnswerOlderThanTheLookBack_IsNotSwept()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 12, seed: 73);
        var scenario = await RecordAsync(harness, Outcome.RefundAccepted);
        await harness.SendAndReadAsync();
        var request = await harness.RequestAsync(scenario.RequestId);
        request.HandledOnUtc = null;
        await harness.Resolve<OutboxStore>().UpdateAsync(request);

        harness.Emulator.Time.Advance(OutboxPolicy.UnhandledLookBack + TimeSpan.FromMinutes(1));

        Assert.That(await Sweep(harness).RunAsync(harness.Outbox.Account), Is.Zero);
    }

    internal static async Task<(AmazonOrderLink Link, int RequestId)> RecordForRepeatAsync(RefundFlowHarness harness, Outcome outcome)
    {
        var scenario = await RecordAsync(harness, outcome);
        return (scenario.Link, scenario.RequestId);
    }

    private static HashSet<string> PayloadLines(AmazonOutboundRequest request) =>
        System.Text.Json.JsonDocument.Parse(request.Payload).RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amazonOrderItemId").GetString()!).ToHashSet();

    private static CompletedRequestSweep Sweep(RefundFlowHarness harness) => harness.Resolve<IEnumerable<IOutboxSweep>>().OfType<CompletedRequestSweep>().Single();

    private static async Task<Scenario> RecordAsync(RefundFlowHarness harness, Outcome outcome)
    {
        var moves = harness.Outbox.Import.Store.InventoryMoves.Count;
        switch (outcome)
        {
            case Outcome.RefundAccepted:
            case Outcome.RefundRejected:
            {
                var link = await harness.ShippedAsync();
                var item = harness.Amazon(link).Items[0];
                // Amazon refuses a refund above what was charged (18035); the plugin lets it through only with over-refunds allowed.
                harness.Settings.AllowOverRefund = outcome == Outcome.RefundRejected;
                var amount = outcome == Outcome.RefundRejected ? item.Principal + 10m : 1m;
                var request = await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.CustomerReturn,
                    [new RefundLine(item.OrderItemId, AmazonRefundComponent.Principal, amount)]));
                return new Scenario(link, request.Id, moves);
            }
            case Outcome.PartialCancellationAccepted:
            {
                var link = await harness.LinkAsync(o => o.Status == FulfillmentStatuses.Unshipped && !o.BuyerCancelRequested && o.Items.Count >= 2 && o.Items.Sum(i => i.QuantityOrdered) > 2);
                var lines = harness.Amazon(link).Items.Take(2).Select(i => (i.OrderItemId, 1)).ToList();
                var request = await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, lines));
                return new Scenario(link, request!.Id, moves);
            }
            default:
            {
                var link = await harness.UnshippedAsync();
                var request = await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory));
                if (outcome == Outcome.CancellationRejected)
                    harness.Emulator.CancelOrderByAmazon(link.AmazonOrderId);
                return new Scenario(link, request!.Id, moves);
            }
        }
    }

    private static async Task AssertDoneOnceAsync(RefundFlowHarness harness, Outcome outcome, Scenario scenario, string label)
    {
        var request = await harness.RequestAsync(scenario.RequestId);
        var accepted = outcome is Outcome.RefundAccepted or Outcome.CancellationAccepted or Outcome.PartialCancellationAccepted;
        var refund = outcome is Outcome.RefundAccepted or Outcome.RefundRejected;
        var notePrefix = $"Amazon {(accepted ? "confirmed" : "rejected")} {(refund ? "refund" : "cancellation")} request #{request.Id}";
        var events = harness.Outbox.Import.Store.PublishedEvents.Count(e => e switch
        {
            AmazonRefundAcceptedEvent a => a.Request.Id == request.Id,
            AmazonRefundRejectedEvent r => r.Request.Id == request.Id,
            AmazonCancellationAcceptedEvent a => a.Request.Id == request.Id,
            AmazonCancellationRejectedEvent r => r.Request.Id == request.Id,
            _ => false
        });
        var order = harness.StoreOrder(scenario.Link);
        var ledger = await harness.Resolve<RefundLedger>().GetRequestEntriesAsync(request.Id);
        var openErrors = (await harness.Outbox.OpenErrorsAsync()).Count(e => e.Code == RefundErrorCodes.RefundRejectedByAmazon.Value || e.Code == RefundErrorCodes.CancelRejectedByAmazon.Value);
        var items = await harness.Outbox.Import.ItemLinksAsync(scenario.Link.Id);

        Assert.Multiple(() =>
        {
            Assert.That(request.State, Is.EqualTo(accepted ? AmazonOutboundRequestState.Accepted : AmazonOutboundRequestState.Rejected), label);
            Assert.That(request.HandledOnUtc, Is.Not.Null, $"{label}: handled recorded");
            Assert.That(harness.Notes(scenario.Link).Count(n => n.StartsWith(notePrefix, StringComparison.Ordinal)), Is.EqualTo(1), $"{label}: the order note lost or added twice");
            Assert.That(events, Is.EqualTo(1), $"{label}: the event lost or published twice");
            Assert.That(openErrors, Is.EqualTo(accepted ? 0 : 1), $"{label}: the rejection's sync error");
            if (refund)
            {
                Assert.That(harness.Amazon(scenario.Link).Refunds, Has.Count.EqualTo(accepted ? 1 : 0), $"{label}: sent once");
                Assert.That(ledger.Select(e => e.Status), Is.All.EqualTo(accepted ? AmazonRefundLedgerEntryStatus.Confirmed : AmazonRefundLedgerEntryStatus.Released), $"{label}: ledger");
                var rate = order.CurrencyRate > 0 ? order.CurrencyRate : 1m;
                Assert.That(order.RefundedAmount, Is.EqualTo(accepted ? Math.Round(1m / rate, 2, MidpointRounding.AwayFromZero) : 0m), $"{label}: refunded amount");
            }
            else if (outcome == Outcome.PartialCancellationAccepted)
            {
                var cancelled = PayloadLines(request);
                Assert.That(order.OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled), label);
                Assert.That(items.Select(i => i.QuantityCancelled), Is.EqualTo(items.Select(i => cancelled.Contains(i.AmazonOrderItemId) ? 1 : 0)), $"{label}: each line cancelled once");
                Assert.That(harness.Outbox.Import.Store.InventoryMoves.Count, Is.EqualTo(scenario.InventoryMovesBefore), $"{label}: no stock moves");
            }
            else
            {
                Assert.That(order.OrderStatus, accepted ? Is.EqualTo(OrderStatus.Cancelled) : Is.Not.EqualTo(OrderStatus.Cancelled), label);
                Assert.That(items.Select(i => i.QuantityCancelled), Is.EqualTo(accepted ? items.Select(i => i.QuantityOrdered) : items.Select(_ => 0)), $"{label}: item quantities cancelled once");
                var stockMoves = harness.Outbox.Import.Store.InventoryMoves.Count - scenario.InventoryMovesBefore;
                var lines = harness.Outbox.Import.Store.ItemsOf(order).Count;
                Assert.That(stockMoves, accepted ? Is.EqualTo(0).Or.EqualTo(lines) : Is.EqualTo(0), $"{label}: stock returned at most once per line");
            }
        });
    }
}
