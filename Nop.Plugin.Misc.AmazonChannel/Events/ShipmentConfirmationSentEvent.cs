using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>A shipment confirmation reached Amazon (confirmShipment answered 204, or its feed was created). Not yet confirmed.</summary>
public sealed class ShipmentConfirmationSentEvent(AmazonOutboundRequest request, int shipmentId)
{
    public AmazonOutboundRequest Request { get; } = request;

    /// <summary>The store shipment.</summary>
    public int ShipmentId { get; } = shipmentId;
}
