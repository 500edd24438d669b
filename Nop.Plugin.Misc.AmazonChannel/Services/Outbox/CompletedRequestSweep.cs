using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// Finishes the store's side of Amazon's answers a crash interrupted. For kinds that cannot verify (refunds,
/// cancellations) the outbox stores Accepted / Rejected before the handler runs, and records HandledOnUtc after it; a
/// process that dies (or a database error) in between leaves an answer without its ledger entry, store order change,
/// order note or event. This sweep, run by the outbox before it sends, runs the handler again for such requests
/// (completed at least <see cref="OutboxPolicy.UnhandledGrace"/> ago, at most <see cref="OutboxPolicy.UnhandledLookBack"/>,
/// <see cref="OutboxPolicy.UnhandledPageSize"/> per run, oldest first); handlers tolerate a repeat.
/// </summary>
public class CompletedRequestSweep : IOutboxSweep
{
    private static readonly AmazonOutboundRequestState[] Outcomes = [AmazonOutboundRequestState.Accepted, AmazonOutboundRequestState.Rejected];

    private readonly IEnumerable<IOutboundRequestHandler> _handlers;
    private readonly OutboxStore _store;
    private readonly OutboxTransitions _transitions;
    private readonly ILogger _logger;

    public CompletedRequestSweep(IEnumerable<IOutboundRequestHandler> handlers, OutboxStore store, OutboxTransitions transitions, ILogger logger)
    {
        _handlers = handlers;
        _store = store;
        _transitions = transitions;
        _logger = logger;
    }

    /// <summary>How many requests had their handler's part finished now.</summary>
    public async Task<int> RunAsync(AmazonAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var finished = 0;
        foreach (var request in await _store.GetUnhandledAsync(account.Id, Outcomes))
        {
            if (_handlers.FirstOrDefault(h => h.Kind == request.Kind) is not { } handler)
                continue;
            try
            {
                await _transitions.HandleOutcomeAsync(handler, request);
                finished++;
            }
            catch (Exception exception)
            {
                // One request failing (e.g. its order was deleted) must not hold back the others; it is tried again next run.
                await _logger.ErrorAsync($"Amazon channel: finishing the {request.State} outcome of outbound request {request.Id} ({request.Kind}) failed; it is tried again on the next run." + ExceptionLogText.Of(exception));
            }
        }

        return finished;
    }
}
