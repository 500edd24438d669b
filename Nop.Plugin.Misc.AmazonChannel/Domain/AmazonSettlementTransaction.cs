using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// One transaction of a settlement for one Amazon order (all its amount components summed by kind): what the buyer
/// paid, Amazon's fees, and what reached the seller. Rows without an order (service fees, other transactions) have no
/// order link.
/// </summary>
public class AmazonSettlementTransaction : BaseEntity
{
    public int SettlementRecordId { get; set; }

    public int AccountId { get; set; }

    public int? OrderLinkId { get; set; }

    public int? OrderId { get; set; }

    public string? AmazonOrderId { get; set; }

    /// <summary>Amazon's transaction-type (Order, Refund, Chargeback Refund, A-to-z Guarantee Refund, ServiceFee, ...).</summary>
    public string TransactionType { get; set; } = string.Empty;

    public string? AdjustmentId { get; set; }

    /// <summary>Item price, shipping, tax and gift wrap (ItemPrice amounts).</summary>
    public decimal Sales { get; set; }

    public decimal Promotions { get; set; }

    /// <summary>Amazon's fees (commission, FBA fees, refund commission, ...); negative is charged to the seller.</summary>
    public decimal Fees { get; set; }

    /// <summary>Every other amount (withheld tax, other-transaction amounts, ...).</summary>
    public decimal Other { get; set; }

    /// <summary>The sum of all amounts: what this transaction adds to (or takes from) the payout.</summary>
    public decimal Net { get; set; }

    /// <summary>What the buyer got back (refund types), positive.</summary>
    public decimal RefundedToBuyer { get; set; }

    /// <summary>A refund Amazon made by itself (no refund from the store behind it); it was applied to the store order.</summary>
    public bool IsAmazonSideRefund { get; set; }

    public string CurrencyCode { get; set; } = string.Empty;

    public DateTime? PostedDateUtc { get; set; }
}
