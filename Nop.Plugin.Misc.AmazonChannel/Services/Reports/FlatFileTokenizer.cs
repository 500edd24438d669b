using System.Text;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>One record of a tab-separated file: its cells and the line of the file where it starts (1-based).</summary>
internal sealed record FlatFileRecord(int LineNumber, string[] Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Splits Amazon's tab-separated text into records. A cell that starts with a double quote is quoted in the RFC 4180
/// way: it ends at a quote followed by a tab or a line end, holds tabs and line breaks literally and writes a quote
/// as two. Any other cell is literal up to the next tab or line end, quotes and all (a product called
/// <c>Monitor 27"</c>). A quote that opens a cell but never closes it properly (<c>"Best" Widget</c>) is read
/// literally too, so one stray quote cannot swallow the rest of the file. Line ends are CRLF, LF or CR.
/// </summary>
internal static class FlatFileTokenizer
{
    public static IEnumerable<FlatFileRecord> Read(string text)
    {
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var startLine = line;
            var cells = new List<string>();
            while (true)
            {
                cells.Add(ReadCell(text, ref position, ref line));
                if (position < text.Length && text[position] == '\t')
                {
                    position++;
                    continue;
                }

                position = SkipLineEnd(text, position);
                line++;
                break;
            }

            yield return new FlatFileRecord(startLine, cells.ToArray());
        }
    }

    private static string ReadCell(string text, ref int position, ref int line)
    {
        if (position < text.Length && text[position] == '"' && TryReadQuoted(text, position, out var value, out var end, out var lineBreaks))
        {
            position = end;
            line += lineBreaks;
            return value;
        }

        var start = position;
        while (position < text.Length && text[position] is not ('\t' or '\r' or '\n'))
            position++;
        return text[start..position];
    }

    private static bool TryReadQuoted(string text, int start, out string value, out int end, out int lineBreaks)
    {
        var cell = new StringBuilder();
        lineBreaks = 0;
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }

                if (i + 1 == text.Length || text[i + 1] is '\t' or '\r' or '\n')
                {
                    value = cell.ToString();
                    end = i + 1;
                    return true;
                }

                break;
            }

            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                lineBreaks++;
            cell.Append(c);
            i++;
        }

        value = string.Empty;
        end = start;
        lineBreaks = 0;
        return false;
    }

    private static int SkipLineEnd(string text, int position)
    {
        if (position < text.Length && text[position] == '\r')
            position++;
        if (position < text.Length && text[position] == '\n')
            position++;
        return position;
    }
}
