using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Schedule task "Amazon channel: auto-submit the refund and cancellation queue" (every "Queue interval", 30 minutes by
/// default): sends waiting requests of the accounts whose store has "Auto-submit the queue" on. Amazon's answers are read
/// by the outbox task; answers a crash kept from the store order are applied first (<see cref="RefundOutcomeReconciler"/>).
/// </summary>
public class RefundQueueTask : IScheduleTask
{
    private readonly RefundQueueService _queue;
    private readonly RefundOutcomeReconciler _reconciler;

    public RefundQueueTask(RefundQueueService queue, RefundOutcomeReconciler reconciler)
    {
        _queue = queue;
        _reconciler = reconciler;
    }

    public async Task ExecuteAsync()
    {
        await _reconciler.ReconcileAsync();
        await _queue.AutoSubmitAsync();
    }
}
