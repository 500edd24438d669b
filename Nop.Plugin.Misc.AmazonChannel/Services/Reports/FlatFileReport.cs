namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>
/// A row of a flat-file report that could not be used, and why. <see cref="RowNumber"/> is the line of the file where
/// the row starts (the header is line 1). Messages name columns, never cell values: cells hold buyer data.
/// </summary>
public sealed record ReportRowError(int RowNumber, string Message);

/// <summary>
/// Amazon's tab-separated flat-file reports, read by header name (never by position: columns vary by marketplace,
/// version and Seller Central settings). Header names are matched case-insensitively; cells may be quoted (see
/// <see cref="FlatFileTokenizer"/>); lines holding nothing but blanks are not rows.
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
        using var records = FlatFileTokenizer.Read(content.TrimStart('\uFEFF')).Where(record => !record.IsBlank).GetEnumerator();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (!records.MoveNext())
            return new FlatFileReport(columns, []);

        var header = records.Current.Cells.Select(name => name.Trim()).ToArray();
        for (var i = 0; i < header.Length; i++)
            columns.TryAdd(header[i], i);

        var rows = new List<FlatFileRow>();
        while (records.MoveNext())
            rows.Add(new FlatFileRow(columns, header, records.Current));
        return new FlatFileReport(columns, rows);
    }
}
