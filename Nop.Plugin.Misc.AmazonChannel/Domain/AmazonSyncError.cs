using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// A problem an admin has to see and resolve; nothing is skipped silently.
/// </summary>
public class AmazonSyncError : BaseEntity
{
    public int AccountId { get; set; }

    public int? OrderLinkId { get; set; }

    public string? AmazonOrderId { get; set; }

    public int KindId { get; set; }

    /// <summary>What went wrong and what to do about it, in words an admin can act on.</summary>
    public string Message { get; set; } = string.Empty;

    public string? Details { get; set; }

    public DateTime OccurredOnUtc { get; set; }

    public bool IsResolved { get; set; }

    public DateTime? ResolvedOnUtc { get; set; }

    public AmazonSyncErrorKind Kind
    {
        get => (AmazonSyncErrorKind)KindId;
        set => KindId = (int)value;
    }
}
