using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// Runs what the outbox owes Amazon, account by account, each under nopCommerce's locker so two nodes never work the
/// same account's requests at once. Per kind, in this order: finished feeds are read, interrupted feed submissions are
/// settled, sent requests due for verification are checked, then due requests are sent (directly or in one feed per
/// marketplace, at most one feed of a type every 20 minutes).
/// </summary>
public class OutboxProcessor
{
    private readonly IEnumerable<IOutboundRequestHandler> _handlers;
    private readonly IEnumerable<IOutboxSweep> _sweeps;
    private readonly OutboxStore _store;
    private readonly DirectSender _directSender;
    private readonly FeedSubmitter _feedSubmitter;
    private readonly FeedResultProcessor _feedResults;
    private readonly OutboxErrorRecorder _errors;
    private readonly AmazonAccountService _accountService;
    private readonly AmazonClientProvider _clientProvider;
    private readonly IRepository<AmazonOrderLink> _links;
    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly ILocker _locker;
    private readonly ILogger _logger;

    public OutboxProcessor(
        IEnumerable<IOutboundRequestHandler> handlers,
        IEnumerable<IOutboxSweep> sweeps,
        OutboxStore store,
        DirectSender directSender,
        FeedSubmitter feedSubmitter,
        FeedResultProcessor feedResults,
        OutboxErrorRecorder errors,
        AmazonAccountService accountService,
        AmazonClientProvider clientProvider,
        IRepository<AmazonOrderLink> links,
        AmazonChannelSettingsProvider settingsProvider,
        ILocker locker,
        ILogger logger)
    {
        _handlers = handlers;
        _sweeps = sweeps;
        _store = store;
        _directSender = directSender;
        _feedSubmitter = feedSubmitter;
        _feedResults = feedResults;
        _errors = errors;
        _accountService = accountService;
        _clientProvider = clientProvider;
        _links = links;
        _settingsProvider = settingsProvider;
        _locker = locker;
        _logger = logger;
    }

    /// <summary>One cycle for every enabled account.</summary>
    public async Task RunAllAsync(CancellationToken cancellationToken = default)
    {
        foreach (var account in await _accountService.GetAccountsAsync(enabledOnly: true))
            await RunAccountAsync(account, cancellationToken);
    }

    /// <summary>One cycle for one account; false when another node or run holds the account's lock.</summary>
    public Task<bool> RunAccountAsync(AmazonAccount account, CancellationToken cancellationToken = default) =>
        _locker.PerformActionWithLockAsync(OutboxPolicy.LockResource(account.Id), OutboxPolicy.RunLockTime, async () =>
        {
            foreach (var sweep in _sweeps)
            {
                try
                {
                    if (await sweep.RunAsync(account) is var recorded and > 0)
                        await _logger.WarningAsync($"Amazon channel: {sweep.GetType().Name} found {recorded} request(s) of account '{account.Name}' whose step a crash had interrupted (a store event not recorded, or Amazon's answer not applied to the store); done now.");
                }
                catch (Exception exception)
                {
                    await _logger.ErrorAsync($"Amazon channel: {sweep.GetType().Name} of account '{account.Name}' failed." + ExceptionLogText.Of(exception));
                }
            }

            var client = await _clientProvider.GetClientAsync(account);
            foreach (var handler in _handlers)
            {
                try
                {
                    await RunKindAsync(account, client, handler, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // One kind failing (e.g. Amazon down) must not hold back the others; what was not done stays due.
                    await _logger.ErrorAsync($"Amazon channel: sending {handler.Kind} requests of account '{account.Name}' stopped." + ExceptionLogText.Of(exception));
                }
            }
        });

    private async Task RunKindAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler, CancellationToken cancellationToken)
    {
        // Settled first: a run that died after the feed row got its ID but before the requests did must give them the ID
        // before the feed's report is read, or the report finds none of them and they stay Submitted.
        await SettleInterruptedSubmissionsAsync(account, handler);
        await _feedResults.PollAsync(account, client, handler, cancellationToken);

        foreach (var request in await _store.GetDueAsync(account.Id, handler.Kind, AmazonOutboundRequestState.AwaitingVerification))
            await _directSender.VerifyAsync(account, client, handler, request, _errors, cancellationToken);

        var due = await _store.GetDueAsync(account.Id, handler.Kind, AmazonOutboundRequestState.Pending);
        var forFeed = new List<AmazonOutboundRequest>();
        var settings = await _settingsProvider.ForAccountAsync(account);
        var verificationDelay = TimeSpan.FromMinutes(Math.Max(0, settings.OutboundVerificationDelayMinutes));
        foreach (var request in due)
        {
            if (await handler.SendsDirectlyAsync(account, request, due.Count))
                await _directSender.SendAsync(account, client, handler, request, verificationDelay, cancellationToken);
            else
                forFeed.Add(request);
        }

        if (forFeed.Count > 0)
            await SubmitFeedsAsync(account, client, handler, forFeed, cancellationToken);
    }

    /// <summary>One feed per marketplace whose last feed of this type is at least 20 minutes old.</summary>
    private async Task SubmitFeedsAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler,
        List<AmazonOutboundRequest> requests, CancellationToken cancellationToken)
    {
        var linkIds = requests.Where(r => r.OrderLinkId is not null).Select(r => r.OrderLinkId!.Value).Distinct().ToArray();
        var marketplaces = (await _links.GetAllAsync(query => query.Where(l => linkIds.Contains(l.Id))))
            .ToDictionary(l => l.Id, l => l.MarketplaceId);
        var fallback = account.GetMarketplaceIds().FirstOrDefault() ?? string.Empty;

        foreach (var group in requests.GroupBy(r => r.OrderLinkId is { } id && marketplaces.TryGetValue(id, out var m) ? m : fallback))
        {
            var last = await _store.LastFeedSubmittedAsync(account.Id, handler.FeedType, group.Key);
            if (last is not null && _store.UtcNow - last.Value < OutboxPolicy.FeedSpacing)
                continue;
            await _feedSubmitter.SubmitAsync(account, client, handler, group.Key, group.Take(OutboxPolicy.MaxMessagesPerFeed).ToList(), cancellationToken);
        }
    }

    /// <summary>
    /// Requests left Submitted without a feed ID by a run that died. Under the account's lock no submission is in flight,
    /// so each of them stopped somewhere between "batched" and "createFeed answered".
    /// </summary>
    private async Task SettleInterruptedSubmissionsAsync(AmazonAccount account, IOutboundRequestHandler handler)
    {
        foreach (var batch in (await _store.GetUnfinishedSubmissionsAsync(account.Id, handler.Kind)).GroupBy(r => r.BatchId))
        {
            var requests = batch.ToList();
            var feed = batch.Key is { } batchId ? await _store.GetFeedByBatchAsync(batchId) : null;
            if (feed?.FeedId is { } feedId)
            {
                // createFeed answered and the feed row kept its ID; only the requests missed it.
                foreach (var request in requests)
                {
                    request.FeedId = feedId;
                    request.FeedDocumentId = feed.FeedDocumentId;
                }
                await _store.UpdateAsync(requests);
                continue;
            }

            var createdNothing = requests.All(r => r.FeedDocumentId is null) && feed?.FeedDocumentId is null;
            await _feedSubmitter.SettleUnfinishedAsync(handler, feed, requests, createdNothing, "The previous feed submission was interrupted.");
        }
    }
}
