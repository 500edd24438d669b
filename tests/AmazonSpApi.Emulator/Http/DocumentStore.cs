using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace AmazonSpApi.Emulator;

/// <summary>
/// Emulates the S3 presigned URLs of feed and report documents: PUT uploads (content type must match the one given to
/// createFeedDocument), GET downloads (GZIP when the document says so), expiry after DocumentUrlLifetime of virtual
/// time, S3-style XML errors, and the document faults (truncated or corrupt bytes).
/// </summary>
internal sealed class DocumentStore(EmulatorOptions options, EmulatedSeller state, FaultInjector faults, int seed)
{
    private long _created;
    private readonly Dictionary<string, int> _downloads = new(StringComparer.Ordinal);

    public static bool IsDocumentUrl(Uri url) =>
        url.Host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.StartsWith("/_s3/", StringComparison.Ordinal);

    public EmulatedDocument Create(string kind, string contentType, DateTimeOffset now, byte[]? content, bool compress, bool restricted)
    {
        var n = ++_created;
        var random = StableRandom.For(seed, "document", n);
        var region = state.Marketplaces[0].Region.ToLowerInvariant();
        var id = kind == "report"
            ? $"amzn1.spdoc.1.4.{region}.{random.Alphanumeric(8).ToLowerInvariant()}-{n:D6}.T{random.Alphanumeric(13).ToUpperInvariant()}"
            : $"amzn1.tortuga.4.{region}.{random.Alphanumeric(8).ToLowerInvariant()}-{n:D6}.T{random.Alphanumeric(13).ToUpperInvariant()}";
        var doc = new EmulatedDocument
        {
            DocumentId = id,
            Kind = kind,
            ContentType = contentType,
            Content = content,
            Compress = compress,
            Restricted = restricted,
            CreatedTime = now,
        };
        state.DocumentMap[id] = doc;
        return doc;
    }

    /// <summary>A presigned URL valid for DocumentUrlLifetime from <paramref name="now"/>.</summary>
    public string PresignedUrl(EmulatedDocument doc, DateTimeOffset now, bool contentEncodingHeader = false)
    {
        var baseUrl = options.DocumentBaseUrl?.TrimEnd('/') ?? "https://" + Marketplaces.DocumentHost(state.Marketplaces[0].Region) + "/NinetyDays";
        var date = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var expires = (int)options.DocumentUrlLifetime.TotalSeconds;
        var signature = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(doc.DocumentId + date)));
        var encoding = contentEncodingHeader && doc.Compress ? "&response-content-encoding=gzip" : "";
        return $"{baseUrl}/{Uri.EscapeDataString(doc.DocumentId)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={date}" +
               $"&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Expires={expires}&X-Amz-Credential=EMULATOR%2F{date[..8]}%2Fus-east-1%2Fs3%2Faws4_request" +
               $"{encoding}&X-Amz-Signature={signature}";
    }

    public (EmulatorResponse Response, string Operation) Handle(EmulatorRequest request, DateTimeOffset now)
    {
        var operation = request.Method == "PUT" ? "uploadDocument" : "downloadDocument";
        var id = Uri.UnescapeDataString(request.Url.AbsolutePath.TrimEnd('/').Split('/')[^1]);
        var query = new QueryParameters(request.Url);
        if (!JsonlessDate(query.Get("X-Amz-Date"), out var signedAt) || !int.TryParse(query.Get("X-Amz-Expires"), out var expires) || query.Get("X-Amz-Signature") is null)
            return (S3Error(403, "AccessDenied", "Query-string authentication requires the X-Amz-Algorithm, X-Amz-Date, X-Amz-Expires and X-Amz-Signature parameters."), operation);
        if (now > signedAt.AddSeconds(expires))
            return (S3Error(403, "AccessDenied", "Request has expired"), operation);
        if (!state.DocumentMap.TryGetValue(id, out var doc))
            return (S3Error(404, "NoSuchKey", "The specified key does not exist."), operation);

        if (request.Method == "PUT")
        {
            if (doc.Kind != "feedInput")
                return (S3Error(403, "AccessDenied", "Access Denied"), operation);
            if (!SameContentType(request.ContentType, doc.ContentType))
                return (S3Error(403, "SignatureDoesNotMatch", $"The request signature we calculated does not match the signature you provided. Check your key and signing method. (Content-Type '{request.ContentType}' differs from '{doc.ContentType}')"), operation);
            doc.Content = request.Body;
            var ok = EmulatorResponse.Empty(200);
            ok.Headers["ETag"] = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(request.Body)) + "\"";
            return (ok, operation);
        }

        if (request.Method is not ("GET" or "HEAD"))
            return (S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource."), operation);
        if (doc.Content is null)
            return (S3Error(404, "NoSuchKey", "The specified key does not exist."), operation);

        var bytes = doc.Compress ? Gzip(doc.Content) : doc.Content;
        var download = _downloads.TryGetValue(id, out var d) ? d : 0;
        _downloads[id] = download + 1;
        if (faults.Decide("corrupt", id, download, options.Faults.CorruptDocument))
            bytes = Corrupt(bytes, doc.Compress);
        else if (faults.Decide("truncate", id, download, options.Faults.TruncatedDocument))
            bytes = bytes[..(bytes.Length / 2)];

        // Like Amazon's storage, the Content-Type names the charset of the text even when the bytes are GZIP.
        var response = EmulatorResponse.Bytes(200, request.Method == "HEAD" ? [] : bytes, doc.ContentType);
        if (query.Get("response-content-encoding") == "gzip")
            response.Headers["Content-Encoding"] = "gzip";
        return (response, operation);
    }

    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(content);
        return buffer.ToArray();
    }

    private static byte[] Corrupt(byte[] bytes, bool compressed)
    {
        if (compressed)
        {
            // Valid GZIP header, then a deflate block of the reserved type 11 (always rejected) and no trailer.
            var damaged = bytes[..Math.Max(12, bytes.Length * 2 / 3)];
            damaged[10] |= 0x06;
            return damaged;
        }

        return [.. bytes[..(bytes.Length * 2 / 3)], .. "\u0000\u00ff#corrupt#"u8.ToArray()];
    }

    private static bool SameContentType(string? actual, string expected)
    {
        static string Normalize(string v) => string.Join(";", v.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return actual is not null && Normalize(actual) == Normalize(expected);
    }

    private static bool JsonlessDate(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    private static EmulatorResponse S3Error(int status, string code, string message) =>
        EmulatorResponse.Bytes(status, Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{System.Security.SecurityElement.Escape(message)}</Message><RequestId>EMULATOR</RequestId></Error>"),
            "application/xml");
}
