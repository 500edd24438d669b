using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Schedule task "Amazon channel: auto-submit the refund and cancellation queue" (every "Queue interval", 30 minutes by
/// default): sends waiting requests of the accounts whose store has "Auto-submit the queue" on. Amazon's answers are read
/// by the outbox task, which also finishes answers a crash kept from the store order (<see cref="CompletedRequestSweep"/>).
/// </summary>
public class RefundQueueTask : IScheduleTask
{
    private readonly RefundQueueService _queue;

    public RefundQueueTask(RefundQueueService queue)
    {
        _queue = queue;
    }

    public async Task ExecuteAsync() => await _queue.AutoSubmitAsync();
}
