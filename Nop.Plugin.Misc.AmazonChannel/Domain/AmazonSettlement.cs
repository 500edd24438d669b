using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// A settlement report that has been recorded. (AccountId, SettlementId) is unique: a settlement is applied once.
/// </summary>
public class AmazonSettlement : BaseEntity
{
    public int AccountId { get; set; }

    public string SettlementId { get; set; } = string.Empty;

    public string ReportId { get; set; } = string.Empty;

    public string CurrencyCode { get; set; } = string.Empty;

    public DateTime? StartDateUtc { get; set; }

    public DateTime? EndDateUtc { get; set; }

    public DateTime? DepositDateUtc { get; set; }

    /// <summary>The amount Amazon pays out (the summary row's total-amount).</summary>
    public decimal TotalAmount { get; set; }

    public int TransactionCount { get; set; }

    public DateTime RecordedOnUtc { get; set; }
}
