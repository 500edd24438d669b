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

    /// <summary>
    /// The content as text, decoded by the charset the download's Content-Type names (Amazon's names such as "Cp1252"
    /// and "windows-31j" included); UTF-8 when none is named; a UTF-8 byte order mark is dropped.
    /// </summary>
    /// <exception cref="InvalidDataException">The charset is unknown or the bytes are not valid in it (never decoded to "�").</exception>
    public string GetText() => DocumentCharsets.Decode(DocumentId, Content, ContentType);

    public override string ToString() => $"Document {DocumentId} ({Content.Length} bytes)";
}
