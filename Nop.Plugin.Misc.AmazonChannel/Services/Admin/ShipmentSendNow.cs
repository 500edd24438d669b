using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>What "Send shipment now" did.</summary>
public enum ShipmentSendNowOutcome
{
    /// <summary>The confirmation is first in line: the next outbox run sends it (directly or at the head of the next feed).</summary>
    Queued,

    /// <summary>The confirmation was retried but is still blocked (its reason says why, e.g. no carrier mapping).</summary>
    StillBlocked,

    /// <summary>Already with Amazon or confirmed: nothing to hurry.</summary>
    AlreadySent,

    /// <summary>The shipment is not marked shipped, belongs to another order, or the order is not an Amazon order.</summary>
    NotShippable
}

/// <summary>
/// "Send shipment now" on the Amazon panel: the shipment's confirmation goes to the front of the outbox, so the next run
/// (every minute) sends it before anything else due; a blocked or rejected one is retried first (rebuilt from the
/// shipment), and a shipment whose confirmation was never recorded (marked shipped before the plugin ran) is recorded now.
/// Nothing is sent from the admin's request itself: the outbox keeps Amazon's limits and the one-sender-per-account lock.
/// </summary>
public class ShipmentSendNow
{
    private readonly ShipmentConfirmationService _confirmations;
    private readonly OutboxRetryService _retry;
    private readonly OutboxStore _outbox;
    private readonly IRepository<AmazonOutboundRequest> _requests;
    private readonly IRepository<AmazonOrderLink> _links;
    private readonly IShipmentService _shipmentService;

    public ShipmentSendNow(ShipmentConfirmationService confirmations, OutboxRetryService retry, OutboxStore outbox, IRepository<AmazonOutboundRequest> requests,
        IRepository<AmazonOrderLink> links, IShipmentService shipmentService)
    {
        _confirmations = confirmations;
        _retry = retry;
        _outbox = outbox;
        _requests = requests;
        _links = links;
        _shipmentService = shipmentService;
    }

    /// <summary>States from which a confirmation can be hurried (or retried first).</summary>
    public static bool CanSendNow(AmazonOutboundRequestState state) =>
        state is AmazonOutboundRequestState.Pending or AmazonOutboundRequestState.Blocked or AmazonOutboundRequestState.Rejected;

    public async Task<(ShipmentSendNowOutcome Outcome, AmazonOutboundRequest? Request)> SendAsync(int orderId, int shipmentId)
    {
        var shipment = await _shipmentService.GetShipmentByIdAsync(shipmentId);
        var link = (await _links.GetAllAsync(query => query.Where(l => l.OrderId == orderId))).FirstOrDefault();
        if (shipment is null || shipment.OrderId != orderId || shipment.ShippedDateUtc is null || link is null)
            return (ShipmentSendNowOutcome.NotShippable, null);

        var request = await _outbox.FindAsync(link.AccountId, ShipmentConfirmationService.KeyFor(shipment.Id))
            ?? await _confirmations.ShipmentSentAsync(shipment);
        if (request is null)
            return (ShipmentSendNowOutcome.NotShippable, null);
        if (request.State is AmazonOutboundRequestState.Blocked or AmazonOutboundRequestState.Rejected)
            request = await _retry.RetryAsync(request.Id) ?? request;
        if (request.State == AmazonOutboundRequestState.Blocked)
            return (ShipmentSendNowOutcome.StillBlocked, request);
        if (request.State != AmazonOutboundRequestState.Pending)
            return (ShipmentSendNowOutcome.AlreadySent, request);

        await MoveToFrontAsync(request);
        return (ShipmentSendNowOutcome.Queued, request);
    }

    /// <summary>Due at once and ahead of every other due request of its kind (the outbox sends the earliest due first).</summary>
    private async Task MoveToFrontAsync(AmazonOutboundRequest request)
    {
        var now = _outbox.UtcNow;
        var (accountId, kindId, stateId, id) = (request.AccountId, request.KindId, (int)AmazonOutboundRequestState.Pending, request.Id);
        var earliest = (await _requests.GetAllAsync(query => query
                .Where(r => r.AccountId == accountId && r.KindId == kindId && r.StateId == stateId && r.Id != id && r.NextAttemptOnUtc != null)
                .OrderBy(r => r.NextAttemptOnUtc).Take(1)))
            .FirstOrDefault()?.NextAttemptOnUtc;
        var front = earliest is { } first && first <= now ? first.AddSeconds(-1) : now;
        if (request.NextAttemptOnUtc is { } current && current <= front)
            return;
        request.NextAttemptOnUtc = front;
        await _outbox.UpdateAsync(request);
    }
}
