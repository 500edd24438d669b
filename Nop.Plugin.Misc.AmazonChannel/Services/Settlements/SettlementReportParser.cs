using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>The summary row of a settlement: what Amazon pays out, when.</summary>
public sealed record SettlementSummary(string SettlementId, DateTime? StartUtc, DateTime? EndUtc, DateTime? DepositUtc, decimal TotalAmount, string CurrencyCode);

/// <summary>
/// One transaction of a settlement: all amount rows of one transaction type, order (or none) and adjustment, summed by
/// kind. <see cref="MerchantAdjustmentItemIds"/> is not empty when the seller sent the refund (a refund feed).
/// </summary>
public sealed record SettlementTransaction
{
    public required string TransactionType { get; init; }
    public string? AmazonOrderId { get; init; }
    public string? AdjustmentId { get; init; }
    public decimal Sales { get; init; }
    public decimal Promotions { get; init; }
    public decimal Fees { get; init; }
    public decimal Other { get; init; }
    public DateTime? PostedUtc { get; init; }
    public IReadOnlyList<string> MerchantAdjustmentItemIds { get; init; } = [];
    public IReadOnlyList<string> OrderItemCodes { get; init; } = [];

    /// <summary>The item price and promotion amounts per order item code and amount description (for the refund ledger).</summary>
    public IReadOnlyList<SettlementAmount> PriceAmounts { get; init; } = [];

    public decimal Net => Sales + Promotions + Fees + Other;

    /// <summary>What the buyer got back (refund types): the item price and promotion amounts, as a positive number.</summary>
    public decimal RefundedToBuyer => SettlementTransactionTypes.IsRefund(TransactionType) ? Math.Max(0m, -(Sales + Promotions)) : 0m;

    /// <summary>A refund Amazon made by itself (A-to-z, chargeback, or a refund the store did not send).</summary>
    public bool IsAmazonSideRefund => SettlementTransactionTypes.IsRefund(TransactionType) && MerchantAdjustmentItemIds.Count == 0;
}

/// <summary>One ItemPrice or Promotion amount of a transaction: its order item code, description (Principal, Shipping, Tax...) and amount.</summary>
public sealed record SettlementAmount(string? OrderItemCode, string Description, decimal Amount);

public sealed record SettlementReport(SettlementSummary Summary, IReadOnlyList<SettlementTransaction> Transactions, IReadOnlyList<ReportRowError> Errors);

/// <summary>Amazon's settlement transaction types (transaction-type column).</summary>
public static class SettlementTransactionTypes
{
    public const string Order = "Order";
    public const string Refund = "Refund";
    public const string ChargebackRefund = "Chargeback Refund";
    public const string AtoZGuaranteeRefund = "A-to-z Guarantee Refund";
    public const string OtherTransaction = "other-transaction";
    public const string ServiceFee = "ServiceFee";

    public static bool IsRefund(string type) =>
        type.Equals(Refund, StringComparison.OrdinalIgnoreCase) || type.Equals(ChargebackRefund, StringComparison.OrdinalIgnoreCase)
        || type.Equals(AtoZGuaranteeRefund, StringComparison.OrdinalIgnoreCase) || type.Equals("Chargeback", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Reads GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2 (facts sheet §2.10): by header name; the first data row is the
/// summary (settlement-id, dates, deposit-date, total-amount, currency); every other row is one amount component
/// (amount-type, amount-description, amount), grouped here by transaction type, order and adjustment. Amounts are read
/// by the convention of the settlement's marketplace (<see cref="SettlementAmountConvention"/>: "1141,18" in an
/// Amazon.de file, "1141.18" in an Amazon.com one), never guessed from the cell; dates come as ISO 8601,
/// "2026-11-23 10:15:00 UTC" or, in EU files, "23.11.2026 10:15:00 UTC" / "23.11.2026". An amount row that does not
/// fit is reported by number and column and left out; a summary that does not fit makes the whole file unreadable
/// (its total is what Amazon pays out).
/// </summary>
public static class SettlementReportParser
{
    private static readonly string[] _dottedForms = ["dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy"];

    /// <param name="content">The report's text.</param>
    /// <param name="listedMarketplaceIds">The marketplaces getReports listed the report with (used for the amount
    /// convention only when no row names its marketplace).</param>
    /// <exception cref="FormatException">No summary, or a summary cell that cannot be read (row and column named).</exception>
    public static SettlementReport Parse(string content, IReadOnlyCollection<string> listedMarketplaceIds)
    {
        var report = FlatFileReport.Parse(content);
        if (report.Rows.Count == 0 || !report.HasColumn("settlement-id"))
            throw new FormatException("the settlement report has no summary row or no 'settlement-id' column");

        var format = SettlementAmountConvention.Of(report.Rows.Skip(1), listedMarketplaceIds);
        var first = report.Rows[0];
        SettlementSummary summary;
        try
        {
            summary = new SettlementSummary(first.RequiredText("settlement-id"), Date(first, "settlement-start-date"), Date(first, "settlement-end-date"),
                Date(first, "deposit-date"), first.Amount("total-amount", format), first.Text("currency") ?? string.Empty);
        }
        catch (ReportCellException exception)
        {
            throw new FormatException($"row {first.RowNumber} (the summary): {exception.Message}", exception);
        }

        var errors = new List<ReportRowError>();
        var amounts = new List<(FlatFileRow Row, string Type, string Kind, decimal Amount, DateTime? Posted)>();
        foreach (var row in report.Rows.Skip(1))
        {
            try
            {
                if (row.HasExtraCells)
                    throw new ReportCellException("transaction-type", "is out of step with the header (the row has more cells than columns)");
                var type = row.RequiredText("transaction-type");
                var posted = Date(row, "posted-date-time") ?? Date(row, "posted-date");
                amounts.Add((row, type, Kind(row.Text("amount-type"), row.Text("amount-description")), row.Amount("amount", format), posted));
            }
            catch (ReportCellException exception)
            {
                errors.Add(new ReportRowError(row.RowNumber, exception.Message));
            }
        }

        var transactions = amounts
            .GroupBy(a => (a.Type, Order: a.Row.Text("order-id") ?? string.Empty, Adjustment: a.Row.Text("adjustment-id") ?? string.Empty))
            .Select(group => new SettlementTransaction
            {
                TransactionType = group.Key.Type,
                AmazonOrderId = group.Key.Order.Length == 0 ? null : group.Key.Order,
                AdjustmentId = group.Key.Adjustment.Length == 0 ? null : group.Key.Adjustment,
                Sales = group.Where(a => a.Kind == "Sales").Sum(a => a.Amount),
                Promotions = group.Where(a => a.Kind == "Promotions").Sum(a => a.Amount),
                Fees = group.Where(a => a.Kind == "Fees").Sum(a => a.Amount),
                Other = group.Where(a => a.Kind == "Other").Sum(a => a.Amount),
                PostedUtc = group.Max(a => a.Posted),
                MerchantAdjustmentItemIds = group.Select(a => a.Row.Text("merchant-adjustment-item-id")).OfType<string>().Distinct().ToList(),
                OrderItemCodes = group.Select(a => a.Row.Text("order-item-code")).OfType<string>().Distinct().ToList(),
                PriceAmounts = group.Where(a => a.Kind is "Sales" or "Promotions")
                    .Select(a => new SettlementAmount(a.Row.Text("order-item-code"), a.Row.Text("amount-description") ?? "Principal", a.Amount)).ToList()
            })
            .ToList();

        return new SettlementReport(summary, transactions, errors);
    }

    /// <summary>Sales (ItemPrice), Promotions, Fees (ItemFees, commissions and fees of any type), or Other.</summary>
    private static string Kind(string? amountType, string? description)
    {
        var type = amountType ?? string.Empty;
        if (type.Equals("ItemPrice", StringComparison.OrdinalIgnoreCase))
            return "Sales";
        if (type.Equals("Promotion", StringComparison.OrdinalIgnoreCase))
            return "Promotions";
        if (type.Contains("Fee", StringComparison.OrdinalIgnoreCase) || (description ?? string.Empty).Contains("Fee", StringComparison.OrdinalIgnoreCase)
            || (description ?? string.Empty).Contains("Commission", StringComparison.OrdinalIgnoreCase))
            return "Fees";
        return "Other";
    }

    private static DateTime? Date(FlatFileRow row, string column)
    {
        var text = row.Text(column);
        if (text is null)
            return null;
        if (ReportDates.TryParse(text, out var utc))
            return utc;

        var value = text.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) ? text[..^4] : text;
        return DateTime.TryParseExact(value, _dottedForms, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dotted)
            ? DateTime.SpecifyKind(dotted, DateTimeKind.Utc)
            : throw new ReportCellException(column, $"is not a date in a form Amazon writes ({ReportDates.Forms} or 23.11.2026 10:15:00 UTC)");
    }
}
