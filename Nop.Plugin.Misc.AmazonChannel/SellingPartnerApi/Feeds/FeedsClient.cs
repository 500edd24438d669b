using System.Text;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;

/// <summary>
/// Feeds API 2021-06-30: createFeedDocument, upload to the presigned URL, createFeed, getFeed, getFeedDocument and the
/// download of the processing report. Shipment confirmations in batches, cancellations and refunds go this way.
/// </summary>
public sealed class FeedsClient
{
    private readonly SpApiPipeline _pipeline;
    private readonly DocumentTransfer _documents;
    private readonly SellingPartnerApiOptions _options;

    internal FeedsClient(SpApiPipeline pipeline, DocumentTransfer documents, SellingPartnerApiOptions options)
    {
        _pipeline = pipeline;
        _documents = documents;
        _options = options;
    }

    public Task<CreateFeedDocumentResponse> CreateFeedDocumentAsync(string contentType, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            throw new ArgumentException("createFeedDocument needs the content type of the upload.", nameof(contentType));

        var request = new SpApiRequest(SpApiOperations.CreateFeedDocument).WithBody(new CreateFeedDocumentSpecification { ContentType = contentType });
        return _pipeline.SendAsync<CreateFeedDocumentResponse>(request, cancellationToken);
    }

    /// <summary>PUTs the content to the presigned URL with the same content type (and no access token).</summary>
    public Task UploadFeedDocumentAsync(CreateFeedDocumentResponse document, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(content);
        return _documents.UploadAsync(document.Url, content, contentType, cancellationToken);
    }

    public async Task<string> CreateFeedAsync(CreateFeedSpecification specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (string.IsNullOrWhiteSpace(specification.FeedType) || specification.MarketplaceIds.Count == 0 || string.IsNullOrWhiteSpace(specification.InputFeedDocumentId))
            throw new ArgumentException("createFeed needs a feed type, marketplace IDs and the input feed document ID.", nameof(specification));

        var response = await _pipeline.SendAsync<CreateFeedResponse>(new SpApiRequest(SpApiOperations.CreateFeed).WithBody(specification), cancellationToken).ConfigureAwait(false);
        return response.FeedId;
    }

    public Task<Feed> GetFeedAsync(string feedId, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<Feed>(new SpApiRequest(SpApiOperations.GetFeed).WithPath("feedId", feedId), cancellationToken);

    public Task<FeedDocument> GetFeedDocumentAsync(string feedDocumentId, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<FeedDocument>(new SpApiRequest(SpApiOperations.GetFeedDocument).WithPath("feedDocumentId", feedDocumentId), cancellationToken);

    /// <summary>Downloads a feed document (gunzipped when compressed).</summary>
    public Task<SpApiDocument> DownloadFeedDocumentAsync(FeedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _documents.DownloadAsync(document.FeedDocumentId, document.Url, document.CompressionAlgorithm, cancellationToken);
    }

    /// <summary>createFeedDocument, upload, createFeed: hands one feed to Amazon.</summary>
    public async Task<SubmittedFeed> SubmitFeedAsync(
        string feedType,
        IEnumerable<string> marketplaceIds,
        byte[] content,
        string contentType,
        IReadOnlyDictionary<string, string>? feedOptions,
        CancellationToken cancellationToken)
    {
        var document = await CreateFeedDocumentAsync(contentType, cancellationToken).ConfigureAwait(false);
        await UploadFeedDocumentAsync(document, content, contentType, cancellationToken).ConfigureAwait(false);
        var feedId = await CreateFeedAsync(new CreateFeedSpecification
        {
            FeedType = feedType,
            MarketplaceIds = marketplaceIds.ToList(),
            InputFeedDocumentId = document.FeedDocumentId,
            FeedOptions = feedOptions?.ToDictionary(pair => pair.Key, pair => pair.Value)
        }, cancellationToken).ConfigureAwait(false);
        return new SubmittedFeed(feedId, document.FeedDocumentId);
    }

    /// <summary>Submits an XML feed (UTF-8, <c>text/xml; charset=UTF-8</c>).</summary>
    public Task<SubmittedFeed> SubmitXmlFeedAsync(string feedType, IEnumerable<string> marketplaceIds, string xml, CancellationToken cancellationToken) =>
        SubmitFeedAsync(feedType, marketplaceIds, new UTF8Encoding(false).GetBytes(xml), FeedTypes.XmlContentType, null, cancellationToken);

    /// <summary>Polls getFeed every <paramref name="pollInterval"/> until the feed is DONE, CANCELLED or FATAL.</summary>
    /// <exception cref="TimeoutException">The feed did not finish within <paramref name="timeout"/>.</exception>
    public Task<Feed> WaitForFeedAsync(string feedId, TimeSpan? pollInterval, TimeSpan? timeout, CancellationToken cancellationToken) =>
        Polling.UntilAsync(
            ct => GetFeedAsync(feedId, ct),
            feed => feed.IsFinished,
            pollInterval ?? _options.PollInterval,
            timeout ?? _options.PollTimeout,
            _pipeline.Sender.Time,
            $"Feed {feedId}",
            cancellationToken);

    /// <summary>Waits until the feed finishes and downloads its processing report, if Amazon made one.</summary>
    public async Task<FeedResult> GetFeedResultAsync(string feedId, TimeSpan? pollInterval, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var feed = await WaitForFeedAsync(feedId, pollInterval, timeout, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(feed.ResultFeedDocumentId))
            return new FeedResult(feed, null);

        var document = await GetFeedDocumentAsync(feed.ResultFeedDocumentId, cancellationToken).ConfigureAwait(false);
        var content = await DownloadFeedDocumentAsync(document, cancellationToken).ConfigureAwait(false);
        return new FeedResult(feed, content);
    }
}
