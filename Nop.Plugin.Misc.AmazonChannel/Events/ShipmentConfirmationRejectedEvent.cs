using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Amazon rejected the shipment confirmation; <see cref="AmazonErrorCode"/> and <see cref="AmazonMessage"/> say why.</summary>
public sealed class ShipmentConfirmationRejectedEvent(AmazonOutboundRequest request, int shipmentId)
{
    public AmazonOutboundRequest Request { get; } = request;

    public int ShipmentId { get; } = shipmentId;

    /// <summary>Amazon's error code (e.g. InvalidInput) or processing-report ResultMessageCode (e.g. 18031).</summary>
    public string? AmazonErrorCode => Request.ResultCode;

    public string? AmazonMessage => Request.ResultMessage;
}
