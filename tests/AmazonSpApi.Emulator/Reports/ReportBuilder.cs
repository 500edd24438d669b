using System.Globalization;
using System.Text;

namespace AmazonSpApi.Emulator;

public static class ReportTypes
{
    public const string AllOrdersByLastUpdate = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public const string AllOrdersByOrderDate = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL";
    public const string OrdersShipping = "GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING";
    public const string OrdersInvoicing = "GET_FLAT_FILE_ORDER_REPORT_DATA_INVOICING";
    public const string OrdersTax = "GET_FLAT_FILE_ORDER_REPORT_DATA_TAX";
    public const string ActionableOrders = "GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING";
    public const string Returns = "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE";
    public const string Settlement = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2";

    public static readonly string[] Requestable = [AllOrdersByLastUpdate, AllOrdersByOrderDate, OrdersShipping, OrdersInvoicing, OrdersTax, ActionableOrders, Returns];

    /// <summary>Report types whose documents need a restricted data token (facts sheet §2.6).</summary>
    public static readonly string[] Restricted = [OrdersShipping, OrdersInvoicing, OrdersTax, ActionableOrders];
}

/// <summary>
/// Report lifecycle in virtual time: IN_QUEUE, IN_PROGRESS after a third of ReportProcessingDelay, DONE after the
/// delay with a tab-separated document (GZIP when CompressReports) built from the state at that moment.
/// </summary>
internal sealed class ReportBuilder(EmulatorCore core)
{
    private long _reports;
    private readonly HashSet<string> _settledItems = new(StringComparer.Ordinal);
    private readonly HashSet<EmulatedRefund> _settledRefunds = new(ReferenceEqualityComparer.Instance);
    private DateTimeOffset? _lastSettlementEnd;

    public EmulatedReport Create(string reportType, string[] marketplaceIds, DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset now)
    {
        var delay = core.Options.ReportProcessingDelay;
        var report = new EmulatedReport
        {
            ReportId = NextId(),
            ReportType = reportType,
            MarketplaceIds = marketplaceIds,
            DataStartTime = start ?? now.AddDays(reportType == ReportTypes.Returns ? -60 : -30),
            DataEndTime = end ?? now,
            CreatedTime = now,
            StartsAt = now + delay / 3,
            DoneAt = now + delay,
            Restricted = ReportTypes.Restricted.Contains(reportType),
        };
        core.State.ReportList.Add(report);
        return report;
    }

    /// <summary>Amazon-generated settlement reports (one per marketplace), DONE at once; covers everything not settled yet.</summary>
    public EmulatedReport CreateSettlementReport(DateTimeOffset now)
    {
        var start = _lastSettlementEnd ?? core.Options.OrdersFrom ?? now.AddDays(-2);
        EmulatedReport? last = null;
        foreach (var market in core.State.Marketplaces)
        {
            var report = new EmulatedReport
            {
                ReportId = NextId(),
                ReportType = ReportTypes.Settlement,
                MarketplaceIds = [market.Id],
                DataStartTime = start,
                DataEndTime = now,
                CreatedTime = now,
                StartsAt = now,
                DoneAt = now,
                ProcessingStatus = ProcessingStatuses.Done,
                ProcessingStartTime = now,
                ProcessingEndTime = now,
            };
            var rows = SettlementReport.Build(core.State, market, start, now, _settledItems, _settledRefunds, core.Options.Seed, report.ReportId);
            Store(report, rows, now);
            core.State.ReportList.Add(report);
            last = report;
        }

        _lastSettlementEnd = now;
        return last!;
    }

    public DateTimeOffset? NextEvent(EmulatedReport report) => report.ProcessingStatus switch
    {
        ProcessingStatuses.InQueue => report.StartsAt,
        ProcessingStatuses.InProgress => report.DoneAt,
        _ => null,
    };

    public void Advance(EmulatedReport report, DateTimeOffset at)
    {
        if (report.ProcessingStatus == ProcessingStatuses.InQueue)
        {
            report.ProcessingStatus = ProcessingStatuses.InProgress;
            report.ProcessingStartTime = at;
            return;
        }

        var rows = report.ReportType switch
        {
            ReportTypes.AllOrdersByLastUpdate or ReportTypes.AllOrdersByOrderDate => OrderReports.AllOrders(core.State, report),
            ReportTypes.ActionableOrders => OrderReports.Actionable(core.State, report, at),
            ReportTypes.Returns => ReturnsReport.Build(core.State, report),
            _ => OrderReports.NewOrders(core.State, report),
        };
        if (core.Faults.Decide("malformedRows", report.ReportId, 0, core.Options.Faults.MalformedReportRows))
            rows = Malform(rows);
        Store(report, rows, at);
        report.ProcessingEndTime = at;
        report.ProcessingStatus = ProcessingStatuses.Done;
    }

    private void Store(EmulatedReport report, ReportRows rows, DateTimeOffset at)
    {
        var text = new StringBuilder();
        text.Append(string.Join('\t', rows.Header)).Append("\r\n");
        foreach (var row in rows.Data)
            text.Append(string.Join('\t', row.Select(Clean))).Append("\r\n");
        var doc = core.Documents.Create("report", "text/tab-separated-values; charset=UTF-8", at, Encoding.UTF8.GetBytes(text.ToString()),
            core.Options.CompressReports, report.Restricted);
        doc.HasMalformedRows = rows.Malformed;
        report.ReportDocumentId = doc.DocumentId;
        report.RowCount = rows.Data.Count - rows.SummaryRows;
    }

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>Fault MalformedReportRows: every third data row loses its last columns or gets unparsable values.</summary>
    private static ReportRows Malform(ReportRows rows)
    {
        var data = rows.Data.Select((row, i) =>
        {
            if (i % 3 != 1)
                return row;
            if (i % 2 == 1)
                return row.Take(Math.Max(1, row.Length - 3)).ToArray();
            var copy = row.ToArray();
            for (var c = 1; c < copy.Length; c++)
                copy[c] = c % 2 == 0 ? "12,3O" : "not-a-date";
            return copy;
        }).ToList();
        return rows with { Data = data, Malformed = true };
    }

    private string NextId() =>
        (67_000_018_000L + ++_reports * 13 + (core.Options.Seed & 0xF)).ToString(CultureInfo.InvariantCulture);
}

/// <summary>Rows of a flat-file report: header names, data rows, and how many leading rows are summaries (settlement).</summary>
internal sealed record ReportRows(string[] Header, List<string[]> Data, int SummaryRows = 0, bool Malformed = false);

internal static class Flat
{
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public static string Money(decimal value, MarketplaceInfo market) =>
        value.ToString(market.CurrencyDecimals == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
