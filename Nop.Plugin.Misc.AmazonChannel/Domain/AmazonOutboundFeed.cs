using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// One feed document the outbox built from many outbound requests (they share its <see cref="BatchId"/>). Its
/// submission time spaces feeds of a type (Amazon asks for one every 20 minutes), its status is what Amazon said last.
/// </summary>
public class AmazonOutboundFeed : BaseEntity
{
    public int AccountId { get; set; }

    public Guid BatchId { get; set; }

    public int KindId { get; set; }

    /// <summary>Amazon's feed type, e.g. POST_ORDER_FULFILLMENT_DATA.</summary>
    public string FeedType { get; set; } = string.Empty;

    public string MarketplaceId { get; set; } = string.Empty;

    public int MessageCount { get; set; }

    /// <summary>Set once createFeedDocument answered; the upload and createFeed follow.</summary>
    public string? FeedDocumentId { get; set; }

    /// <summary>Set once createFeed answered.</summary>
    public string? FeedId { get; set; }

    /// <summary>Amazon's processing status (IN_QUEUE, IN_PROGRESS, DONE, CANCELLED, FATAL) as last read.</summary>
    public string? ProcessingStatus { get; set; }

    /// <summary>A stuck or failed feed was reported as a sync error (once).</summary>
    public bool ProblemReported { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? SubmittedOnUtc { get; set; }

    public DateTime? CompletedOnUtc { get; set; }

    public AmazonOutboundRequestKind Kind
    {
        get => (AmazonOutboundRequestKind)KindId;
        set => KindId = (int)value;
    }
}
