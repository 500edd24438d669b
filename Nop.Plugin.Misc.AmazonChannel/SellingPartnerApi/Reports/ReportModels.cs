using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;

[SpApiModel("reports_2021-06-30", "CreateReportSpecification")]
public sealed class CreateReportSpecification
{
    /// <summary>Options that vary by report type (for example ShowSalesChannel).</summary>
    [JsonPropertyName("reportOptions")] public Dictionary<string, string>? ReportOptions { get; set; }
    [JsonPropertyName("reportType")] public string ReportType { get; set; } = string.Empty;
    [JsonPropertyName("dataStartTime")] public DateTimeOffset? DataStartTime { get; set; }
    [JsonPropertyName("dataEndTime")] public DateTimeOffset? DataEndTime { get; set; }
    [JsonPropertyName("marketplaceIds")] public List<string> MarketplaceIds { get; set; } = [];
}

[SpApiModel("reports_2021-06-30", "CreateReportResponse")]
public sealed class CreateReportResponse
{
    [JsonPropertyName("reportId")] public string ReportId { get; set; } = string.Empty;
}

[SpApiModel("reports_2021-06-30", "Report")]
public sealed class Report
{
    [JsonPropertyName("marketplaceIds")] public List<string>? MarketplaceIds { get; set; }
    [JsonPropertyName("reportId")] public string ReportId { get; set; } = string.Empty;
    [JsonPropertyName("reportType")] public string ReportType { get; set; } = string.Empty;
    [JsonPropertyName("dataStartTime")] public DateTimeOffset? DataStartTime { get; set; }
    [JsonPropertyName("dataEndTime")] public DateTimeOffset? DataEndTime { get; set; }
    [JsonPropertyName("reportScheduleId")] public string? ReportScheduleId { get; set; }
    [JsonPropertyName("createdTime")] public DateTimeOffset CreatedTime { get; set; }

    /// <summary>One of <see cref="ProcessingStatuses"/>.</summary>
    [JsonPropertyName("processingStatus")] public string ProcessingStatus { get; set; } = string.Empty;
    [JsonPropertyName("processingStartTime")] public DateTimeOffset? ProcessingStartTime { get; set; }
    [JsonPropertyName("processingEndTime")] public DateTimeOffset? ProcessingEndTime { get; set; }
    [JsonPropertyName("reportDocumentId")] public string? ReportDocumentId { get; set; }

    [JsonIgnore] public bool IsFinished => ProcessingStatuses.IsFinished(ProcessingStatus);
}

[SpApiModel("reports_2021-06-30", "GetReportsResponse")]
public sealed class GetReportsResponse
{
    [JsonPropertyName("reports")] public List<Report> Reports { get; set; } = [];
    [JsonPropertyName("nextToken")] public string? NextToken { get; set; }
}

[SpApiModel("reports_2021-06-30", "ReportDocument")]
public sealed class ReportDocument
{
    [JsonPropertyName("reportDocumentId")] public string ReportDocumentId { get; set; } = string.Empty;

    /// <summary>A presigned URL valid for five minutes. Never log it.</summary>
    [JsonPropertyName("url")] public string Url { get; set; } = string.Empty;

    /// <summary><c>GZIP</c> when the document is compressed.</summary>
    [JsonPropertyName("compressionAlgorithm")] public string? CompressionAlgorithm { get; set; }

    public override string ToString() => $"Report document {ReportDocumentId}";
}

/// <summary>The filters of getReports. When paging, only the next token is sent (Amazon rejects anything else with it).</summary>
public sealed class GetReportsQuery
{
    public IReadOnlyList<string> ReportTypes { get; set; } = [];
    public IReadOnlyList<string> ProcessingStatuses { get; set; } = [];
    public IReadOnlyList<string> MarketplaceIds { get; set; } = [];

    /// <summary>1 to 100 (Amazon's default is 10).</summary>
    public int? PageSize { get; set; }
    public DateTimeOffset? CreatedSince { get; set; }
    public DateTimeOffset? CreatedUntil { get; set; }
}

/// <summary>The outcome of <see cref="ReportsClient.RunReportAsync"/>.</summary>
public sealed class ReportResult
{
    public ReportResult(Report report, SpApiDocument? document)
    {
        Report = report;
        Document = document;
    }

    /// <summary>The report in its final state (DONE, CANCELLED or FATAL).</summary>
    public Report Report { get; }

    /// <summary>The report content when DONE; for FATAL, Amazon's error document if it made one; null when CANCELLED
    /// (Amazon cancels a report that has no data).</summary>
    public SpApiDocument? Document { get; }

    public bool IsDone => Report.ProcessingStatus == ProcessingStatuses.Done;
}

/// <summary>The processing statuses of reports and feeds.</summary>
public static class ProcessingStatuses
{
    public const string Cancelled = "CANCELLED";
    public const string Done = "DONE";
    public const string Fatal = "FATAL";
    public const string InProgress = "IN_PROGRESS";
    public const string InQueue = "IN_QUEUE";

    public static bool IsFinished(string? status) => status is Done or Cancelled or Fatal;
}

/// <summary>Report types used by the plugin, and those whose documents need a Restricted Data Token.</summary>
public static class ReportTypes
{
    public const string AllOrdersByLastUpdate = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public const string AllOrdersByOrderDate = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL";
    public const string ActionableOrdersShipping = "GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING";
    public const string OrdersShipping = "GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING";
    public const string ReturnsFlatFile = "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE";
    public const string ReturnsXml = "GET_XML_RETURNS_DATA_BY_RETURN_DATE";
    public const string SettlementFlatFileV2 = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2";

    private static readonly HashSet<string> _restricted = new(StringComparer.Ordinal)
    {
        "GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING",
        "GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING", "GET_FLAT_FILE_ORDER_REPORT_DATA_INVOICING", "GET_FLAT_FILE_ORDER_REPORT_DATA_TAX",
        "GET_ORDER_REPORT_DATA_SHIPPING", "GET_ORDER_REPORT_DATA_INVOICING", "GET_ORDER_REPORT_DATA_TAX",
        "GET_FLAT_FILE_ORDERS_RECONCILIATION_DATA_TAX", "GET_FLAT_FILE_ORDERS_RECONCILIATION_DATA_TRANSACTION_VIEW",
        "GET_FLAT_FILE_ORDERS_RECONCILIATION_DATA_INVOICE_VIEW",
        "GET_AMAZON_FULFILLED_SHIPMENTS_DATA_INVOICING", "GET_AMAZON_FULFILLED_SHIPMENTS_DATA_TAX",
        "GET_EASYSHIP_DOCUMENTS", "GET_GST_MTR_B2B_CUSTOM", "GET_VAT_TRANSACTION_DATA", "SC_VAT_TAX_REPORT"
    };

    /// <summary>True when getReportDocument for this report type needs a Restricted Data Token (facts sheet §2.6).</summary>
    public static bool IsRestricted(string reportType) => _restricted.Contains(reportType);
}
