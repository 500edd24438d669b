using System.Net.Http.Headers;
using System.Text;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;

/// <summary>The downloaded (and, when it was compressed, decompressed) content of a report or feed document.</summary>
public sealed class SpApiDocument
{
    public SpApiDocument(string documentId, byte[] content, string? contentType)
    {
        DocumentId = documentId;
        Content = content;
        ContentType = contentType;
    }

    public string DocumentId { get; }

    public byte[] Content { get; }

    public string? ContentType { get; }

    /// <summary>The content as text, in the charset the server named (UTF-8 otherwise); a UTF-8 BOM is dropped.</summary>
    public string GetText()
    {
        var encoding = Encoding.UTF8;
        if (ContentType is not null && MediaTypeHeaderValue.TryParse(ContentType, out var mediaType) && !string.IsNullOrWhiteSpace(mediaType.CharSet))
        {
            try
            {
                encoding = Encoding.GetEncoding(mediaType.CharSet.Trim('"'));
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }
        }

        var preamble = encoding.GetPreamble();
        var offset = preamble.Length > 0 && Content.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return encoding.GetString(Content, offset, Content.Length - offset);
    }

    public override string ToString() => $"Document {DocumentId} ({Content.Length} bytes)";
}
