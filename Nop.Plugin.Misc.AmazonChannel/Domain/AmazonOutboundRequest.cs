using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// The outbox: every shipment confirmation, cancellation and refund the plugin owes Amazon, recorded before it is
/// sent and kept until Amazon confirms it. (AccountId, IdempotencyKey) is unique, so the same store event can never
/// produce two requests.
/// </summary>
public class AmazonOutboundRequest : BaseEntity
{
    public int AccountId { get; set; }

    public int? OrderLinkId { get; set; }

    public string AmazonOrderId { get; set; } = string.Empty;

    public int KindId { get; set; }

    public int StateId { get; set; }

    /// <summary>Stable key of what caused the request (e.g. "shipment:42"); unique per account.</summary>
    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>The request as JSON, as it will be sent (no secrets, no buyer contact data).</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary>Amazon's reason code (cancellation or refund reason), when the kind has one.</summary>
    public string? ReasonCode { get; set; }

    public int Attempts { get; set; }

    /// <summary>
    /// Sends Amazon took without effect: accepted (204) but not shown by a later read, or carried by a FATAL feed. Only
    /// these count towards giving up; throttling, server errors and timeouts do not.
    /// </summary>
    public int SendsWithoutEffect { get; set; }

    public DateTime? NextAttemptOnUtc { get; set; }

    /// <summary>Groups requests sent together in one feed document.</summary>
    public Guid? BatchId { get; set; }

    public string? FeedId { get; set; }

    public string? FeedDocumentId { get; set; }

    /// <summary>Message ID of this request inside the feed document, to match the processing report.</summary>
    public int? FeedMessageId { get; set; }

    public string? ResultCode { get; set; }

    public string? ResultMessage { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public DateTime? CompletedOnUtc { get; set; }

    /// <summary>
    /// When the handler finished its part of the outcome (order note, ledger, store order, event). Null on an Accepted or
    /// Rejected request means a crash came between storing Amazon's answer and the store's side of it: the outbox's
    /// <see cref="Services.Outbox.CompletedRequestSweep"/> runs the handler again.
    /// </summary>
    public DateTime? HandledOnUtc { get; set; }

    public AmazonOutboundRequestKind Kind
    {
        get => (AmazonOutboundRequestKind)KindId;
        set => KindId = (int)value;
    }

    public AmazonOutboundRequestState State
    {
        get => (AmazonOutboundRequestState)StateId;
        set => StateId = (int)value;
    }
}
