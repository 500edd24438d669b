namespace Nop.Core.Domain.Shipping;

/// <summary>An order item quantity inside a shipment (stand-in: all stock 4.90 properties).</summary>
public partial class ShipmentItem : BaseEntity
{
    public int ShipmentId { get; set; }

    public int OrderItemId { get; set; }

    public int Quantity { get; set; }

    public int WarehouseId { get; set; }
}
