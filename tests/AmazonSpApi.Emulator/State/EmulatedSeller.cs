namespace AmazonSpApi.Emulator;

/// <summary>
/// The emulated seller account: orders, feeds, reports, documents. Tests read it for assertions; reading through
/// <see cref="SpApiEmulator.State"/> first brings it up to the current virtual time (pending orders, queued feeds and
/// reports are processed when due).
/// </summary>
public sealed class EmulatedSeller
{
    internal EmulatedSeller(string sellerId, IEnumerable<MarketplaceInfo> marketplaces)
    {
        SellerId = sellerId;
        Marketplaces = marketplaces.ToArray();
    }

    public string SellerId { get; }
    public IReadOnlyList<MarketplaceInfo> Marketplaces { get; }

    internal Dictionary<string, EmulatedOrder> OrderMap { get; } = new(StringComparer.Ordinal);
    internal List<EmulatedOrder> OrderList { get; } = [];
    internal List<EmulatedFeed> FeedList { get; } = [];
    internal List<EmulatedReport> ReportList { get; } = [];
    internal Dictionary<string, EmulatedDocument> DocumentMap { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, EmulatedOrder> Orders => OrderMap;

    /// <summary>confirmShipment calls answered 204 and then lost (fault <c>DroppedConfirmation</c>).</summary>
    public int DroppedConfirmations { get; internal set; }

    /// <summary>confirmShipment calls whose carrierCode is not one of Amazon's values (filed as carrier "Other").</summary>
    public int UnknownCarrierSpellings { get; internal set; }
    public IReadOnlyList<EmulatedOrder> OrdersInCreationOrder => OrderList;
    public IReadOnlyList<EmulatedFeed> Feeds => FeedList;
    public IReadOnlyList<EmulatedReport> Reports => ReportList;
    public IEnumerable<EmulatedRefund> Refunds => OrderList.SelectMany(o => o.RefundList);

    public EmulatedOrder GetOrder(string orderId) =>
        OrderMap.TryGetValue(orderId, out var order) ? order : throw new KeyNotFoundException($"No order {orderId}.");

    public EmulatedFeed? FindFeed(string feedId) => FeedList.FirstOrDefault(f => f.FeedId == feedId);
    public EmulatedReport? FindReport(string reportId) => ReportList.FirstOrDefault(r => r.ReportId == reportId);

    /// <summary>The raw bytes stored for a document (as uploaded, or as generated before compression).</summary>
    public byte[]? GetDocumentContent(string documentId) => DocumentMap.TryGetValue(documentId, out var d) ? d.Content : null;

    internal void Add(EmulatedOrder order)
    {
        OrderMap.Add(order.OrderId, order);
        OrderList.Add(order);
    }
}

/// <summary>Processing statuses shared by feeds and reports.</summary>
public static class ProcessingStatuses
{
    public const string InQueue = "IN_QUEUE";
    public const string InProgress = "IN_PROGRESS";
    public const string Done = "DONE";
    public const string Fatal = "FATAL";
    public const string Cancelled = "CANCELLED";

    public static readonly string[] All = [Cancelled, Done, Fatal, InProgress, InQueue];
}

public sealed class EmulatedFeed
{
    public required string FeedId { get; init; }
    public required string FeedType { get; init; }
    public required string[] MarketplaceIds { get; init; }
    public required string InputFeedDocumentId { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset DoneAt { get; init; }
    public string ProcessingStatus { get; internal set; } = ProcessingStatuses.InQueue;
    public DateTimeOffset? ProcessingStartTime { get; internal set; }
    public DateTimeOffset? ProcessingEndTime { get; internal set; }
    public string? ResultFeedDocumentId { get; internal set; }
    /// <summary>Summary of the processing report (null until processed).</summary>
    public FeedResultSummary? Result { get; internal set; }
}

public sealed record FeedResultSummary(int MessagesProcessed, int MessagesSuccessful, int MessagesWithError, int MessagesWithWarning, IReadOnlyList<FeedMessageResult> Results);

/// <summary>One Result element of a processing report.</summary>
public sealed record FeedMessageResult(long MessageId, string ResultCode, int ResultMessageCode, string ResultDescription, string? AmazonOrderId, string? AmazonOrderItemCode);

public sealed class EmulatedReport
{
    public required string ReportId { get; init; }
    public required string ReportType { get; init; }
    public required string[] MarketplaceIds { get; init; }
    public DateTimeOffset? DataStartTime { get; init; }
    public DateTimeOffset? DataEndTime { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset DoneAt { get; init; }
    public string ProcessingStatus { get; internal set; } = ProcessingStatuses.InQueue;
    public DateTimeOffset? ProcessingStartTime { get; internal set; }
    public DateTimeOffset? ProcessingEndTime { get; internal set; }
    public string? ReportDocumentId { get; internal set; }
    public bool Restricted { get; init; }
    /// <summary>Data rows written (header and settlement summary row excluded).</summary>
    public int RowCount { get; internal set; }
}

/// <summary>A stored document (feed input, feed result, report). Content is kept uncompressed.</summary>
public sealed class EmulatedDocument
{
    public required string DocumentId { get; init; }
    public required string Kind { get; init; }
    public required string ContentType { get; init; }
    public byte[]? Content { get; internal set; }
    public bool Compress { get; init; }
    public bool Restricted { get; init; }
    public DateTimeOffset CreatedTime { get; init; }
    /// <summary>Set on documents whose rows were deliberately broken (fault MalformedReportRows).</summary>
    public bool HasMalformedRows { get; internal set; }
}
