using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Amazon shows the shipment confirmed (verified by getOrder, or a clean feed processing report).</summary>
public sealed class ShipmentConfirmationAcceptedEvent(AmazonOutboundRequest request, int shipmentId)
{
    public AmazonOutboundRequest Request { get; } = request;

    public int ShipmentId { get; } = shipmentId;
}
