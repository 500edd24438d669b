using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// One line of the refund ledger: an amount of one component (Principal, Shipping, Tax, ...) of one Amazon order item,
/// in the order's currency. <see cref="AmazonRefundLedgerSource.Charge"/> lines hold what the buyer paid; every other
/// source holds money given back (deductions such as a restocking fee are negative). What is left refundable is
/// charged minus everything given back that is not <see cref="AmazonRefundLedgerEntryStatus.Released"/>.
/// (AccountId, AmazonOrderId, AmazonOrderItemId, ComponentId, SourceId, Reference) is unique, so recording the same
/// line twice (a retried import of a settlement, a resumed request) never counts it twice.
/// </summary>
public class AmazonRefundLedgerEntry : BaseEntity
{
    public int AccountId { get; set; }

    public int OrderLinkId { get; set; }

    public string AmazonOrderId { get; set; } = string.Empty;

    public string AmazonOrderItemId { get; set; } = string.Empty;

    public int ComponentId { get; set; }

    public int SourceId { get; set; }

    public int StatusId { get; set; }

    /// <summary>Order currency; positive = charged to or given back to the buyer, negative = a deduction kept by the seller.</summary>
    public decimal Amount { get; set; }

    public string CurrencyCode { get; set; } = string.Empty;

    /// <summary>
    /// What the line stands for: "charge" for charges; for this plugin's refunds the MerchantAdjustmentItemID sent to
    /// Amazon; for settlements the settlement ID and row (or the MerchantAdjustmentItemID Amazon echoes).
    /// </summary>
    public string Reference { get; set; } = string.Empty;

    /// <summary>The outbox request that sends this refund (this plugin's refunds only).</summary>
    public int? OutboundRequestId { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public AmazonRefundComponent Component
    {
        get => (AmazonRefundComponent)ComponentId;
        set => ComponentId = (int)value;
    }

    public AmazonRefundLedgerSource Source
    {
        get => (AmazonRefundLedgerSource)SourceId;
        set => SourceId = (int)value;
    }

    public AmazonRefundLedgerEntryStatus Status
    {
        get => (AmazonRefundLedgerEntryStatus)StatusId;
        set => StatusId = (int)value;
    }
}
