using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// The outbox table: records a request before anything is sent (once per account and idempotency key), finds what is
/// due, and moves requests between states. Every write is one row or one batch, so a crash leaves a consistent state.
/// </summary>
public class OutboxStore
{
    private readonly IRepository<AmazonOutboundRequest> _requests;
    private readonly IRepository<AmazonOutboundFeed> _feeds;
    private readonly TimeProvider _timeProvider;

    public OutboxStore(IRepository<AmazonOutboundRequest> requests, IRepository<AmazonOutboundFeed> feeds, TimeProvider timeProvider)
    {
        _requests = requests;
        _feeds = feeds;
        _timeProvider = timeProvider;
    }

    public DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Records a request unless one with the same (account, idempotency key) exists; returns the stored one and whether
    /// it was created now. Two nodes recording the same key at once end with one row (the unique key refuses the second).
    /// </summary>
    public async Task<(AmazonOutboundRequest Request, bool Created)> RecordAsync(AmazonOutboundRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindAsync(request.AccountId, request.IdempotencyKey) is { } existing)
            return (existing, false);

        var now = UtcNow;
        request.CreatedOnUtc = now;
        request.UpdatedOnUtc = now;
        if (request.State == AmazonOutboundRequestState.Pending)
            request.NextAttemptOnUtc ??= now;
        try
        {
            await _requests.InsertAsync(request, false);
            return (request, true);
        }
        catch (Exception)
        {
            // Another node recorded the same key first: the unique key refused this row.
            var raced = await FindAsync(request.AccountId, request.IdempotencyKey);
            if (raced is null)
                throw;
            return (raced, false);
        }
    }

    public async Task<AmazonOutboundRequest?> FindAsync(int accountId, string idempotencyKey) =>
        (await _requests.GetAllAsync(query => query.Where(r => r.AccountId == accountId && r.IdempotencyKey == idempotencyKey))).FirstOrDefault();

    public async Task<AmazonOutboundRequest?> GetByIdAsync(int id) =>
        (await _requests.GetAllAsync(query => query.Where(r => r.Id == id))).FirstOrDefault();

    /// <summary>Requests of a kind in a state whose next attempt is due (oldest first).</summary>
    public Task<IList<AmazonOutboundRequest>> GetDueAsync(int accountId, AmazonOutboundRequestKind kind, AmazonOutboundRequestState state, int max = int.MaxValue)
    {
        var now = UtcNow;
        var kindId = (int)kind;
        var stateId = (int)state;
        return _requests.GetAllAsync(query => query
            .Where(r => r.AccountId == accountId && r.KindId == kindId && r.StateId == stateId && (r.NextAttemptOnUtc == null || r.NextAttemptOnUtc <= now))
            .OrderBy(r => r.NextAttemptOnUtc).ThenBy(r => r.Id)
            .Take(max));
    }

    /// <summary>Requests handed to Amazon in a feed whose createFeed never answered (a crash or a failure in between).</summary>
    public Task<IList<AmazonOutboundRequest>> GetUnfinishedSubmissionsAsync(int accountId, AmazonOutboundRequestKind kind)
    {
        var kindId = (int)kind;
        var submitted = (int)AmazonOutboundRequestState.Submitted;
        return _requests.GetAllAsync(query => query.Where(r => r.AccountId == accountId && r.KindId == kindId && r.StateId == submitted && r.FeedId == null));
    }

    public Task<IList<AmazonOutboundRequest>> GetByFeedAsync(int accountId, string feedId, AmazonOutboundRequestState state)
    {
        var stateId = (int)state;
        return _requests.GetAllAsync(query => query.Where(r => r.AccountId == accountId && r.FeedId == feedId && r.StateId == stateId).OrderBy(r => r.FeedMessageId));
    }

    /// <summary>Every request of an order of a kind (for the admin pages and the quantity checks).</summary>
    public Task<IList<AmazonOutboundRequest>> GetForOrderAsync(int accountId, string amazonOrderId, AmazonOutboundRequestKind kind)
    {
        var kindId = (int)kind;
        return _requests.GetAllAsync(query => query.Where(r => r.AccountId == accountId && r.AmazonOrderId == amazonOrderId && r.KindId == kindId).OrderBy(r => r.Id));
    }

    /// <summary>Records that the handler finished its part of the request's outcome (see <see cref="AmazonOutboundRequest.HandledOnUtc"/>).</summary>
    public Task MarkHandledAsync(AmazonOutboundRequest request)
    {
        request.HandledOnUtc = UtcNow;
        return UpdateAsync(request);
    }

    /// <summary>
    /// Requests of the account in one of <paramref name="states"/> whose handler never recorded its part, completed
    /// between <see cref="OutboxPolicy.UnhandledLookBack"/> and <see cref="OutboxPolicy.UnhandledGrace"/> ago, oldest first.
    /// </summary>
    public Task<IList<AmazonOutboundRequest>> GetUnhandledAsync(int accountId, IReadOnlyCollection<AmazonOutboundRequestState> states, int max = OutboxPolicy.UnhandledPageSize)
    {
        var now = UtcNow;
        var until = now - OutboxPolicy.UnhandledGrace;
        var since = now - OutboxPolicy.UnhandledLookBack;
        var stateIds = states.Select(s => (int)s).ToArray();
        return _requests.GetAllAsync(query => query
            .Where(r => r.AccountId == accountId && stateIds.Contains(r.StateId) && r.HandledOnUtc == null
                && r.CompletedOnUtc != null && r.CompletedOnUtc <= until && r.CompletedOnUtc >= since)
            .OrderBy(r => r.CompletedOnUtc).ThenBy(r => r.Id)
            .Take(max));
    }

    public Task UpdateAsync(AmazonOutboundRequest request)
    {
        request.UpdatedOnUtc = UtcNow;
        return _requests.UpdateAsync(request, false);
    }

    public Task UpdateAsync(IList<AmazonOutboundRequest> requests)
    {
        var now = UtcNow;
        foreach (var request in requests)
            request.UpdatedOnUtc = now;
        return requests.Count == 0 ? Task.CompletedTask : _requests.UpdateAsync(requests, false);
    }

    public Task InsertFeedAsync(AmazonOutboundFeed feed) => _feeds.InsertAsync(feed, false);

    public Task UpdateFeedAsync(AmazonOutboundFeed feed) => _feeds.UpdateAsync(feed, false);

    /// <summary>Feeds created at Amazon and not finished yet.</summary>
    public Task<IList<AmazonOutboundFeed>> GetOpenFeedsAsync(int accountId, string feedType) =>
        _feeds.GetAllAsync(query => query.Where(f => f.AccountId == accountId && f.FeedType == feedType && f.FeedId != null && f.CompletedOnUtc == null).OrderBy(f => f.Id));

    /// <summary>When the last feed of the type for the marketplace was created at Amazon (null: never).</summary>
    public async Task<DateTime?> LastFeedSubmittedAsync(int accountId, string feedType, string marketplaceId) =>
        (await _feeds.GetAllAsync(query => query.Where(f => f.AccountId == accountId && f.FeedType == feedType && f.MarketplaceId == marketplaceId && f.SubmittedOnUtc != null)
            .OrderByDescending(f => f.SubmittedOnUtc).Take(1))).FirstOrDefault()?.SubmittedOnUtc;

    public async Task<AmazonOutboundFeed?> GetFeedByBatchAsync(Guid batchId) =>
        (await _feeds.GetAllAsync(query => query.Where(f => f.BatchId == batchId))).FirstOrDefault();
}
