using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Published when a refund of an Amazon order was confirmed by Amazon (the store order was updated).</summary>
public sealed class AmazonRefundAcceptedEvent
{
    public AmazonRefundAcceptedEvent(AmazonOutboundRequest request)
    {
        Request = request;
    }

    /// <summary>The outbox request (kind Refund); its Payload holds what was asked.</summary>
    public AmazonOutboundRequest Request { get; }
}
