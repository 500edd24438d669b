using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Published when a refund of an Amazon order was rejected by Amazon (ResultCode and ResultMessage say why; the store order was left as it was).</summary>
public sealed class AmazonRefundRejectedEvent
{
    public AmazonRefundRejectedEvent(AmazonOutboundRequest request)
    {
        Request = request;
    }

    /// <summary>The outbox request (kind Refund); its Payload holds what was asked.</summary>
    public AmazonOutboundRequest Request { get; }
}
