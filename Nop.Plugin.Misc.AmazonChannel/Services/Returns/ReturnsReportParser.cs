using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>One returned line of Amazon's returns report.</summary>
public sealed record AmazonReturnLine
{
    public required int RowNumber { get; init; }
    public required string AmazonOrderId { get; init; }
    public required string RmaId { get; init; }
    public required string Status { get; init; }
    public required string SellerSku { get; init; }
    public required int Quantity { get; init; }
    public string? ReasonCode { get; init; }
    public string? ReturnType { get; init; }
    public string? Resolution { get; init; }
    public string? TrackingId { get; init; }
    public DateTime? RequestedOnUtc { get; init; }
    public decimal RefundedAmount { get; init; }

    public bool IsApproved => AmazonReturnStatuses.IsApproved(Status);

    /// <summary>A refund where the buyer keeps the item (Amazon writes "Returnless" in Return type or Resolution).</summary>
    public bool IsReturnless =>
        (ReturnType?.Contains("returnless", StringComparison.OrdinalIgnoreCase) ?? false)
        || (Resolution?.Contains("returnless", StringComparison.OrdinalIgnoreCase) ?? false);
}

public sealed record ReturnsReportResult(IReadOnlyList<AmazonReturnLine> Lines, IReadOnlyList<ReportRowError> Errors);

/// <summary>
/// Reads GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE as Amazon writes it: human-readable headers ("Amazon RMA ID",
/// matched case-insensitively), dates as dd-MMM-yyyy (or any form <see cref="ReportDates"/> reads), cells that hold
/// only a space (empty), and rows shorter than the header (Amazon drops trailing empty cells: a row is usable when
/// it reaches the columns that matter). Amounts are read by the convention of the marketplace the report was requested
/// for (<see cref="MarketplaceAmountFormat"/>: "12,50" in a German file, "12.50" in a US one); an amount that does not
/// fit it is refused, never read by another convention. A bad row is reported by number and column, never by value,
/// and never stops the report.
/// </summary>
public static class ReturnsReportParser
{
    public const string OrderIdColumn = "Order ID";
    public const string RmaColumn = "Amazon RMA ID";
    public const string StatusColumn = "Return request status";
    public const string SkuColumn = "Merchant SKU";
    public const string QuantityColumn = "Return quantity";

    public const string RefundedAmountColumn = "Refunded Amount";

    /// <param name="content">The report's text.</param>
    /// <param name="amountFormat">The convention of the marketplace the report was requested for
    /// (<see cref="MarketplaceAmountFormat.ForOrUnambiguous"/>).</param>
    public static ReturnsReportResult Parse(string content, MarketplaceAmountFormat amountFormat)
    {
        var report = FlatFileReport.Parse(content);
        var lines = new List<AmazonReturnLine>();
        var errors = new List<ReportRowError>();
        var missing = new[] { OrderIdColumn, RmaColumn, StatusColumn, SkuColumn, QuantityColumn }.Where(column => !report.HasColumn(column)).ToList();
        if (report.Rows.Count > 0 && missing.Count > 0)
            return new ReturnsReportResult([], [new ReportRowError(1, $"the header has no column '{string.Join("', '", missing)}'")]);

        foreach (var row in report.Rows)
        {
            if (row.HasExtraCells)
            {
                errors.Add(new ReportRowError(row.RowNumber, $"the row has {row.CellCount} cells for {row.HeaderWidth} columns, so its cells are out of step with the header"));
                continue;
            }

            try
            {
                lines.Add(Read(row, amountFormat));
            }
            catch (ReportCellException exception)
            {
                errors.Add(new ReportRowError(row.RowNumber, exception.Message));
            }
        }

        return new ReturnsReportResult(lines, errors);
    }

    private static AmazonReturnLine Read(FlatFileRow row, MarketplaceAmountFormat amountFormat)
    {
        var quantity = row.Integer(QuantityColumn, -1);
        if (quantity < 1)
            throw new ReportCellException(QuantityColumn, row.Text(QuantityColumn) is null ? "is empty" : "is not a positive whole number");

        return new AmazonReturnLine
        {
            RowNumber = row.RowNumber,
            AmazonOrderId = row.RequiredText(OrderIdColumn),
            RmaId = row.RequiredText(RmaColumn),
            Status = row.RequiredText(StatusColumn),
            SellerSku = row.RequiredText(SkuColumn),
            Quantity = quantity,
            ReasonCode = row.Text("Return Reason"),
            ReturnType = row.Text("Return type"),
            Resolution = row.Text("Resolution"),
            TrackingId = row.Text("Tracking ID"),
            RequestedOnUtc = row.Date("Return request date"),
            RefundedAmount = row.Amount(RefundedAmountColumn, amountFormat)
        };
    }
}

/// <summary>Amazon's return request statuses and what each means for the store's return request.</summary>
public static class AmazonReturnStatuses
{
    public const string Approved = "Approved";

    public static bool IsApproved(string status) => status.Trim().Equals(Approved, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The store status for an Amazon status: Approved → pending (waiting for the item), Closed → items refunded when
    /// Amazon refunded something, else received; Rejected/Denied → rejected; Cancelled → cancelled; anything else: null
    /// (left as it is).
    /// </summary>
    public static Nop.Core.Domain.Orders.ReturnRequestStatus? ToStoreStatus(string status, decimal refundedAmount) => status.Trim().ToUpperInvariant() switch
    {
        "APPROVED" or "AUTHORIZED" => Nop.Core.Domain.Orders.ReturnRequestStatus.Pending,
        "CLOSED" or "COMPLETED" => refundedAmount != 0
            ? Nop.Core.Domain.Orders.ReturnRequestStatus.ItemsRefunded
            : Nop.Core.Domain.Orders.ReturnRequestStatus.Received,
        "REJECTED" or "DENIED" => Nop.Core.Domain.Orders.ReturnRequestStatus.RequestRejected,
        "CANCELLED" or "CANCELED" => Nop.Core.Domain.Orders.ReturnRequestStatus.Cancelled,
        _ => null
    };
}
