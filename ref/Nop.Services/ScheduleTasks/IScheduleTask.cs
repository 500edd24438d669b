namespace Nop.Services.ScheduleTasks;

/// <summary>A task run by the scheduler.</summary>
public partial interface IScheduleTask
{
    Task ExecuteAsync();
}
