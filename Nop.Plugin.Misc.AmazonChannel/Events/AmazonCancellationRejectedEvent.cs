using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Published when a cancellation of an Amazon order was rejected by Amazon (ResultCode and ResultMessage say why; the store order was left as it was).</summary>
public sealed class AmazonCancellationRejectedEvent
{
    public AmazonCancellationRejectedEvent(AmazonOutboundRequest request)
    {
        Request = request;
    }

    /// <summary>The outbox request (kind Cancellation); its Payload holds what was asked.</summary>
    public AmazonOutboundRequest Request { get; }
}
