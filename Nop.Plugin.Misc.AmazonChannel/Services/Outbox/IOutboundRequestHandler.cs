using System.Xml.Linq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// One kind of outbound request (shipment confirmation, cancellation, refund). The outbox records, claims, batches,
/// sends, reads processing reports and retries; the handler knows only its own kind: how one request is sent directly
/// or written as one feed message, how Amazon's effect is checked, and what happens on each outcome. A new kind
/// plugs in by implementing this interface and registering it (<c>services.AddScoped&lt;IOutboundRequestHandler, X&gt;()</c>).
/// </summary>
public interface IOutboundRequestHandler
{
    AmazonOutboundRequestKind Kind { get; }

    /// <summary>The feed type requests of this kind go in, e.g. POST_ORDER_FULFILLMENT_DATA.</summary>
    string FeedType { get; }

    /// <summary>The envelope MessageType of that feed and the element each message holds, e.g. OrderFulfillment.</summary>
    string FeedMessageType { get; }

    /// <summary>
    /// Whether this request goes by a direct call (true) or in the next feed (false). <paramref name="dueCount"/> is
    /// how many requests of the kind are due for the account now (a large backlog may go in a feed instead).
    /// </summary>
    Task<bool> SendsDirectlyAsync(AmazonAccount account, AmazonOutboundRequest request, int dueCount);

    /// <summary>Sends one request by a direct call; throws <see cref="SellingPartnerApiException"/> when Amazon refuses.</summary>
    Task SendDirectAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken);

    /// <summary>The message element (named <see cref="FeedMessageType"/>) that goes inside &lt;Message&gt; after &lt;MessageID&gt;.</summary>
    XElement BuildFeedMessage(AmazonOutboundRequest request);

    /// <summary>
    /// Whether <see cref="VerifyAsync"/> can tell from Amazon's data that the request took effect. Kinds that can are
    /// verified after a direct send, after an interrupted feed submission and before a rejection is final.
    /// </summary>
    bool CanVerify { get; }

    /// <summary>Reads Amazon's current data: does it show this request applied?</summary>
    Task<OutboundVerification> VerifyAsync(AmazonAccount account, SellingPartnerApiClient client, AmazonOutboundRequest request, CancellationToken cancellationToken);

    /// <summary>The request reached Amazon (204, or its feed was created).</summary>
    Task OnSentAsync(AmazonOutboundRequest request);

    /// <summary>
    /// Amazon confirmed the request (the request's State is already Accepted; for kinds that <see cref="CanVerify"/> it is
    /// stored after this returns, for the others before). Must be safe to run again: after a crash the outbox runs it
    /// again (<see cref="CompletedRequestSweep"/>) until <see cref="AmazonOutboundRequest.HandledOnUtc"/> is recorded. The
    /// outbox records it after this returns; a handler that publishes an event records it first
    /// (<see cref="OutboxStore.MarkHandledAsync"/>) and does nothing when it is already set, so the event goes once.
    /// </summary>
    Task OnAcceptedAsync(AmazonOutboundRequest request);

    /// <summary>Amazon rejected the request (state is already Rejected and stored; ResultCode and ResultMessage say why). Safe to run again, as <see cref="OnAcceptedAsync"/>.</summary>
    Task OnRejectedAsync(AmazonOutboundRequest request);

    /// <summary>
    /// An admin asked to retry a blocked or rejected request: rebuild its payload from current data. Returns null when it
    /// may be sent, or the reason (code, message) it stays blocked.
    /// </summary>
    Task<OutboundBlock?> PrepareRetryAsync(AmazonOutboundRequest request);
}

/// <summary>What a read of Amazon's data says about a sent request.</summary>
public enum OutboundVerification
{
    /// <summary>Amazon shows it applied.</summary>
    Applied,

    /// <summary>Amazon does not show it: it was dropped, or never arrived.</summary>
    Missing
}

/// <summary>Why a request is blocked: a stable code (e.g. Fulfillment.CarrierNotMapped) and a message for the admin.</summary>
public sealed record OutboundBlock(string Code, string Message);
