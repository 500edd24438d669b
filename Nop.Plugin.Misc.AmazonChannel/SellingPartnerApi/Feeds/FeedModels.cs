using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;

[SpApiModel("feeds_2021-06-30", "CreateFeedDocumentSpecification")]
public sealed class CreateFeedDocumentSpecification
{
    /// <summary>The content type the upload will use, for example <c>text/xml; charset=UTF-8</c>.</summary>
    [JsonPropertyName("contentType")] public string ContentType { get; set; } = string.Empty;
}

[SpApiModel("feeds_2021-06-30", "CreateFeedDocumentResponse")]
public sealed class CreateFeedDocumentResponse
{
    [JsonPropertyName("feedDocumentId")] public string FeedDocumentId { get; set; } = string.Empty;

    /// <summary>A presigned upload URL valid for five minutes. Never log it.</summary>
    [JsonPropertyName("url")] public string Url { get; set; } = string.Empty;

    public override string ToString() => $"Feed document {FeedDocumentId}";
}

[SpApiModel("feeds_2021-06-30", "CreateFeedSpecification")]
public sealed class CreateFeedSpecification
{
    [JsonPropertyName("feedType")] public string FeedType { get; set; } = string.Empty;
    [JsonPropertyName("marketplaceIds")] public List<string> MarketplaceIds { get; set; } = [];
    [JsonPropertyName("inputFeedDocumentId")] public string InputFeedDocumentId { get; set; } = string.Empty;
    [JsonPropertyName("feedOptions")] public Dictionary<string, string>? FeedOptions { get; set; }
}

[SpApiModel("feeds_2021-06-30", "CreateFeedResponse")]
public sealed class CreateFeedResponse
{
    [JsonPropertyName("feedId")] public string FeedId { get; set; } = string.Empty;
}

[SpApiModel("feeds_2021-06-30", "Feed")]
public sealed class Feed
{
    [JsonPropertyName("feedId")] public string FeedId { get; set; } = string.Empty;
    [JsonPropertyName("feedType")] public string FeedType { get; set; } = string.Empty;
    [JsonPropertyName("marketplaceIds")] public List<string>? MarketplaceIds { get; set; }
    [JsonPropertyName("createdTime")] public DateTimeOffset CreatedTime { get; set; }

    /// <summary>One of <see cref="ProcessingStatuses"/>.</summary>
    [JsonPropertyName("processingStatus")] public string ProcessingStatus { get; set; } = string.Empty;
    [JsonPropertyName("processingStartTime")] public DateTimeOffset? ProcessingStartTime { get; set; }
    [JsonPropertyName("processingEndTime")] public DateTimeOffset? ProcessingEndTime { get; set; }
    [JsonPropertyName("resultFeedDocumentId")] public string? ResultFeedDocumentId { get; set; }

    [JsonIgnore] public bool IsFinished => ProcessingStatuses.IsFinished(ProcessingStatus);
}

[SpApiModel("feeds_2021-06-30", "FeedDocument")]
public sealed class FeedDocument
{
    [JsonPropertyName("feedDocumentId")] public string FeedDocumentId { get; set; } = string.Empty;

    /// <summary>A presigned URL valid for five minutes. Never log it.</summary>
    [JsonPropertyName("url")] public string Url { get; set; } = string.Empty;
    [JsonPropertyName("compressionAlgorithm")] public string? CompressionAlgorithm { get; set; }

    public override string ToString() => $"Feed document {FeedDocumentId}";
}

/// <summary>A feed handed to Amazon: its ID and the uploaded input document.</summary>
public sealed class SubmittedFeed
{
    public SubmittedFeed(string feedId, string inputFeedDocumentId)
    {
        FeedId = feedId;
        InputFeedDocumentId = inputFeedDocumentId;
    }

    public string FeedId { get; }

    public string InputFeedDocumentId { get; }
}

/// <summary>The outcome of a feed: its final state and the processing report Amazon made for it.</summary>
public sealed class FeedResult
{
    public FeedResult(Feed feed, SpApiDocument? processingReport)
    {
        Feed = feed;
        ProcessingReport = processingReport;
    }

    /// <summary>The feed in its final state (DONE, CANCELLED or FATAL).</summary>
    public Feed Feed { get; }

    /// <summary>The processing report (for XML feeds an AmazonEnvelope of MessageType ProcessingReport); null when Amazon made none.</summary>
    public SpApiDocument? ProcessingReport { get; }

    /// <summary>The processing report as text, or null.</summary>
    public string? ProcessingReportText => ProcessingReport?.GetText();
}

/// <summary>Feed types the plugin sends and the content types that go with them.</summary>
public static class FeedTypes
{
    public const string OrderFulfillment = "POST_ORDER_FULFILLMENT_DATA";
    public const string OrderAcknowledgement = "POST_ORDER_ACKNOWLEDGEMENT_DATA";
    public const string PaymentAdjustment = "POST_PAYMENT_ADJUSTMENT_DATA";
    public const string FlatFileFulfillment = "POST_FLAT_FILE_FULFILLMENT_DATA";
    public const string FlatFileOrderAcknowledgement = "POST_FLAT_FILE_ORDER_ACKNOWLEDGEMENT_DATA";
    public const string FlatFilePaymentAdjustment = "POST_FLAT_FILE_PAYMENT_ADJUSTMENT_DATA";

    public const string XmlContentType = "text/xml; charset=UTF-8";
    public const string TabSeparatedContentType = "text/tab-separated-values; charset=UTF-8";
}
