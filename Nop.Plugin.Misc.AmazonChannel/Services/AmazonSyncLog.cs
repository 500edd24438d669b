using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>Writes the feed and sync log shown in the admin.</summary>
public class AmazonSyncLog
{
    private readonly IRepository<AmazonSyncLogEntry> _logRepository;
    private readonly TimeProvider _timeProvider;

    public AmazonSyncLog(IRepository<AmazonSyncLogEntry> logRepository, TimeProvider timeProvider)
    {
        _logRepository = logRepository;
        _timeProvider = timeProvider;
    }

    public async Task<AmazonSyncLogEntry> StartAsync(int accountId, string operation, string? method)
    {
        var entry = new AmazonSyncLogEntry { AccountId = accountId, Operation = operation, Method = method, StartedOnUtc = _timeProvider.GetUtcNow().UtcDateTime };
        await _logRepository.InsertAsync(entry, false);
        return entry;
    }

    public Task FinishAsync(AmazonSyncLogEntry entry, int processed, int succeeded, int failed, bool succeededOverall, string? message)
    {
        entry.RecordsProcessed = processed;
        entry.RecordsSucceeded = succeeded;
        entry.RecordsFailed = failed;
        entry.Succeeded = succeededOverall;
        entry.Message = message;
        entry.FinishedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        return _logRepository.UpdateAsync(entry, false);
    }

    public Task<IList<AmazonSyncLogEntry>> GetRecentAsync(int count = 100) =>
        _logRepository.GetAllAsync(query => query.OrderByDescending(entry => entry.StartedOnUtc).Take(count));
}
