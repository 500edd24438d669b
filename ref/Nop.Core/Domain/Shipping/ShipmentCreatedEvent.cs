namespace Nop.Core.Domain.Shipping;

/// <summary>Published by nopCommerce for a shipment (stand-in).</summary>
public partial class ShipmentCreatedEvent
{
    public ShipmentCreatedEvent(Shipment shipment)
    {
        Shipment = shipment;
    }

    public Shipment Shipment { get; }
}
