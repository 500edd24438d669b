using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// One line of the feed and sync log: a sync run or a feed submission and its outcome.
/// </summary>
public class AmazonSyncLogEntry : BaseEntity
{
    public int AccountId { get; set; }

    /// <summary>What ran, e.g. "Orders", "ShipmentFeed", "RefundFeed".</summary>
    public string Operation { get; set; } = string.Empty;

    /// <summary>How it ran, e.g. "searchOrders" or "order report" for the backlog path.</summary>
    public string? Method { get; set; }

    public string? FeedId { get; set; }

    public int RecordsProcessed { get; set; }

    public int RecordsSucceeded { get; set; }

    public int RecordsFailed { get; set; }

    public bool Succeeded { get; set; }

    public string? Message { get; set; }

    public DateTime StartedOnUtc { get; set; }

    public DateTime? FinishedOnUtc { get; set; }
}
