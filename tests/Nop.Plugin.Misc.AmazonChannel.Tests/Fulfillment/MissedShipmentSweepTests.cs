using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>
/// nopCommerce saves a shipment before it publishes ShipmentSentEvent: a process that dies in between (or an event
/// consumer that fails, which nopCommerce swallows) must not lose the confirmation. The outbox task's sweep finds it.
/// </summary>
public class MissedShipmentSweepTests
{
    [Test]
    public async Task ShippedShipmentWhoseEventWasLost_IsRecordedAndConfirmed_ByTheNextOutboxRun()
    {
        using var harness = new ShipHarness(ShipHarness.Options(61, 12));
        await harness.ImportAsync();
        var order = harness.StoreOrders[0];
        harness.ShipAll(order, ShipHarness.Tracking(1)); // saved and marked shipped, but the event never ran

        Assert.That(await harness.RequestsAsync(), Is.Empty);
        await harness.RunUntilSettledAsync();

        var request = (await harness.RequestsAsync()).Single();
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.AmazonOrder(order).Packages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ShipmentsTheEventRecorded_AreNotRecordedAgain()
    {
        using var harness = new ShipHarness(ShipHarness.Options(62, 12));
        await harness.ImportAsync();
        var first = harness.StoreOrders[0];
        var second = harness.StoreOrders[1];
        await harness.SentAsync(harness.ShipAll(first, ShipHarness.Tracking(1)));
        harness.ShipAll(second, ShipHarness.Tracking(2)); // lost event

        await harness.RunUntilSettledAsync();
        await harness.RunUntilSettledAsync();

        var requests = await harness.RequestsAsync();
        Assert.That(requests, Has.Count.EqualTo(2));
        Assert.That(requests.Select(r => r.IdempotencyKey).Distinct().Count(), Is.EqualTo(2));
        Assert.That(requests.All(r => r.State == AmazonOutboundRequestState.Accepted), Is.True);
        Assert.That(harness.AmazonOrder(first).Packages, Has.Count.EqualTo(1));
        Assert.That(harness.AmazonOrder(second).Packages, Has.Count.EqualTo(1));
        Assert.That(harness.Outbox.Calls("confirmShipment"), Is.EqualTo(2), "each package sent once");
    }
}
