using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>The admin's Retry: a blocked or rejected request is rebuilt by its kind and goes back to Pending (or stays blocked, with the new reason).</summary>
public class OutboxRetryService
{
    private readonly IEnumerable<IOutboundRequestHandler> _handlers;
    private readonly OutboxStore _store;
    private readonly OutboxTransitions _transitions;

    public OutboxRetryService(IEnumerable<IOutboundRequestHandler> handlers, OutboxStore store, OutboxTransitions transitions)
    {
        _handlers = handlers;
        _store = store;
        _transitions = transitions;
    }

    /// <summary>Returns the request after the retry, or null when it does not exist or cannot be retried (sent, accepted, cancelled).</summary>
    public async Task<AmazonOutboundRequest?> RetryAsync(int requestId)
    {
        var request = await _store.GetByIdAsync(requestId);
        if (request is null || request.State is not (AmazonOutboundRequestState.Blocked or AmazonOutboundRequestState.Rejected))
            return null;
        var handler = _handlers.FirstOrDefault(h => h.Kind == request.Kind)
            ?? throw new InvalidOperationException($"No handler is registered for outbound requests of kind {request.Kind}.");

        if (await handler.PrepareRetryAsync(request) is { } block)
        {
            await _transitions.BlockAsync(request, block.Code, block.Message);
            return request;
        }

        OutboxTransitions.ResetToPending(request, _store.UtcNow);
        request.Attempts = 0;
        request.SendsWithoutEffect = 0;
        request.ResultCode = null;
        request.ResultMessage = null;
        request.CompletedOnUtc = null;
        request.HandledOnUtc = null;
        await _store.UpdateAsync(request);
        return request;
    }
}
