using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Why and by whom a refund or cancellation was rejected in the queue (never sent to Amazon). The request itself stays
/// in the outbox in state <see cref="AmazonOutboundRequestState.Cancelled"/>.
/// </summary>
public class AmazonQueueRejection : BaseEntity
{
    public int OutboundRequestId { get; set; }

    /// <summary>The nopCommerce customer (admin) who rejected it.</summary>
    public int RejectedByCustomerId { get; set; }

    /// <summary>The admin's name or e-mail as shown in the queue (staff, never buyer data).</summary>
    public string RejectedBy { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    public DateTime RejectedOnUtc { get; set; }
}
