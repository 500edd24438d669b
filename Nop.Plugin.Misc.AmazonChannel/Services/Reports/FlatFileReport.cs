using System.Globalization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>A row of a flat-file report that could not be used, and why (row numbers count the header as row 1).</summary>
public sealed record ReportRowError(int RowNumber, string Message);

/// <summary>
/// Amazon's tab-separated flat-file reports, read by header name (never by position: columns vary by marketplace,
/// version and Seller Central settings). Header names are matched case-insensitively.
/// </summary>
public sealed class FlatFileReport
{
    private readonly Dictionary<string, int> _columns;

    private FlatFileReport(Dictionary<string, int> columns, IReadOnlyList<FlatFileRow> rows)
    {
        _columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<FlatFileRow> Rows { get; }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    public static FlatFileReport Parse(string content)
    {
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var headerIndex = Array.FindIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        if (headerIndex < 0)
            return new FlatFileReport(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase), []);

        var header = lines[headerIndex].TrimStart('\uFEFF').Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
            columns.TryAdd(header[i].Trim(), i);

        var rows = new List<FlatFileRow>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
                rows.Add(new FlatFileRow(columns, lines[i].Split('\t'), i + 1, header.Length));
        }

        return new FlatFileReport(columns, rows);
    }
}

/// <summary>One data row; typed getters say exactly which column was unusable.</summary>
public sealed class FlatFileRow
{
    private static readonly string[] _dateFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    private readonly Dictionary<string, int> _columns;
    private readonly string[] _cells;

    internal FlatFileRow(Dictionary<string, int> columns, string[] cells, int rowNumber, int headerWidth)
    {
        _columns = columns;
        _cells = cells;
        RowNumber = rowNumber;
        IsTruncated = cells.Length < headerWidth;
    }

    public int RowNumber { get; }

    /// <summary>Fewer cells than header columns: a cut-off line.</summary>
    public bool IsTruncated { get; }

    public string? Text(string column) =>
        _columns.TryGetValue(column, out var index) && index < _cells.Length && !string.IsNullOrWhiteSpace(_cells[index]) ? _cells[index].Trim() : null;

    public string RequiredText(string column) => Text(column) ?? throw new FormatException($"column '{column}' is empty");

    /// <summary>A money amount; empty is zero. Accepts a decimal comma (EU files).</summary>
    public decimal Amount(string column)
    {
        var text = Text(column);
        if (text is null)
            return 0m;

        var normalized = text.Contains(',') && !text.Contains('.') ? text.Replace(',', '.') : text.Replace(",", string.Empty);
        return decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"column '{column}' is not an amount: '{text}'");
    }

    public int Integer(string column, int defaultValue = 0)
    {
        var text = Text(column);
        if (text is null)
            return defaultValue;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"column '{column}' is not a whole number: '{text}'");
    }

    public DateTime? Date(string column)
    {
        var text = Text(column);
        if (text is null)
            return null;
        return DateTimeOffset.TryParseExact(text, _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            ? value.UtcDateTime
            : throw new FormatException($"column '{column}' is not a date: '{text}'");
    }

    public bool Flag(string column) =>
        Text(column) is { } text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text == "1");
}
