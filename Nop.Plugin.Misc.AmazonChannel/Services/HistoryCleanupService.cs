using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// Removes history past the retention period: outbound requests Amazon has confirmed (or an admin rejected),
/// resolved sync errors and sync log lines. Requests still waiting on Amazon are never removed, nor answers whose store
/// side the outbox's sweep may still finish.
/// </summary>
public class HistoryCleanupService
{
    private readonly IRepository<AmazonOutboundRequest> _outboundRequestRepository;
    private readonly IRepository<AmazonSyncError> _syncErrorRepository;
    private readonly IRepository<AmazonSyncLogEntry> _syncLogRepository;
    private readonly TimeProvider _timeProvider;

    public HistoryCleanupService(IRepository<AmazonOutboundRequest> outboundRequestRepository,
        IRepository<AmazonSyncError> syncErrorRepository,
        IRepository<AmazonSyncLogEntry> syncLogRepository,
        TimeProvider timeProvider)
    {
        _outboundRequestRepository = outboundRequestRepository;
        _syncErrorRepository = syncErrorRepository;
        _syncLogRepository = syncLogRepository;
        _timeProvider = timeProvider;
    }

    public sealed record CleanupResult(int OutboundRequests, int SyncErrors, int SyncLogEntries);

    public async Task<CleanupResult> CleanupAsync(int retentionDays)
    {
        if (retentionDays < 1)
            throw new ArgumentOutOfRangeException(nameof(retentionDays), retentionDays, "History must be kept at least one day.");

        var cutoff = _timeProvider.GetUtcNow().UtcDateTime.AddDays(-retentionDays);
        var accepted = (int)AmazonOutboundRequestState.Accepted;
        var cancelled = (int)AmazonOutboundRequestState.Cancelled;
        // A request whose store side a crash interrupted stays for the outbox's sweep, as long as it may still look for it.
        var sweepHorizon = _timeProvider.GetUtcNow().UtcDateTime - OutboxPolicy.UnhandledLookBack;

        var requests = await _outboundRequestRepository.DeleteAsync(request =>
            (request.StateId == accepted || request.StateId == cancelled) && request.CompletedOnUtc != null && request.CompletedOnUtc < cutoff
            && (request.HandledOnUtc != null || request.CompletedOnUtc < sweepHorizon));
        var errors = await _syncErrorRepository.DeleteAsync(error =>
            error.IsResolved && error.ResolvedOnUtc != null && error.ResolvedOnUtc < cutoff);
        var logEntries = await _syncLogRepository.DeleteAsync(entry => entry.StartedOnUtc < cutoff);

        return new CleanupResult(requests, errors, logEntries);
    }
}
