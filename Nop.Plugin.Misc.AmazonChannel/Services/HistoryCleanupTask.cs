using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// Schedule task that runs <see cref="HistoryCleanupService"/> with the configured retention.
/// </summary>
public class HistoryCleanupTask : IScheduleTask
{
    private readonly AmazonChannelSettings _settings;
    private readonly HistoryCleanupService _cleanupService;
    private readonly ILocalizationService _localizationService;
    private readonly ILogger _logger;

    public HistoryCleanupTask(AmazonChannelSettings settings,
        HistoryCleanupService cleanupService,
        ILocalizationService localizationService,
        ILogger logger)
    {
        _settings = settings;
        _cleanupService = cleanupService;
        _localizationService = localizationService;
        _logger = logger;
    }

    public async Task ExecuteAsync()
    {
        var retentionDays = Math.Max(1, _settings.HistoryRetentionDays);
        var result = await _cleanupService.CleanupAsync(retentionDays);

        var format = await _localizationService.GetResourceAsync($"{AmazonChannelDefaults.LocalePrefix}.Tasks.HistoryCleanup.Done");
        await _logger.InformationAsync(string.Format(format, result.OutboundRequests, result.SyncErrors, result.SyncLogEntries, retentionDays));
    }
}
