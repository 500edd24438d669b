namespace Nop.Core.Domain.ScheduleTasks;

/// <summary>A scheduled background task record.</summary>
public partial class ScheduleTask : BaseEntity
{
    public string Name { get; set; }

    /// <summary>Run period in seconds.</summary>
    public int Seconds { get; set; }

    /// <summary>Type name of the IScheduleTask implementation.</summary>
    public string Type { get; set; }

    public DateTime? LastEnabledUtc { get; set; }

    public bool Enabled { get; set; }

    public bool StopOnError { get; set; }

    public DateTime? LastStartUtc { get; set; }

    public DateTime? LastEndUtc { get; set; }

    public DateTime? LastSuccessUtc { get; set; }
}
