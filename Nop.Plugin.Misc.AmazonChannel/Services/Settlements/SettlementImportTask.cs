using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>Schedule task: finds and records the settlement reports Amazon generated for every enabled account.</summary>
public class SettlementImportTask : IScheduleTask
{
    private readonly SettlementImportService _importService;

    public SettlementImportTask(SettlementImportService importService)
    {
        _importService = importService;
    }

    public Task ExecuteAsync() => _importService.ImportAllAsync();
}
