using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// How far an incremental read has got, per account, marketplace and flow. Unique on those three.
/// </summary>
public class AmazonSyncCheckpoint : BaseEntity
{
    public int AccountId { get; set; }

    public string MarketplaceId { get; set; } = string.Empty;

    public int SyncKindId { get; set; }

    /// <summary>Everything Amazon changed before this moment has been read.</summary>
    public DateTime SyncedUpToUtc { get; set; }

    public DateTime? LastRunOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    /// <summary>Runs in a row that could not move the checkpoint (Amazon unreachable, orders held by a transient failure).</summary>
    public int FailedRuns { get; set; }

    /// <summary>When the first of those runs started; null while the checkpoint moves.</summary>
    public DateTime? FailingSinceUtc { get; set; }

    /// <summary>
    /// The reports of a window being read through order reports ("reportType=reportId" lines); null when no such window
    /// is in progress. A run continues with these reports until the window is done (<c>OrderReportProgress</c>).
    /// </summary>
    public string? PendingReportIds { get; set; }

    /// <summary>Start of the window the pending reports cover; null when none is in progress.</summary>
    public DateTime? PendingWindowFromUtc { get; set; }

    /// <summary>End of the window the pending reports cover.</summary>
    public DateTime? PendingWindowToUtc { get; set; }

    /// <summary>How many orders of the pending reports, in the reports' order, have been applied (none held before them).</summary>
    public int PendingOrdersDone { get; set; }

    /// <summary>Amazon's pagination token of a searchOrders walk spread over runs (the buyer request check); null at its start.</summary>
    public string? PendingPageToken { get; set; }

    public AmazonSyncKind SyncKind
    {
        get => (AmazonSyncKind)SyncKindId;
        set => SyncKindId = (int)value;
    }
}
