using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;
using Nop.Services.Orders;
using Nop.Services.Shipping;
using Nop.Web.Areas.Admin.Controllers;
using Nop.Web.Areas.Admin.Models.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Shipping;

/// <summary>
/// A shipment of an imported Amazon order, created and sent with nopCommerce's shipment and order processing
/// services, and its tracking number set through nopCommerce's admin order controller (the only place nopCommerce
/// raises ShipmentTrackingNumberSetEvent): a consumer registered the plugin's way receives both events.
/// </summary>
public class ShipmentEventTests : PluginTestBase
{
    protected override Task AfterInstallAsync(PluginHost host) => ReadFirstWindowWithSearchOrdersAsync(host);

    [Test]
    public async Task ShipmentSentAndTrackingNumberSet_ReachAConsumerRegisteredThePluginsWay()
    {
        var store = await EmulatorStore.CreateAsync(StartHost, new EmulatorOptions { Seed = 401, OrderCount = 10, SellerId = "A401EMU", Mix = new OrderMixOptions { BuyerCancelRequested = 0 } });
        await store.ImportWindowAsync();
        var amazon = store.OrdersThatMustBeImported().First(o => o.Status == FulfillmentStatuses.Unshipped);
        var order = (await store.StoreOrderAsync(amazon.OrderId))!;

        using var scope = store.Host.CreateScope();
        var services = scope.ServiceProvider;
        var shipmentService = services.GetRequiredService<IShipmentService>();
        var orderService = services.GetRequiredService<IOrderService>();

        var shipment = new Shipment { OrderId = order.Id, CreatedOnUtc = DateTime.UtcNow, TotalWeight = 1m };
        await shipmentService.InsertShipmentAsync(shipment);
        foreach (var item in await orderService.GetOrderItemsAsync(order.Id))
            await shipmentService.InsertShipmentItemAsync(new ShipmentItem { ShipmentId = shipment.Id, OrderItemId = item.Id, Quantity = item.Quantity });
        EventLog.Clear();

        await services.GetRequiredService<IOrderProcessingService>().ShipAsync(shipment, false);

        Assert.That(EventLog.Of<ShipmentSentEvent>().Select(e => e.Shipment.Id), Is.EqualTo(new[] { shipment.Id }));
        Assert.That((await orderService.GetOrderByIdAsync(order.Id)).ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));

        // The admin's model factory is not registered by BaseNopTest and SetTrackingNumber does not use it.
        var controller = ActivatorUtilities.CreateInstance<OrderController>(services, new Moq.Mock<Nop.Web.Areas.Admin.Factories.IOrderModelFactory>().Object);
        await controller.SetTrackingNumber(new ShipmentModel { Id = shipment.Id, TrackingNumber = "1Z999AA10123456784" });

        var tracking = EventLog.Of<ShipmentTrackingNumberSetEvent>().Single();
        Assert.That(tracking.Shipment.Id, Is.EqualTo(shipment.Id));
        Assert.That((await shipmentService.GetShipmentByIdAsync(shipment.Id)).TrackingNumber, Is.EqualTo("1Z999AA10123456784"));
    }
}
