using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>Schedule task (every minute by default): sends what the outbox owes Amazon and follows what was sent.</summary>
public class OutboxTask : IScheduleTask
{
    private readonly OutboxProcessor _processor;

    public OutboxTask(OutboxProcessor processor)
    {
        _processor = processor;
    }

    public Task ExecuteAsync() => _processor.RunAllAsync();
}
