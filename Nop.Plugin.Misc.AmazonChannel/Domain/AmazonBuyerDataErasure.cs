using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>The buyer data of an Amazon order was erased (Amazon's Data Protection Policy); unique per order link.</summary>
public class AmazonBuyerDataErasure : BaseEntity
{
    public int AccountId { get; set; }

    public int OrderLinkId { get; set; }

    public int? OrderId { get; set; }

    public DateTime ErasedOnUtc { get; set; }
}
