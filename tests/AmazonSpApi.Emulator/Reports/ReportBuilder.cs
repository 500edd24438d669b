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

    /// <summary>
    /// Amazon-generated settlement reports (one per marketplace), DONE at once; covers everything not settled yet. Each
    /// is listed with every marketplace of the seller, as Amazon lists them (amzn/selling-partner-api-models#2911,
    /// #1379): only the file's rows (marketplace-name) tell whose settlement it is.
    /// </summary>
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
                MarketplaceIds = core.State.Marketplaces.Select(m => m.Id).ToArray(),
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
            Store(report, rows, now, market);
            core.State.ReportList.Add(report);
            last = report;
        }

        _lastSettlementEnd = now;
        return last!;
    }

    /// <summary>When Amazon generates the next settlement (<see cref="EmulatorOptions.SettlementPeriod"/> after the last one).</summary>
    public DateTimeOffset? NextSettlementDue =>
        _lastSettlementEnd is { } last && core.Options.SettlementPeriod is { } period && period > TimeSpan.Zero ? last + period : null;

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
            ReportTypes.AllOrdersByLastUpdate or ReportTypes.AllOrdersByOrderDate => OrderReports.AllOrders(core.State, report, core.Options),
            ReportTypes.ActionableOrders => OrderReports.Actionable(core.State, report, at),
            ReportTypes.Returns => ReturnsReport.Build(core.State, report, at, core.Options.Seed),
            _ => OrderReports.NewOrders(core.State, report, core.Options),
        };
        if (core.Faults.Decide("malformedRows", report.ReportId, 0, core.Options.Faults.MalformedReportRows))
            rows = Malform(rows, report.ReportId);
        Store(report, rows, at);
        report.ProcessingEndTime = at;
        report.ProcessingStatus = ProcessingStatuses.Done;
    }

    /// <param name="writtenFor">The marketplace whose charset the document has (default: the report's first marketplace).</param>
    private void Store(EmulatedReport report, ReportRows rows, DateTimeOffset at, MarketplaceInfo? writtenFor = null)
    {
        var text = new StringBuilder();
        text.Append(string.Join('\t', rows.Header)).Append("\r\n");
        foreach (var row in rows.Data)
            text.Append(string.Join('\t', row.Select(FlatFileCell.Write))).Append("\r\n");
        var charset = core.Options.Reports.AmazonCharsets ? ReportCharset.For(writtenFor ?? Marketplaces.Get(report.MarketplaceIds[0])) : ReportCharset.Utf8;
        var doc = core.Documents.Create("report", charset.ContentType, at, charset.Encoding.GetBytes(text.ToString()),
            core.Options.CompressReports, report.Restricted);
        doc.HasMalformedRows = rows.Malformed;
        report.ReportDocumentId = doc.DocumentId;
        report.RowCount = rows.Data.Count - rows.SummaryRows;
    }

    /// <summary>
    /// Fault MalformedReportRows: rows drawn at MalformedRowRate are cut off (last three cells gone), get unparsable
    /// values (<c>12,3O</c>, <c>not-a-date</c>), or get their dates written with slashes (<c>01/02/2026</c>).
    /// </summary>
    private ReportRows Malform(ReportRows rows, string reportId)
    {
        var dateColumns = rows.Header.Select((name, index) => (name, index)).Where(c => c.name.Contains("date", StringComparison.OrdinalIgnoreCase)).Select(c => c.index).ToArray();
        var data = rows.Data.Select((row, i) =>
        {
            var r = StableRandom.For(core.Options.Seed, "malformedRow:" + reportId, i);
            if (!r.Chance(core.Options.Faults.MalformedRowRate))
                return row;
            var copy = row.ToArray();
            switch (r.Next(0, 3))
            {
                case 0:
                    return row.Take(Math.Max(1, row.Length - 3)).ToArray();
                case 1:
                    for (var c = 1; c < copy.Length; c++)
                        copy[c] = c % 2 == 0 ? "12,3O" : "not-a-date";
                    return copy;
                default:
                    foreach (var c in dateColumns)
                        copy[c] = "01/02/2026";
                    return copy;
            }
        }).ToList();
        return rows with { Data = data, Malformed = true };
    }

    private string NextId() =>
        (67_000_018_000L + ++_reports * 13 + (core.Options.Seed & 0xF)).ToString(CultureInfo.InvariantCulture);
}

/// <summary>Rows of a flat-file report: header names, data rows, and how many leading rows are summaries (settlement).</summary>
internal sealed record ReportRows(string[] Header, List<string[]> Data, int SummaryRows = 0, bool Malformed = false);

/// <summary>
/// A cell of a tab-separated file as Amazon writes it: quoted (RFC 4180 style, quotes doubled) when it holds a tab, a
/// line break or starts with a quote; literal otherwise, quotes and all.
/// </summary>
internal static class FlatFileCell
{
    public static string Write(string value) =>
        value.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0 || value.StartsWith('"')
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
}

/// <summary>
/// The charset Amazon writes a marketplace's flat files in, and the Content-Type it names it with: Cp1252 (Java's
/// name of Windows-1252) in Europe, Shift_JIS in Japan, UTF-8 elsewhere. Characters a charset lacks become "?",
/// as in Amazon's files.
/// </summary>
internal sealed record ReportCharset(Encoding Encoding, string ContentType)
{
    public static readonly ReportCharset Utf8 = new(new UTF8Encoding(false), "text/tab-separated-values; charset=UTF-8");

    private static readonly ReportCharset Cp1252 = new(CodePage(1252), "text/plain;charset=Cp1252");

    private static readonly ReportCharset ShiftJis = new(CodePage(932), "text/plain;charset=Shift_JIS");

    public static ReportCharset For(MarketplaceInfo marketplace) => marketplace switch
    {
        { Region: "EU" } => Cp1252,
        { CountryCode: "JP" } => ShiftJis,
        _ => Utf8,
    };

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, new EncoderReplacementFallback("?"), DecoderFallback.ExceptionFallback);
    }
}

internal static class Flat
{
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount as the marketplace's flat files write it: a decimal comma and points between thousands on the
    /// continental EU marketplaces (1.234,56), a decimal point elsewhere, no decimals for yen.
    /// </summary>
    public static string Money(decimal value, MarketplaceInfo market) => market.WritesDecimalComma
        ? value.ToString("#,##0.00", DecimalComma)
        : value.ToString(market.CurrencyDecimals == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount as settlement files write it: the marketplace's decimal separator and no thousands separators
    /// ("1141,18" in an Amazon.de settlement: abuzuhri/Amazon-SP-API-CSharp#571; "1141.18" elsewhere, no decimals for yen).
    /// </summary>
    public static string UngroupedMoney(decimal value, MarketplaceInfo market) => market.WritesDecimalComma
        ? value.ToString("0.00", DecimalComma)
        : value.ToString(market.CurrencyDecimals == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
