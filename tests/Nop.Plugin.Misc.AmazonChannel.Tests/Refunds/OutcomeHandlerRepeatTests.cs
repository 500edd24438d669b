using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;
using static Nop.Plugin.Misc.AmazonChannel.Tests.Refunds.OutcomeCrashTests;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

/// <summary>
/// Each handler's OnAcceptedAsync / OnRejectedAsync called again for an outcome it already handled: as stored (handled
/// recorded) it does nothing at all; with the handled record lost (the store side done, the record not written) its
/// store side changes nothing: no second note, refund, ledger count, stock return, item quantity or sync error.
/// </summary>
public class OutcomeHandlerRepeatTests
{
    [TestCase(Outcome.RefundAccepted)]
    [TestCase(Outcome.RefundRejected)]
    [TestCase(Outcome.CancellationAccepted)]
    [TestCase(Outcome.CancellationRejected)]
    [TestCase(Outcome.PartialCancellationAccepted)]
    public async Task CalledAgain_ChangesNothingInTheStore(Outcome outcome)
    {
        using var harness = outcome == Outcome.PartialCancellationAccepted
            ? await RefundFlowHarness.CreateAsync(orders: 12, seed: 73, configure: o => (o.Mix.MultiItem, o.Mix.MultiQuantity) = (1, 1))
            : await RefundFlowHarness.CreateAsync(orders: 12, seed: 73);
        var (link, requestId) = await RecordForRepeatAsync(harness, outcome);
        await harness.SendAndReadAsync();
        var request = await harness.RequestAsync(requestId);
        Assert.That(request.HandledOnUtc, Is.Not.Null);
        IOutboundRequestHandler handler = request.Kind == AmazonOutboundRequestKind.Refund ? harness.Resolve<RefundHandler>() : harness.Resolve<CancellationHandler>();
        var before = await SnapshotAsync(harness, link, requestId);

        await CallAsync(handler, request);
        await CallAsync(handler, await harness.RequestAsync(requestId));
        Assert.That(await SnapshotAsync(harness, link, requestId), Is.EqualTo(before), "handled: nothing at all, not even the event");

        var lost = await harness.RequestAsync(requestId);
        lost.HandledOnUtc = null;
        await CallAsync(handler, lost);
        var after = await SnapshotAsync(harness, link, requestId);
        Assert.That(after with { Events = before.Events }, Is.EqualTo(before), "the store side of a repeat");
        Assert.That((await harness.RequestAsync(requestId)).HandledOnUtc, Is.Not.Null);
    }

    [Test]
    public async Task ShipmentConfirmation_CalledAgain_AddsNoSecondNoteErrorOrEvent()
    {
        using var harness = new ShipHarness(ShipHarness.Options(51, 12));
        await harness.ImportAsync();
        var order = harness.StoreOrders[0];
        await harness.SentAsync(harness.ShipAll(order, ShipHarness.Tracking(1)));
        await harness.RunUntilSettledAsync();
        var request = (await harness.RequestsAsync()).Single();
        var handler = harness.Outbox.Resolve<IEnumerable<IOutboundRequestHandler>>().Single(h => h.Kind == AmazonOutboundRequestKind.ShipmentConfirmation);
        var store = harness.Outbox.Import.Store;
        Assert.That(request.HandledOnUtc, Is.Not.Null);

        await handler.OnAcceptedAsync(request);
        Assert.That(store.PublishedEvents.OfType<ShipmentConfirmationAcceptedEvent>().Count(), Is.EqualTo(1), "handled: no second event");
        request.HandledOnUtc = null;
        await handler.OnAcceptedAsync(request);
        Assert.That(store.NotesOf(order).Count(n => n.Contains("Amazon confirmed the shipment of package", StringComparison.Ordinal)), Is.EqualTo(1));

        // The same request as if Amazon had rejected it: the sync error stays one open row, the event goes once.
        request.State = AmazonOutboundRequestState.Rejected;
        request.HandledOnUtc = null;
        await handler.OnRejectedAsync(request);
        await handler.OnRejectedAsync(request);
        Assert.That((await harness.Outbox.OpenErrorsAsync()).Count(e => e.Code == Services.Fulfillment.FulfillmentErrorCodes.Rejected.Value), Is.EqualTo(1));
        Assert.That(store.PublishedEvents.OfType<ShipmentConfirmationRejectedEvent>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task QueueRejection_InterruptedAfterTheStateWasStored_IsFinishedOnceByTheNextOutboxRun()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 12, seed: 73);
        harness.Settings.QueueRefundsAndCancellations = true;
        var link = await harness.ShippedAsync();
        var request = await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.CustomerReturn,
            [new RefundLine(harness.Amazon(link).Items[0].OrderItemId, AmazonRefundComponent.Principal, 1m)]));
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.AwaitingApproval));

        // Crash at the first write after the Cancelled state: the ledger release.
        harness.Outbox.Crash.Reset();
        harness.Outbox.Crash.OnStep = step =>
        {
            if (step == "update AmazonRefundLedgerEntry")
                harness.Outbox.Crash.CrashAt = harness.Outbox.Crash.Steps;
        };
        Assert.ThrowsAsync<Orders.SimulatedCrashException>(() => harness.Resolve<RefundQueueService>().RejectAsync([request.Id], 7, "admin@store", "Duplicate"));
        harness.Outbox.Crash.OnStep = null;
        Assert.That((await harness.RequestAsync(request.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Cancelled));
        Assert.That((await harness.Resolve<RefundLedger>().GetRequestEntriesAsync(request.Id)).Select(e => e.Status), Has.None.EqualTo(AmazonRefundLedgerEntryStatus.Released));

        harness.Emulator.Time.Advance(OutboxPolicy.UnhandledGrace);
        await harness.Outbox.RunOutboxAsync();
        await harness.Outbox.RunOutboxAsync();

        Assert.That((await harness.Resolve<RefundLedger>().GetRequestEntriesAsync(request.Id)).Select(e => e.Status), Is.All.EqualTo(AmazonRefundLedgerEntryStatus.Released));
        Assert.That(harness.Notes(link).Count(n => n == $"Refund request #{request.Id} was rejected in the queue by admin@store: Duplicate"), Is.EqualTo(1));
        Assert.That((await harness.RequestAsync(request.Id)).HandledOnUtc, Is.Not.Null);
        Assert.That(harness.Amazon(link).Refunds, Is.Empty, "never sent");
    }

    private sealed record Snapshot(string Notes, int Events, string Ledger, decimal Refunded, string OrderStatus, int InventoryMoves, string ItemsCancelled, int OpenErrors);

    private static async Task<Snapshot> SnapshotAsync(RefundFlowHarness harness, AmazonOrderLink link, int requestId)
    {
        var store = harness.Outbox.Import.Store;
        var order = harness.StoreOrder(link);
        var events = store.PublishedEvents.Count(e => e switch
        {
            AmazonRefundAcceptedEvent a => a.Request.Id == requestId,
            AmazonRefundRejectedEvent r => r.Request.Id == requestId,
            AmazonCancellationAcceptedEvent a => a.Request.Id == requestId,
            AmazonCancellationRejectedEvent r => r.Request.Id == requestId,
            _ => false
        });
        var ledger = await harness.Resolve<RefundLedger>().GetRequestEntriesAsync(requestId);
        var items = await harness.Outbox.Import.ItemLinksAsync(link.Id);
        return new Snapshot(string.Join("|", harness.Notes(link)), events, string.Join(",", ledger.Select(e => $"{e.Id}:{e.Status}")), order.RefundedAmount,
            order.OrderStatus.ToString(), store.InventoryMoves.Count, string.Join(",", items.Select(i => i.QuantityCancelled)), (await harness.Outbox.OpenErrorsAsync()).Count);
    }

    private static Task CallAsync(IOutboundRequestHandler handler, AmazonOutboundRequest request) =>
        request.State == AmazonOutboundRequestState.Accepted ? handler.OnAcceptedAsync(request) : handler.OnRejectedAsync(request);
}
