using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>Persisted progress of each incremental read, per account, marketplace and flow.</summary>
public class AmazonSyncCheckpointStore
{
    private readonly IRepository<AmazonSyncCheckpoint> _checkpointRepository;
    private readonly TimeProvider _timeProvider;

    public AmazonSyncCheckpointStore(IRepository<AmazonSyncCheckpoint> checkpointRepository, TimeProvider timeProvider)
    {
        _checkpointRepository = checkpointRepository;
        _timeProvider = timeProvider;
    }

    public async Task<AmazonSyncCheckpoint?> FindAsync(int accountId, string marketplaceId, AmazonSyncKind kind)
    {
        var kindId = (int)kind;
        return (await _checkpointRepository.GetAllAsync(query => query.Where(c => c.AccountId == accountId && c.MarketplaceId == marketplaceId && c.SyncKindId == kindId))).FirstOrDefault();
    }

    /// <summary>
    /// Moves the checkpoint forward (never back) and records the run. It never lies after now: a later value (an
    /// order stamped in the future by clock skew) is clamped to now, and a checkpoint already stored in the future is
    /// brought back to now, so later updates are still read.
    /// </summary>
    /// <param name="complete">False when the run held orders back (the checkpoint stops before them): the run still counts as failed.</param>
    public async Task SaveAsync(int accountId, string marketplaceId, AmazonSyncKind kind, DateTime syncedUpToUtc, bool complete = true)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        syncedUpToUtc = syncedUpToUtc > now ? now : syncedUpToUtc;
        var checkpoint = await FindAsync(accountId, marketplaceId, kind);
        if (checkpoint is null)
        {
            await _checkpointRepository.InsertAsync(new AmazonSyncCheckpoint
            {
                AccountId = accountId,
                MarketplaceId = marketplaceId,
                SyncKind = kind,
                SyncedUpToUtc = syncedUpToUtc,
                LastRunOnUtc = now,
                UpdatedOnUtc = now
            }, false);
            return;
        }

        checkpoint.SyncedUpToUtc = syncedUpToUtc > checkpoint.SyncedUpToUtc || checkpoint.SyncedUpToUtc > now ? syncedUpToUtc : checkpoint.SyncedUpToUtc;
        if (complete)
        {
            checkpoint.FailedRuns = 0;
            checkpoint.FailingSinceUtc = null;
        }
        checkpoint.LastRunOnUtc = now;
        checkpoint.UpdatedOnUtc = now;
        await _checkpointRepository.UpdateAsync(checkpoint, false);
    }

    /// <summary>
    /// Starts (or, when one is in progress, returns) the report window of a checkpoint; a first run's checkpoint is
    /// created at <paramref name="fromUtc"/>, so the window survives the run.
    /// </summary>
    public async Task<AmazonSyncCheckpoint> BeginReportWindowAsync(int accountId, string marketplaceId, AmazonSyncKind kind, DateTime fromUtc, DateTime toUtc)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var checkpoint = await FindAsync(accountId, marketplaceId, kind);
        if (checkpoint?.PendingWindowFromUtc is not null)
            return checkpoint;

        var isNew = checkpoint is null;
        checkpoint ??= new AmazonSyncCheckpoint { AccountId = accountId, MarketplaceId = marketplaceId, SyncKind = kind, SyncedUpToUtc = fromUtc > now ? now : fromUtc };
        checkpoint.PendingWindowFromUtc = fromUtc;
        checkpoint.PendingWindowToUtc = toUtc;
        checkpoint.PendingReportIds = null;
        checkpoint.PendingOrdersDone = 0;
        await StoreAsync(checkpoint, isNew, now);
        return checkpoint;
    }

    /// <summary>
    /// Adds [fromUtc, toUtc) to the window in progress of a checkpoint (one is started when none is): the window
    /// becomes the span of both. When that widens it, the walk starts again (page token and count reset).
    /// </summary>
    public async Task ExtendPendingWindowAsync(int accountId, string marketplaceId, AmazonSyncKind kind, DateTime fromUtc, DateTime toUtc)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var checkpoint = await FindAsync(accountId, marketplaceId, kind);
        if (checkpoint is { PendingWindowFromUtc: { } from, PendingWindowToUtc: { } to } && from <= fromUtc && to >= toUtc)
            return;

        var isNew = checkpoint is null;
        checkpoint ??= new AmazonSyncCheckpoint { AccountId = accountId, MarketplaceId = marketplaceId, SyncKind = kind, SyncedUpToUtc = fromUtc > now ? now : fromUtc };
        checkpoint.PendingWindowFromUtc = checkpoint.PendingWindowFromUtc is { } pendingFrom && pendingFrom < fromUtc ? pendingFrom : fromUtc;
        checkpoint.PendingWindowToUtc = checkpoint.PendingWindowToUtc is { } pendingTo && pendingTo > toUtc ? pendingTo : toUtc;
        checkpoint.PendingPageToken = null;
        checkpoint.PendingOrdersDone = 0;
        await StoreAsync(checkpoint, isNew, now);
    }

    private async Task StoreAsync(AmazonSyncCheckpoint checkpoint, bool isNew, DateTime now)
    {
        checkpoint.UpdatedOnUtc = now;
        if (isNew)
            await _checkpointRepository.InsertAsync(checkpoint, false);
        else
            await _checkpointRepository.UpdateAsync(checkpoint, false);
    }

    /// <summary>Saves the report IDs and applied orders of a report window in progress.</summary>
    public Task SaveReportProgressAsync(AmazonSyncCheckpoint checkpoint)
    {
        checkpoint.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        return _checkpointRepository.UpdateAsync(checkpoint, false);
    }

    /// <summary>Ends a report window: the next run reads from the checkpoint with new reports.</summary>
    public async Task EndReportWindowAsync(int accountId, string marketplaceId, AmazonSyncKind kind)
    {
        if (await FindAsync(accountId, marketplaceId, kind) is not { PendingWindowFromUtc: not null } checkpoint)
            return;
        checkpoint.PendingReportIds = null;
        checkpoint.PendingWindowFromUtc = null;
        checkpoint.PendingWindowToUtc = null;
        checkpoint.PendingOrdersDone = 0;
        checkpoint.PendingPageToken = null;
        await SaveReportProgressAsync(checkpoint);
    }

    /// <summary>
    /// Records a run that could not move the checkpoint (a first run's checkpoint is created at
    /// <paramref name="windowStartUtc"/>). Returns how many runs in a row have failed, and since when.
    /// </summary>
    public async Task<AmazonSyncCheckpoint> RecordFailedRunAsync(int accountId, string marketplaceId, AmazonSyncKind kind, DateTime windowStartUtc)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var checkpoint = await FindAsync(accountId, marketplaceId, kind);
        if (checkpoint is null)
        {
            checkpoint = new AmazonSyncCheckpoint
            {
                AccountId = accountId,
                MarketplaceId = marketplaceId,
                SyncKind = kind,
                SyncedUpToUtc = windowStartUtc > now ? now : windowStartUtc,
                FailedRuns = 1,
                FailingSinceUtc = now,
                LastRunOnUtc = now,
                UpdatedOnUtc = now
            };
            await _checkpointRepository.InsertAsync(checkpoint, false);
            return checkpoint;
        }

        checkpoint.FailedRuns++;
        checkpoint.FailingSinceUtc ??= now;
        checkpoint.LastRunOnUtc = now;
        checkpoint.UpdatedOnUtc = now;
        await _checkpointRepository.UpdateAsync(checkpoint, false);
        return checkpoint;
    }
}
