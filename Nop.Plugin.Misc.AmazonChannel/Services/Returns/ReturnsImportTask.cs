using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>Schedule task: reads Amazon's returns report of every enabled account and creates return requests.</summary>
public class ReturnsImportTask : IScheduleTask
{
    private readonly ReturnsImportService _importService;

    public ReturnsImportTask(ReturnsImportService importService)
    {
        _importService = importService;
    }

    public Task ExecuteAsync() => _importService.ImportAllAsync();
}
