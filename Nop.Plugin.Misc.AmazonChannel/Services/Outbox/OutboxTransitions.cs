using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// The state changes of outbound requests. Amazon's answer to a kind that cannot verify is persisted before the handler
/// hears of it, and the handler's part is recorded as done (HandledOnUtc) after it, so a crash in between is finished
/// by <see cref="CompletedRequestSweep"/> on the next outbox run.
/// </summary>
public class OutboxTransitions
{
    private readonly OutboxStore _store;
    private readonly OutboxErrorRecorder _errors;
    private readonly ILogger _logger;

    public OutboxTransitions(OutboxStore store, OutboxErrorRecorder errors, ILogger logger)
    {
        _store = store;
        _errors = errors;
        _logger = logger;
    }

    public async Task AcceptAsync(IOutboundRequestHandler handler, AmazonOutboundRequest request, string? resultCode = null, string? resultMessage = null)
    {
        request.State = AmazonOutboundRequestState.Accepted;
        request.NextAttemptOnUtc = null;
        request.CompletedOnUtc = _store.UtcNow;
        request.HandledOnUtc = null;
        request.ResultCode = resultCode;
        request.ResultMessage = resultMessage;
        if (handler.CanVerify)
        {
            // A kind that verifies is checked again after a crash, so it hears of the acceptance before it is stored: a
            // crash in between ends in a second notification (which OnAcceptedAsync tolerates), never in none (e.g. no
            // order note). Kinds that cannot verify must not be sent again, so for them the state is stored first and
            // CompletedRequestSweep finishes the handler's part after a crash.
            await handler.OnAcceptedAsync(request);
            request.HandledOnUtc ??= _store.UtcNow;
            await _store.UpdateAsync(request);
            return;
        }

        await _store.UpdateAsync(request);
        await HandleOutcomeAsync(handler, request);
    }

    public async Task RejectAsync(IOutboundRequestHandler handler, AmazonOutboundRequest request, string? resultCode, string? resultMessage)
    {
        request.State = AmazonOutboundRequestState.Rejected;
        request.NextAttemptOnUtc = null;
        request.CompletedOnUtc = _store.UtcNow;
        request.HandledOnUtc = null;
        request.ResultCode = Truncate(resultCode, 50);
        request.ResultMessage = resultMessage;
        await _store.UpdateAsync(request);
        await HandleOutcomeAsync(handler, request);
    }

    /// <summary>
    /// Runs the handler's part of a stored Accepted or Rejected outcome unless it is recorded as done, then records it
    /// (<see cref="AmazonOutboundRequest.HandledOnUtc"/>). A crash before the record leaves the request to
    /// <see cref="CompletedRequestSweep"/>, which calls this again; the handlers tolerate the repeat.
    /// </summary>
    public async Task HandleOutcomeAsync(IOutboundRequestHandler handler, AmazonOutboundRequest request)
    {
        if (request.HandledOnUtc is not null)
            return;
        if (request.State == AmazonOutboundRequestState.Accepted)
            await handler.OnAcceptedAsync(request);
        else if (request.State == AmazonOutboundRequestState.Rejected)
            await handler.OnRejectedAsync(request);
        else
            throw new InvalidOperationException($"Outbound request {request.Id} is {request.State}, not an outcome a handler hears of.");

        // Handlers that record it themselves (before their event) already did.
        if (request.HandledOnUtc is null)
            await _store.MarkHandledAsync(request);
    }

    /// <summary>Amazon refused the request; when the kind can check, a refusal of something Amazon already shows is an acceptance (a repeat).</summary>
    public async Task ResolveRejectionAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler, AmazonOutboundRequest request,
        string? resultCode, string? resultMessage, CancellationToken cancellationToken)
    {
        if (handler.CanVerify && await handler.VerifyAsync(account, client, request, cancellationToken) == OutboundVerification.Applied)
        {
            await AcceptAsync(handler, request, resultCode, "Amazon already shows this: " + resultMessage);
            return;
        }

        await RejectAsync(handler, request, resultCode, resultMessage);
    }

    public Task AwaitVerificationAsync(AmazonOutboundRequest request, TimeSpan delay)
    {
        request.State = AmazonOutboundRequestState.AwaitingVerification;
        request.NextAttemptOnUtc = _store.UtcNow + delay;
        return _store.UpdateAsync(request);
    }

    public Task BlockAsync(AmazonOutboundRequest request, string code, string message)
    {
        request.State = AmazonOutboundRequestState.Blocked;
        request.NextAttemptOnUtc = null;
        request.ResultCode = Truncate(code, 50);
        request.ResultMessage = message;
        return _store.UpdateAsync(request);
    }

    /// <summary>Back to Pending, off any feed, for the next attempt after the backoff.</summary>
    public static void ResetToPending(AmazonOutboundRequest request, DateTime nextAttemptOnUtc)
    {
        request.State = AmazonOutboundRequestState.Pending;
        request.NextAttemptOnUtc = nextAttemptOnUtc;
        request.HandledOnUtc = null;
        request.BatchId = null;
        request.FeedId = null;
        request.FeedDocumentId = null;
        request.FeedMessageId = null;
    }

    /// <summary>A transient failure (throttling, server error, timeout): try again after the backoff; tell the admin when it keeps failing.</summary>
    public async Task RetryLaterAsync(AmazonOutboundRequest request, string message)
    {
        ResetToPending(request, _store.UtcNow + OutboxPolicy.Backoff(request.Attempts));
        request.ResultMessage = message;
        await _store.UpdateAsync(request);
        await _logger.WarningAsync($"Amazon channel: outbound request {request.Id} ({request.Kind}, order {request.AmazonOrderId}) will be retried: {message}");
        if (request.Attempts == OutboxPolicy.ReportFailingAfterAttempts)
            await _errors.RecordAsync(request.AccountId, request.OrderLinkId, request.AmazonOrderId, OutboxErrorCodes.StillFailing, request.AmazonOrderId, request.Attempts, message);
    }

    public static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    /// <summary>True for failures that say nothing about the request itself: trying again later may succeed.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        SellingPartnerApiException api => api.IsTransient,
        HttpRequestException or TimeoutException or IOException => true,
        TaskCanceledException => true,
        _ => false
    };
}
