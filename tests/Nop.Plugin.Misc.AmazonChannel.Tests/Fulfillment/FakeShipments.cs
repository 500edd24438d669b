using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Shipping;
using Nop.Services.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>nopCommerce's shipments as a Moq mock over in-memory lists (test scaffolding, writes reported to the crash plan).</summary>
public sealed class FakeShipments
{
    private readonly CrashPlan _crash;
    private int _nextId = 500;

    public FakeShipments(CrashPlan crash)
    {
        _crash = crash;
        Service.Setup(s => s.GetShipmentByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Shipments.FirstOrDefault(s => s.Id == id)!);
        Service.Setup(s => s.GetShipmentsByOrderIdAsync(It.IsAny<int>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync((int orderId, bool? _, bool? _, int _) => Shipments.Where(s => s.OrderId == orderId).ToList());
        Service.Setup(s => s.GetShipmentItemsByShipmentIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Items.Where(i => i.ShipmentId == id).ToList());
        Service.Setup(s => s.InsertShipmentAsync(It.IsAny<Shipment>())).Returns((Shipment s) => { _crash.Step("insert Shipment"); s.Id = Interlocked.Increment(ref _nextId); Shipments.Add(s); return Task.CompletedTask; });
        Service.Setup(s => s.UpdateShipmentAsync(It.IsAny<Shipment>())).Returns((Shipment _) => { _crash.Step("update Shipment"); return Task.CompletedTask; });
        Service.Setup(s => s.InsertShipmentItemAsync(It.IsAny<ShipmentItem>())).Returns((ShipmentItem i) => { _crash.Step("insert ShipmentItem"); i.Id = Interlocked.Increment(ref _nextId); Items.Add(i); return Task.CompletedTask; });
    }

    public Mock<IShipmentService> Service { get; } = new();

    public List<Shipment> Shipments { get; } = [];

    public List<ShipmentItem> Items { get; } = [];

    public void RegisterIn(IServiceCollection services) => services.AddSingleton(Service.Object);

    /// <summary>A shipped shipment of the given store order items and quantities (as the admin would create it).</summary>
    public Shipment Add(int orderId, string? trackingNumber, DateTime shippedOnUtc, params (int OrderItemId, int Quantity)[] lines)
    {
        var shipment = new Shipment { Id = Interlocked.Increment(ref _nextId), OrderId = orderId, TrackingNumber = trackingNumber!, ShippedDateUtc = shippedOnUtc, CreatedOnUtc = shippedOnUtc };
        lock (Shipments)
        {
            Shipments.Add(shipment);
            foreach (var (orderItemId, quantity) in lines)
                Items.Add(new ShipmentItem { Id = Interlocked.Increment(ref _nextId), ShipmentId = shipment.Id, OrderItemId = orderItemId, Quantity = quantity });
        }
        return shipment;
    }
}
