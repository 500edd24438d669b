using System.Globalization;
using System.Text;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>One row of a SKU mapping CSV file.</summary>
public sealed record SkuMappingCsvRow(int AccountId, string SellerSku, int ProductId, int? AttributeCombinationId);

/// <summary>
/// The SKU mapping table as CSV: header "AccountId,SellerSku,ProductId,AttributeCombinationId", comma separated,
/// SKUs quoted when they hold a comma or a quote. Reading reports bad rows by line number, never by cell value.
/// </summary>
public static class SkuMappingCsv
{
    public const string Header = "AccountId,SellerSku,ProductId,AttributeCombinationId";

    public static string Write(IEnumerable<AmazonSkuMapping> mappings)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var mapping in mappings)
        {
            text.Append(mapping.AccountId.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(mapping.SellerSku)).Append(',')
                .Append(mapping.ProductId.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(mapping.AttributeCombinationId?.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }
        return text.ToString();
    }

    /// <summary>The rows of a file, and the line numbers of the rows that could not be read.</summary>
    public static (IReadOnlyList<SkuMappingCsvRow> Rows, IReadOnlyList<int> BadLines) Read(string text)
    {
        var rows = new List<SkuMappingCsvRow>();
        var bad = new List<int>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || (index == 0 && line.StartsWith("AccountId", StringComparison.OrdinalIgnoreCase)))
                continue;
            var cells = Split(line);
            if (cells is { Count: 3 or 4 }
                && int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var accountId)
                && cells[1].Trim().Length > 0
                && int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var productId) && productId > 0)
            {
                int? combination = null;
                if (cells.Count == 4 && cells[3].Trim().Length > 0)
                {
                    if (!int.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var combinationId))
                    {
                        bad.Add(index + 1);
                        continue;
                    }
                    combination = combinationId;
                }
                rows.Add(new SkuMappingCsvRow(accountId, cells[1].Trim(), productId, combination));
            }
            else
                bad.Add(index + 1);
        }
        return (rows, bad);
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static List<string>? Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        if (quoted)
            return null;
        cells.Add(cell.ToString());
        return cells;
    }
}
