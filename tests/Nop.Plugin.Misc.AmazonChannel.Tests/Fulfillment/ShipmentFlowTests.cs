using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>Store shipments of Amazon orders reach Amazon exactly once (immediate mode unless said otherwise).</summary>
public class ShipmentFlowTests
{
    private static async Task<ShipHarness> ImportedAsync(int seed, int orders = 12, Action<AmazonSpApi.Emulator.EmulatorOptions>? configure = null)
    {
        var harness = new ShipHarness(ShipHarness.Options(seed, orders, configure));
        await harness.ImportAsync();
        Assert.That(harness.StoreOrders, Is.Not.Empty);
        return harness;
    }

    private static void AssertOnePackagePerShipment(ShipHarness harness, Order order, int expectedPackages = 1)
    {
        var amazon = harness.AmazonOrder(order);
        Assert.That(amazon.Packages, Has.Count.EqualTo(expectedPackages), order.CustomOrderNumber);
        Assert.That(amazon.Packages.Select(p => p.PackageReferenceId).Distinct().Count(), Is.EqualTo(expectedPackages));
    }

    [Test]
    public async Task ShipmentSent_IsRecordedNotSent_ThenTheTaskConfirmsAndVerifiesIt()
    {
        using var harness = await ImportedAsync(51);
        var order = harness.StoreOrders[0];
        var shipment = harness.ShipAll(order, ShipHarness.Tracking(1));

        await harness.SentAsync(shipment);
        Assert.That(harness.Outbox.Calls("confirmShipment"), Is.Zero, "the admin request never waits for Amazon");
        var recorded = (await harness.RequestsAsync()).Single();
        Assert.That(recorded.State, Is.EqualTo(AmazonOutboundRequestState.Pending));
        Assert.That(recorded.IdempotencyKey, Is.EqualTo(ShipmentConfirmationService.KeyFor(shipment.Id)));

        await harness.SentAsync(shipment);
        Assert.That(await harness.RequestsAsync(), Has.Count.EqualTo(1), "the same event twice records once");

        await harness.RunUntilSettledAsync();

        var request = (await harness.RequestsAsync()).Single();
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        AssertOnePackagePerShipment(harness, order);
        var package = harness.AmazonOrder(order).Packages[0];
        Assert.That(package.PackageReferenceId, Is.EqualTo(shipment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(package.Carrier, Is.EqualTo("UPS"));
        Assert.That(harness.AmazonOrder(order).Status, Is.EqualTo("SHIPPED"));
        Assert.That(harness.Outbox.Import.Store.NotesOf(order), Has.One.Contains("Amazon confirmed the shipment of package"));
        Assert.That(harness.Outbox.Import.Store.PublishedEvents.OfType<ShipmentConfirmationSentEvent>().Count(), Is.EqualTo(1));
        Assert.That(harness.Outbox.Import.Store.PublishedEvents.OfType<ShipmentConfirmationAcceptedEvent>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task PartialShipments_SeveralPackagesPerLine_AndOverShippingIsRefused()
    {
        using var harness = await ImportedAsync(52, 30);
        var order = harness.StoreOrders.First(o => harness.ItemsOf(o).Any(i => i.Quantity >= 2));
        var line = harness.ItemsOf(order).First(i => i.Quantity >= 2);

        var first = harness.Ship(order, ShipHarness.Tracking(1), (line.Id, 1));
        await harness.SentAsync(first);
        var second = harness.Ship(order, ShipHarness.Tracking(2), (line.Id, line.Quantity - 1));
        await harness.SentAsync(second);
        var third = harness.Ship(order, ShipHarness.Tracking(3), (line.Id, 1));
        await harness.SentAsync(third);

        var requests = await harness.RequestsAsync();
        Assert.That(requests[2].State, Is.EqualTo(AmazonOutboundRequestState.Blocked));
        Assert.That(requests[2].ResultCode, Is.EqualTo(FulfillmentErrorCodes.QuantityExceeded.Value));
        Assert.That((await harness.Outbox.OpenErrorsAsync()).Select(e => e.Code), Does.Contain(FulfillmentErrorCodes.QuantityExceeded.Value));

        await harness.RunUntilSettledAsync();

        var amazon = harness.AmazonOrder(order);
        AssertOnePackagePerShipment(harness, order, 2);
        Assert.That(amazon.Packages.SelectMany(p => p.Items).Sum(i => i.Quantity), Is.EqualTo(line.Quantity));
        Assert.That((await harness.RequestsAsync()).Take(2).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
    }

    [Test]
    public async Task BlockedOrders_AreRecordedWithTheirReason_AndNothingIsSent()
    {
        using var harness = await ImportedAsync(53, 20);
        var links = harness.Outbox.Import.Database.GetRepository<AmazonOrderLink>();
        var orders = harness.StoreOrders.Take(4).ToList();
        var setups = new (Action<AmazonOrderLink> Change, SyncErrorCode Code)[]
        {
            (l => l.IsOnHold = true, FulfillmentErrorCodes.OnHold),
            (l => l.AmazonOrderStatus = AmazonOrderStatus.Canceled, FulfillmentErrorCodes.CancelledOnAmazon),
            (l => l.FulfillmentChannel = AmazonFulfillmentChannel.Amazon, FulfillmentErrorCodes.FulfilledByAmazon),
            (l => l.AmazonOrderStatus = AmazonOrderStatus.Shipped, FulfillmentErrorCodes.AlreadyShippedOnAmazon)
        };
        for (var i = 0; i < setups.Length; i++)
        {
            var link = (await links.GetAllAsync(q => q.Where(l => l.OrderId == orders[i].Id))).Single();
            setups[i].Change(link);
            await links.UpdateAsync(link);
            await harness.SentAsync(harness.ShipAll(orders[i], ShipHarness.Tracking(i)));
        }

        await harness.RunUntilSettledAsync(TimeSpan.FromMinutes(10));

        var requests = await harness.RequestsAsync();
        Assert.That(requests.Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Blocked));
        Assert.That(requests.Select(r => r.ResultCode), Is.EqualTo(setups.Select(s => s.Code.Value)));
        Assert.That(requests.Select(r => r.ResultMessage), Is.All.Not.Empty);
        Assert.That(harness.Outbox.Calls("confirmShipment") + harness.Outbox.Calls("createFeed"), Is.Zero);
        Assert.That(await harness.Outbox.OpenErrorsAsync(), Is.Empty, "informational blocks are not errors");
    }

    [Test]
    public async Task RequiredTrackingNumber_BlocksUntilItIsSet_ThenALaterChangeUpdatesThePackage()
    {
        using var harness = await ImportedAsync(54);
        var order = harness.StoreOrders[0];
        var shipment = harness.ShipAll(order, null);
        await harness.SentAsync(shipment);
        Assert.That((await harness.RequestsAsync()).Single().ResultCode, Is.EqualTo(FulfillmentErrorCodes.TrackingNumberRequired.Value));

        shipment.TrackingNumber = ShipHarness.Tracking(7);
        await harness.TrackingSetAsync(shipment);
        await harness.RunUntilSettledAsync();
        Assert.That((await harness.RequestsAsync()).Single().State, Is.EqualTo(AmazonOutboundRequestState.Accepted));

        shipment.TrackingNumber = ShipHarness.Tracking(8);
        await harness.TrackingSetAsync(shipment);
        await harness.TrackingSetAsync(shipment);
        await harness.RunUntilSettledAsync();

        var requests = await harness.RequestsAsync();
        Assert.That(requests, Has.Count.EqualTo(2), "one update per tracking number");
        Assert.That(requests.Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        AssertOnePackagePerShipment(harness, order);
        Assert.That(harness.AmazonOrder(order).Packages[0].TrackingNumber, Is.EqualTo(ShipHarness.Tracking(8)));
    }

    [Test]
    public async Task UnmappedCarrier_IsASyncError_FixedByAMappingAndRetry()
    {
        using var harness = await ImportedAsync(55);
        var order = harness.StoreOrders[0];
        order.ShippingMethod = "Courier Express";
        var shipment = harness.ShipAll(order, "CE-123456");
        await harness.SentAsync(shipment);
        var blocked = (await harness.RequestsAsync()).Single();
        Assert.That(blocked.ResultCode, Is.EqualTo(FulfillmentErrorCodes.CarrierNotMapped.Value));
        Assert.That((await harness.Outbox.OpenErrorsAsync()).Single().Code, Is.EqualTo(FulfillmentErrorCodes.CarrierNotMapped.Value));

        await harness.Outbox.Resolve<CarrierMappingService>().InsertAsync(new AmazonCarrierMapping { NopShippingValue = "courier express", CarrierCode = "Other", CarrierName = "Courier Express", ShippingMethod = "Standard" });
        var retried = await harness.Outbox.Resolve<OutboxRetryService>().RetryAsync(blocked.Id);
        Assert.That(retried!.State, Is.EqualTo(AmazonOutboundRequestState.Pending));
        await harness.RunUntilSettledAsync();

        Assert.That((await harness.RequestsAsync()).Single().State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.AmazonOrder(order).Packages.Single().Carrier, Is.EqualTo("Courier Express"));
        Assert.That(harness.Emulator.State.UnknownCarrierSpellings, Is.Zero);
    }

    [Test]
    public async Task AMappingRowWithASpellingAmazonDoesNotKnow_BlocksWithASyncError_NothingIsSent()
    {
        using var harness = await ImportedAsync(58);
        var order = harness.StoreOrders[0];
        order.ShippingMethod = "Ground";
        // A row written before validation existed (or by SQL): the planner still refuses the spelling.
        await harness.Outbox.Import.Database.GetRepository<AmazonCarrierMapping>().InsertAsync(new AmazonCarrierMapping { NopShippingValue = "Ground", CarrierCode = "Fedex" });
        await harness.SentAsync(harness.ShipAll(order, ShipHarness.Tracking(1)));
        await harness.RunUntilSettledAsync(TimeSpan.FromMinutes(5));

        var request = (await harness.RequestsAsync()).Single();
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.Blocked));
        Assert.That(request.ResultCode, Is.EqualTo(FulfillmentErrorCodes.CarrierCodeUnknown.Value));
        Assert.That((await harness.Outbox.OpenErrorsAsync()).Single().Code, Is.EqualTo(FulfillmentErrorCodes.CarrierCodeUnknown.Value));
        Assert.That(harness.Outbox.Calls("confirmShipment"), Is.Zero);
    }

    [Test]
    public async Task FeedMode_SendsEveryShipmentInOneFeed_AndMapsTheReportBack()
    {
        using var harness = await ImportedAsync(56, 30);
        harness.Settings.ShipmentSendMode = ShipmentSendMode.Feed;
        var orders = harness.StoreOrders.ToList();
        for (var i = 0; i < orders.Count; i++)
            await harness.SentAsync(harness.ShipAll(orders[i], ShipHarness.Tracking(i)));

        await harness.RunUntilSettledAsync();

        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.Outbox.Calls("createFeed"), Is.EqualTo(1));
        Assert.That(harness.Outbox.Calls("confirmShipment"), Is.Zero);
        foreach (var order in orders)
            AssertOnePackagePerShipment(harness, order);
        var requests = await harness.RequestsAsync();
        Assert.That(requests.Select(r => r.FeedMessageId).Distinct().Count(), Is.EqualTo(orders.Count));
    }

    [Test]
    public async Task DroppedConfirmations_AreFoundByVerification_AndResentOnce()
    {
        using var harness = await ImportedAsync(57, 30, o => o.Faults.DroppedConfirmation = 0.3);
        var orders = harness.StoreOrders.ToList();
        for (var i = 0; i < orders.Count; i++)
            await harness.SentAsync(harness.ShipAll(orders[i], ShipHarness.Tracking(i)));

        await harness.RunUntilSettledAsync(TimeSpan.FromHours(6));

        Assert.That(harness.Emulator.State.DroppedConfirmations, Is.GreaterThan(0));
        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        foreach (var order in orders)
            AssertOnePackagePerShipment(harness, order);
    }
}
