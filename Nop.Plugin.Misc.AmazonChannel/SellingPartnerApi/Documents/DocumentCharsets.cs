using System.Net.Http.Headers;
using System.Text;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;

/// <summary>
/// Decodes document bytes by the charset Amazon names in the download's Content-Type. Amazon names charsets in Java's
/// way ("Cp1252", "windows-31j", "x-sjis", "ISO8859_1"), which .NET does not know, so they are aliased here; the
/// Windows code pages come from <see cref="CodePagesEncodingProvider"/> (part of the shared framework, no package).
/// Nothing is ever decoded to U+FFFD: bytes that are not valid in the charset, or a charset this list does not know,
/// make the document unreadable with a message saying so.
/// </summary>
internal static class DocumentCharsets
{
    private const int Windows1252 = 1252;
    private const int ShiftJisWindows31J = 932;

    private static readonly Dictionary<string, int> _codePages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = Encoding.UTF8.CodePage,
        ["utf8"] = Encoding.UTF8.CodePage,
        // Latin-1 and ASCII are read as Windows-1252 (as browsers do): they agree on every printable character, and
        // Amazon labels Cp1252 text "ISO-8859-1" too ("„" and "“" are 0x84 and 0x93 there, C1 controls in Latin-1).
        ["cp1252"] = Windows1252,
        ["windows-1252"] = Windows1252,
        ["x-cp1252"] = Windows1252,
        ["iso-8859-1"] = Windows1252,
        ["iso8859-1"] = Windows1252,
        ["iso8859_1"] = Windows1252,
        ["iso_8859-1"] = Windows1252,
        ["latin1"] = Windows1252,
        ["l1"] = Windows1252,
        ["us-ascii"] = Windows1252,
        ["ascii"] = Windows1252,
        // Shift_JIS as Amazon JP writes it is Microsoft's variant (Windows-31J, code page 932), a superset of Shift_JIS.
        ["shift_jis"] = ShiftJisWindows31J,
        ["shift-jis"] = ShiftJisWindows31J,
        ["sjis"] = ShiftJisWindows31J,
        ["x-sjis"] = ShiftJisWindows31J,
        ["ms_kanji"] = ShiftJisWindows31J,
        ["csshiftjis"] = ShiftJisWindows31J,
        ["windows-31j"] = ShiftJisWindows31J,
        ["cswindows31j"] = ShiftJisWindows31J,
        ["ms932"] = ShiftJisWindows31J,
        ["cp932"] = ShiftJisWindows31J,
        ["windows-932"] = ShiftJisWindows31J
    };

    static DocumentCharsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The charset parameter of a Content-Type header, unquoted; null when there is none.</summary>
    public static string? CharsetOf(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var mediaType) && !string.IsNullOrWhiteSpace(mediaType.CharSet)
            ? mediaType.CharSet.Trim().Trim('"', '\'').Trim()
            : null;

    /// <summary>A strict decoder (invalid bytes throw) for an Amazon charset name; null when the name is not known.</summary>
    public static Encoding? Find(string charset) =>
        _codePages.TryGetValue(charset.Trim(), out var codePage)
            ? Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            : null;

    /// <summary>
    /// The text of <paramref name="content"/>: a UTF-8 byte order mark wins (and is dropped); else the charset named
    /// in <paramref name="contentType"/>; else UTF-8.
    /// </summary>
    /// <exception cref="InvalidDataException">The charset is not known, or the bytes are not valid in it.</exception>
    public static string Decode(string documentId, byte[] content, string? contentType)
    {
        var preamble = Encoding.UTF8.Preamble;
        if (content.AsSpan().StartsWith(preamble))
            return Decode(documentId, content.AsSpan(preamble.Length), Find("utf-8")!, "UTF-8 (byte order mark)");

        var charset = CharsetOf(contentType);
        if (charset is null)
            return Decode(documentId, content, Find("utf-8")!, "UTF-8 (no charset named)");

        var encoding = Find(charset)
            ?? throw new InvalidDataException($"Document {documentId} is in charset '{Shorten(charset)}', which the plugin does not know, so it is not read rather than read wrongly.");
        return Decode(documentId, content, encoding, charset);
    }

    private static string Decode(string documentId, ReadOnlySpan<byte> content, Encoding encoding, string charsetDescription)
    {
        try
        {
            return encoding.GetString(content);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException($"Document {documentId} is not valid {charsetDescription}: byte {exception.Index} cannot be decoded.", exception);
        }
    }

    private static string Shorten(string charset) => charset.Length <= 40 ? charset : charset[..40] + "…";
}
