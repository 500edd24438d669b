using Nop.Core.Domain.ScheduleTasks;

namespace Nop.Services.ScheduleTasks;

/// <summary>Schedule task records.</summary>
public partial interface IScheduleTaskService
{
    Task DeleteTaskAsync(ScheduleTask task);

    Task<ScheduleTask> GetTaskByIdAsync(int taskId);

    /// <summary>The task whose Type is the given type name.</summary>
    Task<ScheduleTask> GetTaskByTypeAsync(string type);

    Task<IList<ScheduleTask>> GetAllTasksAsync(bool showHidden = false);

    Task InsertTaskAsync(ScheduleTask task);

    Task UpdateTaskAsync(ScheduleTask task);
}
