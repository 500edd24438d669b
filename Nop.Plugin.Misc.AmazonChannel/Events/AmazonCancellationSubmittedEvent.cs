using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Published when a cancellation of an Amazon order reached Amazon (its feed was created).</summary>
public sealed class AmazonCancellationSubmittedEvent
{
    public AmazonCancellationSubmittedEvent(AmazonOutboundRequest request)
    {
        Request = request;
    }

    /// <summary>The outbox request (kind Cancellation); its Payload holds what was asked.</summary>
    public AmazonOutboundRequest Request { get; }
}
