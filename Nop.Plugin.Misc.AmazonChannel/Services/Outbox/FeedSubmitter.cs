using System.Xml.Linq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// Builds one feed document from many requests (MessageID n = the request's FeedMessageId) and hands it to Amazon:
/// createFeedDocument, upload, createFeed. Each answer is stored before the next call, so a restart knows how far it got.
/// </summary>
public class FeedSubmitter
{
    private readonly OutboxStore _store;
    private readonly OutboxTransitions _transitions;

    public FeedSubmitter(OutboxStore store, OutboxTransitions transitions)
    {
        _store = store;
        _transitions = transitions;
    }

    /// <summary>Submits <paramref name="requests"/> (one marketplace) as one feed; returns the feed row, or null when nothing could be written.</summary>
    public async Task<AmazonOutboundFeed?> SubmitAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler, string marketplaceId,
        IReadOnlyList<AmazonOutboundRequest> requests, CancellationToken cancellationToken)
    {
        var messages = new List<(AmazonOutboundRequest Request, XElement Payload)>();
        foreach (var request in requests)
        {
            try
            {
                messages.Add((request, handler.BuildFeedMessage(request)));
            }
            catch (Exception exception) when (exception is InvalidOperationException or FormatException or ArgumentException or System.Text.Json.JsonException)
            {
                await _transitions.BlockAsync(request, "Outbox.PayloadInvalid", exception.Message);
            }
        }

        if (messages.Count == 0)
            return null;

        var batchId = Guid.NewGuid();
        var numbered = messages.Select((m, index) => (m.Request, MessageId: index + 1, m.Payload)).ToList();
        foreach (var (request, messageId, _) in numbered)
        {
            request.State = AmazonOutboundRequestState.Submitted;
            request.Attempts++;
            request.NextAttemptOnUtc = null;
            request.BatchId = batchId;
            request.FeedMessageId = messageId;
            request.FeedId = null;
            request.FeedDocumentId = null;
        }

        var batch = numbered.Select(n => n.Request).ToList();
        await _store.UpdateAsync(batch);
        var feed = new AmazonOutboundFeed
        {
            AccountId = account.Id,
            BatchId = batchId,
            Kind = handler.Kind,
            FeedType = handler.FeedType,
            MarketplaceId = marketplaceId,
            MessageCount = batch.Count,
            CreatedOnUtc = _store.UtcNow
        };
        await _store.InsertFeedAsync(feed);

        var xml = FeedEnvelopeWriter.Write(account.SellerId, handler.FeedMessageType, numbered.Select(n => (n.MessageId, n.Payload)));
        try
        {
            var document = await client.Feeds.CreateFeedDocumentAsync(FeedTypes.XmlContentType, cancellationToken);
            feed.FeedDocumentId = document.FeedDocumentId;
            await _store.UpdateFeedAsync(feed);
            foreach (var request in batch)
                request.FeedDocumentId = document.FeedDocumentId;
            await _store.UpdateAsync(batch);

            await client.Feeds.UploadFeedDocumentAsync(document, new System.Text.UTF8Encoding(false).GetBytes(xml), FeedTypes.XmlContentType, cancellationToken);
            var feedId = await client.Feeds.CreateFeedAsync(new CreateFeedSpecification
            {
                FeedType = handler.FeedType,
                MarketplaceIds = [marketplaceId],
                InputFeedDocumentId = document.FeedDocumentId
            }, cancellationToken);

            feed.FeedId = feedId;
            feed.SubmittedOnUtc = _store.UtcNow;
            feed.ProcessingStatus = ProcessingStatuses.InQueue;
            await _store.UpdateFeedAsync(feed);
            foreach (var request in batch)
                request.FeedId = feedId;
            await _store.UpdateAsync(batch);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is SellingPartnerApiException or HttpRequestException or TimeoutException or IOException or TaskCanceledException)
        {
            // createFeed refused with a 4xx created nothing; any other failure after the document exists may have created the feed.
            var createdNothing = feed.FeedDocumentId is null || exception is SellingPartnerApiException { IsTransient: false, Operation: "createFeed" };
            await SettleUnfinishedAsync(handler, feed, batch, createdNothing, exception.Message);
            return feed;
        }

        foreach (var request in batch)
            await handler.OnSentAsync(request);
        return feed;
    }

    /// <summary>
    /// Requests of a submission that stopped before createFeed answered (a failure now, or a crash found on restart).
    /// If the feed may exist at Amazon, kinds that can check wait and verify; the others are blocked for the admin
    /// rather than risk applying twice.
    /// </summary>
    public async Task SettleUnfinishedAsync(IOutboundRequestHandler handler, AmazonOutboundFeed? feed, IList<AmazonOutboundRequest> requests, bool createdNothing, string reason)
    {
        if (feed is not null)
        {
            feed.ProcessingStatus = createdNothing ? "NOT_SUBMITTED" : "UNKNOWN";
            feed.CompletedOnUtc = _store.UtcNow;
            await _store.UpdateFeedAsync(feed);
        }

        foreach (var request in requests)
        {
            if (createdNothing)
                await _transitions.RetryLaterAsync(request, reason);
            else if (handler.CanVerify)
            {
                request.ResultMessage = "The feed submission was interrupted; checking with Amazon whether it arrived.";
                await _transitions.AwaitVerificationAsync(request, OutboxPolicy.InterruptedFeedSettleTime);
            }
            else
                await _transitions.BlockAsync(request, OutboxErrorCodes.ResultUnknown, OutboxErrorRecorder.Format(OutboxErrorCodes.ResultUnknown, request.AmazonOrderId, feed?.FeedDocumentId));
        }
    }
}
