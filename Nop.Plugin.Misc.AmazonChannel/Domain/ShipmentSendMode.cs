namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>How shipment confirmations go to Amazon (both through the outbox).</summary>
public enum ShipmentSendMode
{
    /// <summary>One Orders v0 confirmShipment call per package, as soon as the outbox task runs (2 per second).</summary>
    Immediate = 10,

    /// <summary>One POST_ORDER_FULFILLMENT_DATA feed per cycle holding every owed confirmation (one feed per 20 minutes).</summary>
    Feed = 20
}
