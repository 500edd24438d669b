using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Published when a refund of an Amazon order reached Amazon (its feed was created).</summary>
public sealed class AmazonRefundSubmittedEvent
{
    public AmazonRefundSubmittedEvent(AmazonOutboundRequest request)
    {
        Request = request;
    }

    /// <summary>The outbox request (kind Refund); its Payload holds what was asked.</summary>
    public AmazonOutboundRequest Request { get; }
}
