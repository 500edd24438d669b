using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// One line of an Amazon return (RMA) and the return request created for it. (AccountId, AmazonRmaId, LineKey) is
/// unique: reading the same returns report twice never creates a second return request.
/// </summary>
public class AmazonReturnLink : BaseEntity
{
    public int AccountId { get; set; }

    public int? OrderLinkId { get; set; }

    public string AmazonOrderId { get; set; } = string.Empty;

    public string AmazonRmaId { get; set; } = string.Empty;

    /// <summary>The returned line: the seller SKU, and for a bundle component "SKU#productId".</summary>
    public string LineKey { get; set; } = string.Empty;

    public int ReturnRequestId { get; set; }

    /// <summary>Amazon's return request status as the report last wrote it (Approved, Closed, ...).</summary>
    public string AmazonStatus { get; set; } = string.Empty;

    public int Quantity { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
