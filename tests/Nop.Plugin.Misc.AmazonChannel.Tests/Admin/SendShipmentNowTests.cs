using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>"Send shipment now" on the Amazon panel, on the real outbox over the SP-API emulator.</summary>
public class SendShipmentNowTests
{
    private static string Text(string key) => AmazonChannelLocaleResources.All[key];

    private static async Task<ShipHarness> ImportedAsync()
    {
        var harness = new ShipHarness(ShipHarness.Options(61, 12));
        await harness.ImportAsync();
        return harness;
    }

    [Test]
    public async Task APendingConfirmation_GoesToTheFrontOfTheOutbox_AndTheNextRunSendsItFirst()
    {
        using var harness = await ImportedAsync();
        harness.Settings.ShipmentSendMode = ShipmentSendMode.Feed;
        var (first, second) = (harness.StoreOrders[0], harness.StoreOrders[1]);
        await harness.SentAsync(harness.ShipAll(first, ShipHarness.Tracking(1)));
        harness.Emulator.Time.Advance(TimeSpan.FromSeconds(30));
        var hurried = harness.ShipAll(second, ShipHarness.Tracking(2));
        await harness.SentAsync(hurried);
        var notifications = new Mock<INotificationService>();
        var controller = OrderPanelControllerTests.Controller(harness.Outbox, AdminTestKit.PluginResources().Object, notifications.Object);

        await controller.SendShipmentNow(second.Id, hurried.Id);

        notifications.Verify(n => n.SuccessNotification(Text("Plugins.Misc.AmazonChannel.OrderPanel.Shipments.SendNow.Queued"), true, 0), Times.Once);
        var due = await harness.Outbox.Resolve<OutboxStore>().GetDueAsync(harness.Outbox.Account.Id, AmazonOutboundRequestKind.ShipmentConfirmation, AmazonOutboundRequestState.Pending);
        Assert.That(due, Has.Count.EqualTo(2));
        Assert.That(due[0].IdempotencyKey, Is.EqualTo(ShipmentConfirmationService.KeyFor(hurried.Id)), "recorded last, sent first");

        await harness.RunUntilSettledAsync();
        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        await controller.SendShipmentNow(second.Id, hurried.Id);
        notifications.Verify(n => n.SuccessNotification(Text("Plugins.Misc.AmazonChannel.OrderPanel.Shipments.SendNow.AlreadySent"), true, 0), Times.Once);
    }

    [Test]
    public async Task ABlockedConfirmation_IsRetried_StillBlockedSaysWhy_AndAfterTheFixItIsQueued()
    {
        using var harness = await ImportedAsync();
        var order = harness.StoreOrders[0];
        order.ShippingMethod = "Courier Express";
        var shipment = harness.ShipAll(order, "CE-123456");
        await harness.SentAsync(shipment);
        var notifications = new Mock<INotificationService>();
        var controller = OrderPanelControllerTests.Controller(harness.Outbox, AdminTestKit.PluginResources().Object, notifications.Object);

        await controller.SendShipmentNow(order.Id, shipment.Id);
        notifications.Verify(n => n.ErrorNotification(It.Is<string>(t => t.StartsWith(Text("Plugins.Misc.AmazonChannel.OrderPanel.Shipments.SendNow.StillBlocked")) && t.Contains("Courier Express")), true, 0), Times.Once);

        await harness.Outbox.Resolve<CarrierMappingService>().InsertAsync(new AmazonCarrierMapping { NopShippingValue = "courier express", CarrierCode = "Other", CarrierName = "Courier Express" });
        await controller.SendShipmentNow(order.Id, shipment.Id);

        notifications.Verify(n => n.SuccessNotification(Text("Plugins.Misc.AmazonChannel.OrderPanel.Shipments.SendNow.Queued"), true, 0), Times.Once);
        Assert.That((await harness.RequestsAsync()).Single().State, Is.EqualTo(AmazonOutboundRequestState.Pending));
    }

    [Test]
    public async Task AShipmentNotMarkedShipped_OrOfAnotherOrder_IsNotSent()
    {
        using var harness = await ImportedAsync();
        var (order, other) = (harness.StoreOrders[0], harness.StoreOrders[1]);
        var shipment = harness.ShipAll(order, ShipHarness.Tracking(3));
        shipment.ShippedDateUtc = null;
        var notifications = new Mock<INotificationService>();
        var controller = OrderPanelControllerTests.Controller(harness.Outbox, AdminTestKit.PluginResources().Object, notifications.Object);

        await controller.SendShipmentNow(order.Id, shipment.Id);
        await controller.SendShipmentNow(other.Id, shipment.Id);

        notifications.Verify(n => n.ErrorNotification(Text("Plugins.Misc.AmazonChannel.OrderPanel.Shipments.SendNow.NotShippable"), true, 0), Times.Exactly(2));
        Assert.That(await harness.RequestsAsync(), Is.Empty);
    }
}
