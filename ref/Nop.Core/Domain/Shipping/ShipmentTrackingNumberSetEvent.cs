namespace Nop.Core.Domain.Shipping;

/// <summary>Published by nopCommerce for a shipment (stand-in).</summary>
public partial class ShipmentTrackingNumberSetEvent
{
    public ShipmentTrackingNumberSetEvent(Shipment shipment)
    {
        Shipment = shipment;
    }

    public Shipment Shipment { get; }
}
