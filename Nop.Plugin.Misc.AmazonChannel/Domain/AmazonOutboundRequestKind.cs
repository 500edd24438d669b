namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// What an outbound request asks Amazon to do.
/// </summary>
public enum AmazonOutboundRequestKind
{
    ShipmentConfirmation = 10,
    Cancellation = 20,
    Refund = 30
}
