using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;

/// <summary>
/// Uploads feed content to and downloads report/feed documents from Amazon's presigned URLs. These calls carry no
/// SP-API access token and no rate limit, but go through the same retries and timeouts. URLs are never logged.
/// </summary>
internal sealed class DocumentTransfer
{
    public const string Gzip = "GZIP";

    private readonly ResilientSender _sender;

    public DocumentTransfer(ResilientSender sender) => _sender = sender;

    /// <summary>PUTs <paramref name="content"/> with exactly the content type given to createFeedDocument.</summary>
    public async Task UploadAsync(string url, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var uri = ParseUrl(url, SpApiOperations.UploadFeedDocument);
        var result = await _sender.SendAsync(SpApiOperations.UploadFeedDocument, _ =>
        {
            var message = new HttpRequestMessage(HttpMethod.Put, uri) { Content = new ByteArrayContent(content) };
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return ValueTask.FromResult(message);
        }, null, null, cancellationToken).ConfigureAwait(false);

        if (!result.IsSuccess)
            throw Failure(SpApiOperations.UploadFeedDocument, result);
    }

    /// <summary>GETs a document and gunzips it when <paramref name="compressionAlgorithm"/> is GZIP.</summary>
    public async Task<SpApiDocument> DownloadAsync(string documentId, string url, string? compressionAlgorithm, CancellationToken cancellationToken)
    {
        var uri = ParseUrl(url, SpApiOperations.DownloadDocument);
        var gzip = string.Equals(compressionAlgorithm, Gzip, StringComparison.OrdinalIgnoreCase);
        var result = await _sender.SendAsync(SpApiOperations.DownloadDocument,
            _ => ValueTask.FromResult(new HttpRequestMessage(HttpMethod.Get, uri)),
            null,
            response => gzip || IsGzipEncoded(response) ? response with { Content = Gunzip(response.Content) } : response,
            cancellationToken).ConfigureAwait(false);

        if (!result.IsSuccess)
            throw Failure(SpApiOperations.DownloadDocument, result);

        return new SpApiDocument(documentId, result.Content, result.ContentType);
    }

    /// <summary>Decompresses GZIP content; a truncated or corrupt stream throws <see cref="InvalidDataException"/>.</summary>
    internal static byte[] Gunzip(byte[] content)
    {
        if (content.Length < 2 || content[0] != 0x1f || content[1] != 0x8b)
        {
            // Already decompressed on the way (Content-Encoding handled by the HTTP stack)?
            throw new InvalidDataException("The document is marked GZIP but is not a GZIP stream.");
        }

        byte[] output;
        try
        {
            using var input = new MemoryStream(content);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            output = buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new InvalidDataException("The GZIP document is truncated or corrupt: " + ex.Message, ex);
        }

        // The trailer's ISIZE is the (last member's) uncompressed length; a cut-off stream ends in compressed bytes
        // instead, which almost never read as a size this small.
        if (content.Length < 18 || (ulong)output.LongLength < System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(content.Length - 4)))
            throw new InvalidDataException("The GZIP document is truncated.");

        return output;
    }

    private static bool IsGzipEncoded(SpApiHttpResult response) =>
        string.Equals(response.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase) && response.Content is [0x1f, 0x8b, ..];

    private static Uri ParseUrl(string url, string operation) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new SellingPartnerApiException(operation, null, null, null, 0, $"Amazon returned a document URL that is not an absolute HTTP(S) URL ({operation}).");

    private static SellingPartnerApiException Failure(string operation, SpApiHttpResult result)
    {
        var errors = result.ParseErrors();
        if (errors.Count == 0 && TryParseStorageError(result.Content) is { } storageError)
            errors = [storageError];

        var advice = result.StatusCode == HttpStatusCode.Forbidden
            ? " The presigned URL may have expired (they live 5 minutes): request the document again."
            : string.Empty;
        return new SellingPartnerApiException(operation, result.StatusCode, errors, result.RequestId, result.Attempts,
            SellingPartnerApiException.BuildMessage(operation, result.StatusCode, errors, result.RequestId, result.Attempts) + advice);
    }

    /// <summary>S3 answers errors as <c>&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;</c>.</summary>
    private static SellingPartnerApiError? TryParseStorageError(byte[] content)
    {
        if (content.Length == 0 || content.Length > 64 * 1024)
            return null;

        try
        {
            var root = XDocument.Parse(Encoding.UTF8.GetString(content)).Root;
            if (root?.Name.LocalName != "Error")
                return null;

            return new SellingPartnerApiError
            {
                Code = root.Elements().FirstOrDefault(element => element.Name.LocalName == "Code")?.Value ?? "Error",
                Message = root.Elements().FirstOrDefault(element => element.Name.LocalName == "Message")?.Value ?? string.Empty
            };
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
