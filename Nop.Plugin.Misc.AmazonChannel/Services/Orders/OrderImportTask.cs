using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>Schedule task: downloads new and changed Amazon orders of every enabled account.</summary>
public class OrderImportTask : IScheduleTask
{
    private readonly AmazonOrderImportService _importService;

    public OrderImportTask(AmazonOrderImportService importService)
    {
        _importService = importService;
    }

    public Task ExecuteAsync() => _importService.ImportAllAsync();
}
