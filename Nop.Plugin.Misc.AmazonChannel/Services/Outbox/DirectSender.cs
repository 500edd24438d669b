using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// Sends requests one call each (e.g. confirmShipment) and checks sent ones against Amazon's data. The attempt is
/// counted and the next attempt scheduled before the call, so a crash after the call ends in a later resend (for
/// confirmShipment the same packageReferenceId, which Amazon treats as an edit) and never in a lost request.
/// </summary>
public class DirectSender
{
    private readonly OutboxStore _store;
    private readonly OutboxTransitions _transitions;

    public DirectSender(OutboxStore store, OutboxTransitions transitions)
    {
        _store = store;
        _transitions = transitions;
    }

    public async Task SendAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler, AmazonOutboundRequest request,
        TimeSpan verificationDelay, CancellationToken cancellationToken)
    {
        request.Attempts++;
        request.NextAttemptOnUtc = _store.UtcNow + OutboxPolicy.Backoff(request.Attempts);
        await _store.UpdateAsync(request);

        try
        {
            await handler.SendDirectAsync(account, client, request, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && OutboxTransitions.IsTransient(exception))
        {
            await _transitions.RetryLaterAsync(request, exception.Message);
            return;
        }
        catch (SellingPartnerApiException exception)
        {
            await _transitions.ResolveRejectionAsync(account, client, handler, request, exception.ErrorCode ?? ((int?)exception.StatusCode)?.ToString(), AmazonMessage(exception), cancellationToken);
            return;
        }

        request.ResultCode = null;
        request.ResultMessage = null;
        if (handler.CanVerify)
            await _transitions.AwaitVerificationAsync(request, verificationDelay);
        else
            await _transitions.AcceptAsync(handler, request);
        await handler.OnSentAsync(request);
    }

    /// <summary>
    /// A sent request whose verification is due: Amazon shows it (accepted), or it is sent again, until
    /// <see cref="OutboxPolicy.MaxSendsWithoutEffect"/> sends went unseen (rejected with an error for the admin).
    /// </summary>
    public async Task VerifyAsync(AmazonAccount account, SellingPartnerApiClient client, IOutboundRequestHandler handler, AmazonOutboundRequest request,
        OutboxErrorRecorder errors, CancellationToken cancellationToken)
    {
        OutboundVerification verification;
        try
        {
            verification = await handler.VerifyAsync(account, client, request, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && OutboxTransitions.IsTransient(exception))
        {
            request.NextAttemptOnUtc = _store.UtcNow + OutboxPolicy.Backoff(Math.Max(1, request.Attempts));
            await _store.UpdateAsync(request);
            return;
        }

        if (verification == OutboundVerification.Applied)
        {
            await _transitions.AcceptAsync(handler, request);
            return;
        }

        // Throttled, failed and timed-out attempts do not count: only sends Amazon took and then did not show.
        request.SendsWithoutEffect++;
        if (request.SendsWithoutEffect >= OutboxPolicy.MaxSendsWithoutEffect)
        {
            var message = OutboxErrorRecorder.Format(OutboxErrorCodes.NotVisibleOnAmazon, request.AmazonOrderId, request.SendsWithoutEffect);
            await _transitions.RejectAsync(handler, request, OutboxErrorCodes.NotVisibleOnAmazon.Value, message);
            await errors.RecordAsync(request.AccountId, request.OrderLinkId, request.AmazonOrderId, OutboxErrorRecorder.ForKind(OutboxErrorCodes.NotVisibleOnAmazon, request.Kind), request.AmazonOrderId, request.SendsWithoutEffect);
            return;
        }

        OutboxTransitions.ResetToPending(request, _store.UtcNow);
        request.ResultMessage = "Amazon did not show it after it was accepted; sending again.";
        await _store.UpdateAsync(request);
    }

    private static string AmazonMessage(SellingPartnerApiException exception) =>
        exception.Errors.Count > 0 ? string.Join("; ", exception.Errors.Select(e => $"{e.Code}: {e.Message} {e.Details}".Trim())) : exception.Message;
}
