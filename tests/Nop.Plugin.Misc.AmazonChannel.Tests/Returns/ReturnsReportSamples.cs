namespace Nop.Plugin.Misc.AmazonChannel.Tests.Returns;

/// <summary>Returns reports as Amazon writes them (facts sheet §2.10: human-readable headers, dd-MMM-yyyy dates).</summary>
public static class ReturnsReportSamples
{
    public static readonly string[] Header =
    [
        "Order ID", "Order date", "Return request date", "Return request status", "Amazon RMA ID", "Merchant RMA ID", "Label type",
        "Label cost", "Currency code", "Return carrier", "Tracking ID", "Label to be paid by", "A-to-Z Claim", "Is prime", "ASIN",
        "Merchant SKU", "Item Name", "Return quantity", "Return Reason", "In policy", "Return type", "Resolution", "Invoice number",
        "Return delivery date", "Order Amount", "Order quantity", "SafeT Action reason", "SafeT claim id", "SafeT claim state",
        "SafeT claim creation time", "SafeT claim reimbursement amount", "Refunded Amount"
    ];

    /// <summary>A full row; <paramref name="refunded"/> is written as given (EU files use decimal commas).</summary>
    public static string Row(string orderId, string rma, string status, string sku, int quantity = 1, string reason = "AMZ-PG-BAD-DESC",
        string returnType = "C-Returns", string resolution = "StandardRefund", string tracking = "1Z999AA10123456784", string refunded = "") =>
        string.Join('\t', orderId, "20-Nov-2026", "23-Nov-2026", status, rma, " ", "AmazonPrePaidLabel", "5.99", "USD", "UPS", tracking, "Amazon", "N", "N",
            "B000TEST01", sku, "Widget, blue", quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), reason, "Y", returnType, resolution, " ",
            " ", "27.50", "1", " ", " ", " ", " ", " ", refunded);

    public static string Report(params string[] rows) => string.Join("\r\n", [string.Join('\t', Header), .. rows]) + "\r\n";
}
