using System.Globalization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>A cell that cannot be used. The message names the column and the problem, never the cell's value.</summary>
public sealed class ReportCellException : FormatException
{
    public ReportCellException(string column, string problem)
        : base($"column '{column}' {problem}")
    {
        Column = column;
    }

    public string Column { get; }
}

/// <summary>
/// One data row. Cells holding only blanks are empty; typed getters say exactly which column was unusable. A row with
/// fewer cells than the header is cut off (<see cref="FirstMissingColumn"/>); one with more, non-empty, cells is out
/// of step with the header (<see cref="HasExtraCells"/>): neither can be read reliably.
/// </summary>
public sealed class FlatFileRow
{
    private readonly Dictionary<string, int> _columns;
    private readonly string[] _cells;

    internal FlatFileRow(Dictionary<string, int> columns, string[] header, FlatFileRecord record)
    {
        _columns = columns;
        _cells = record.Cells;
        RowNumber = record.LineNumber;
        FirstMissingColumn = record.Cells.Length < header.Length ? header[record.Cells.Length] : null;
        HasExtraCells = record.Cells.Skip(header.Length).Any(cell => !string.IsNullOrWhiteSpace(cell));
        CellCount = record.Cells.Length;
        HeaderWidth = header.Length;
    }

    /// <summary>The line of the file where the row starts (the header is line 1).</summary>
    public int RowNumber { get; }

    /// <summary>The first header column this row has no cell for; null when the row is complete.</summary>
    public string? FirstMissingColumn { get; }

    /// <summary>Fewer cells than header columns: a cut-off line.</summary>
    public bool IsTruncated => FirstMissingColumn is not null;

    /// <summary>Non-empty cells beyond the last header column: the cells are out of step with the header.</summary>
    public bool HasExtraCells { get; }

    public int CellCount { get; }

    public int HeaderWidth { get; }

    /// <summary>True when the row has a cell for <paramref name="column"/> (the column exists and the row reaches it).</summary>
    public bool Reaches(string column) => _columns.TryGetValue(column, out var index) && index < _cells.Length;

    public string? Text(string column) =>
        _columns.TryGetValue(column, out var index) && index < _cells.Length && !string.IsNullOrWhiteSpace(_cells[index]) ? _cells[index].Trim() : null;

    public string RequiredText(string column) => Text(column) ?? throw new ReportCellException(column, "is empty");

    /// <summary>
    /// A money amount written in the report's marketplace format (<see cref="MarketplaceAmountFormat"/>); empty is zero.
    /// A cell that does not fit the format is refused, never read by another convention.
    /// </summary>
    public decimal Amount(string column, MarketplaceAmountFormat format)
    {
        var text = Text(column);
        if (text is null)
            return 0m;
        return format.TryParse(text, out var value)
            ? value
            : throw new ReportCellException(column, $"is not an amount written with {format.Describe()}; it is refused, not read by another convention");
    }

    public int Integer(string column, int defaultValue = 0)
    {
        var text = Text(column);
        if (text is null)
            return defaultValue;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ReportCellException(column, "is not a whole number");
    }

    /// <summary>A date in one of <see cref="ReportDates.Forms"/>, in UTC; null when empty.</summary>
    public DateTime? Date(string column)
    {
        var text = Text(column);
        if (text is null)
            return null;
        if (ReportDates.TryParse(text, out var value))
            return value;
        throw new ReportCellException(column, ReportDates.IsAmbiguous(text)
            ? "holds a date with slashes, whose day and month cannot be told apart (dd/MM or MM/dd); it is refused, not guessed"
            : $"is not a date in a form Amazon writes ({ReportDates.Forms})");
    }

    public bool Flag(string column) =>
        Text(column) is { } text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text == "1");
}
