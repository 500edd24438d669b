using Nop.Core.Domain.Shipping;

namespace Nop.Services.Shipping;

/// <summary>Shipment service (stand-in: a subset of the members).</summary>
public partial interface IShipmentService
{
    Task<Shipment> GetShipmentByIdAsync(int shipmentId);

    /// <summary>Shipments of an order; shipped/readyForPickup null = any; vendorId 0 = all vendors.</summary>
    Task<IList<Shipment>> GetShipmentsByOrderIdAsync(int orderId, bool? shipped = null, bool? readyForPickup = null, int vendorId = 0);

    Task InsertShipmentAsync(Shipment shipment);

    Task UpdateShipmentAsync(Shipment shipment);

    Task<IList<ShipmentItem>> GetShipmentItemsByShipmentIdAsync(int shipmentId);

    Task InsertShipmentItemAsync(ShipmentItem shipmentItem);
}
