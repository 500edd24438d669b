using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Finishes queue rejections a crash interrupted: the request was stored Cancelled (with who rejected it and why) but
/// its refund reservation was not released or the order note not added. Run by the outbox before it sends, with the
/// same bounds as <see cref="CompletedRequestSweep"/>.
/// </summary>
public class QueueRejectionSweep : IOutboxSweep
{
    private static readonly AmazonOutboundRequestState[] Cancelled = [AmazonOutboundRequestState.Cancelled];

    private readonly OutboxStore _store;
    private readonly RefundQueueService _queue;
    private readonly ILogger _logger;

    public QueueRejectionSweep(OutboxStore store, RefundQueueService queue, ILogger logger)
    {
        _store = store;
        _queue = queue;
        _logger = logger;
    }

    /// <summary>How many rejections were finished now.</summary>
    public async Task<int> RunAsync(AmazonAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var finished = 0;
        foreach (var request in await _store.GetUnhandledAsync(account.Id, Cancelled))
        {
            if (request.ResultCode != RefundQueueService.RejectedInQueueCode || await _queue.GetRejectionAsync(request.Id) is not { } rejection)
                continue;
            try
            {
                await _queue.FinishRejectionAsync(request, rejection);
                finished++;
            }
            catch (Exception exception)
            {
                await _logger.ErrorAsync($"Amazon channel: finishing the queue rejection of outbound request {request.Id} failed; it is tried again on the next run." + ExceptionLogText.Of(exception));
            }
        }

        return finished;
    }
}
