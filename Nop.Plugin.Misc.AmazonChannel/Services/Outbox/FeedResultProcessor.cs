using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// Follows the feeds the outbox created: reads getFeed, and once a feed is finished maps every result of its processing
/// report back to its message and request. Only requests still Submitted are touched, so reading a report again after a
/// crash changes nothing twice.
/// </summary>
public class FeedResultProcessor
{
    private readonly OutboxStore _store;
    private readonly OutboxTransitions _transitions;
    private readonly OutboxErrorRecorder _errors;

    public FeedResultProcessor(OutboxStore store, OutboxTransitions transitions, OutboxErrorRecorder errors)
    {
        _store = store;
        _transitions = transitions;
        _errors = errors;
    }

    public async Task PollAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler, CancellationToken cancellationToken)
    {
        foreach (var feed in await _store.GetOpenFeedsAsync(account.Id, handler.FeedType))
        {
            try
            {
                await PollFeedAsync(account, client, handler, feed, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && OutboxTransitions.IsTransient(exception))
            {
                // Amazon or the network failed; the feed is read again next cycle.
            }
        }
    }

    private async Task PollFeedAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler, AmazonOutboundFeed feed, CancellationToken cancellationToken)
    {
        var amazonFeed = await client.Feeds.GetFeedAsync(feed.FeedId!, cancellationToken);
        if (!amazonFeed.IsFinished)
        {
            var waited = _store.UtcNow - (feed.SubmittedOnUtc ?? feed.CreatedOnUtc);
            var changed = feed.ProcessingStatus != amazonFeed.ProcessingStatus;
            feed.ProcessingStatus = amazonFeed.ProcessingStatus;
            if (waited > OutboxPolicy.FeedStuckAfter && !feed.ProblemReported)
            {
                feed.ProblemReported = true;
                changed = true;
                await _errors.RecordAsync(account.Id, null, null, OutboxErrorCodes.FeedStuckInQueue, feed.FeedId, feed.FeedType, (int)waited.TotalMinutes);
            }

            if (changed)
                await _store.UpdateFeedAsync(feed);
            return;
        }

        var report = await ReadReportAsync(client, amazonFeed.ResultFeedDocumentId, cancellationToken);
        var requests = await _store.GetByFeedAsync(account.Id, feed.FeedId!, AmazonOutboundRequestState.Submitted);
        switch (amazonFeed.ProcessingStatus)
        {
            case ProcessingStatuses.Done when report is not null:
                await ApplyReportAsync(account, client, handler, feed, report, requests, cancellationToken);
                break;
            case ProcessingStatuses.Done:
                // DONE without a readable report: nothing says which messages worked.
                await SettleUnknownAsync(handler, feed, requests);
                break;
            case ProcessingStatuses.Fatal:
                await FailFeedAsync(handler, feed, requests, OutboxErrorCodes.FeedFatal, report?.Results.FirstOrDefault()?.ResultDescription);
                break;
            default:
                await FailFeedAsync(handler, feed, requests, OutboxErrorCodes.FeedCancelled, null);
                break;
        }

        feed.ProcessingStatus = amazonFeed.ProcessingStatus;
        feed.CompletedOnUtc = _store.UtcNow;
        await _store.UpdateFeedAsync(feed);
    }

    private static async Task<ProcessingReport?> ReadReportAsync(SellingPartnerApiClient client, string? documentId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(documentId))
            return null;
        var document = await client.Feeds.GetFeedDocumentAsync(documentId, cancellationToken);
        var content = await client.Feeds.DownloadFeedDocumentAsync(document, cancellationToken);
        try
        {
            return ProcessingReport.Parse(content.GetText());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private async Task ApplyReportAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler, AmazonOutboundFeed feed,
        ProcessingReport report, IList<AmazonOutboundRequest> requests, CancellationToken cancellationToken)
    {
        var messageIds = requests.Where(r => r.FeedMessageId is not null).Select(r => r.FeedMessageId!.Value).ToHashSet();
        var byMessage = report.Results.Where(r => messageIds.Contains(r.MessageId)).GroupBy(r => r.MessageId).ToDictionary(g => g.Key, g => g.ToList());
        var unnamedErrors = report.Results.Where(r => r.IsError && !messageIds.Contains(r.MessageId)).ToList();
        foreach (var error in unnamedErrors)
        {
            await _errors.RecordAsync(account.Id, null, error.AmazonOrderId, OutboxErrorCodes.ReportErrorWithoutMessage,
                feed.FeedId, error.ResultMessageCode, error.ResultDescription);
        }

        // Errors Amazon counted but did not name: any message without a named result may be one of them.
        var namedErrorCount = byMessage.Values.Count(results => results.Any(r => r.IsError));
        var ambiguous = unnamedErrors.Count > 0 || report.MessagesWithError > namedErrorCount;

        foreach (var request in requests)
        {
            var results = request.FeedMessageId is { } id && byMessage.TryGetValue(id, out var found) ? found : [];
            var error = results.FirstOrDefault(r => r.IsError);
            if (error is not null)
            {
                await _transitions.ResolveRejectionAsync(account, client, handler, request, error.ResultMessageCode, error.ResultDescription, cancellationToken);
                continue;
            }

            if (ambiguous)
            {
                await SettleUnknownAsync(handler, feed, [request]);
                continue;
            }

            var warning = results.FirstOrDefault();
            await _transitions.AcceptAsync(handler, request, warning?.ResultMessageCode, warning?.ResultDescription);
        }
    }

    private async Task SettleUnknownAsync(IOutboundRequestHandler handler, AmazonOutboundFeed feed, IList<AmazonOutboundRequest> requests)
    {
        foreach (var request in requests)
        {
            if (handler.CanVerify)
                await _transitions.AwaitVerificationAsync(request, TimeSpan.Zero);
            else
                await _transitions.BlockAsync(request, OutboxErrorCodes.ResultUnknown.Value, OutboxErrorRecorder.Format(OutboxErrorCodes.ResultUnknown, request.AmazonOrderId, feed.FeedId));
        }
    }

    /// <summary>FATAL or CANCELLED: nothing of the feed was applied; its requests go again (until <see cref="OutboxPolicy.MaxFatalAttempts"/> sends were without effect).</summary>
    private async Task FailFeedAsync(IOutboundRequestHandler handler, AmazonOutboundFeed feed, IList<AmazonOutboundRequest> requests, SyncErrorCode code, string? amazonMessage)
    {
        if (!feed.ProblemReported)
        {
            feed.ProblemReported = true;
            await _errors.RecordAsync(feed.AccountId, null, null, code, feed.FeedId, feed.FeedType);
        }

        var message = OutboxErrorRecorder.Format(code, feed.FeedId, feed.FeedType) + (amazonMessage is null ? string.Empty : " Amazon said: " + amazonMessage);
        foreach (var request in requests)
        {
            // A CANCELLED feed, like a throttled createFeed, is Amazon's doing and does not count; a FATAL one does.
            if (code == OutboxErrorCodes.FeedFatal)
                request.SendsWithoutEffect++;
            if (code == OutboxErrorCodes.FeedFatal && request.SendsWithoutEffect >= OutboxPolicy.MaxFatalAttempts)
                await _transitions.RejectAsync(handler, request, code.Value, message);
            else
                await _transitions.RetryLaterAsync(request, message);
        }
    }
}
