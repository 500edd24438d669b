using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// The rule for an item's cancelled quantity when several cancellations of an order are in flight, and when the import
/// may already have recorded what Amazon cancelled. A request claims its lines from when it is made until Amazon rejects
/// it (or an admin drops it from the queue) or its accepted lines are applied to the item. New requests may only cancel
/// what is neither cancelled nor claimed. When Amazon accepts a line, the item's target is what was cancelled when the
/// request was made, plus this line, plus the lines Amazon accepted of the requests that were open then or made since:
/// never the item's current count plus the line, which counts a line twice when the import (or another request's
/// target) already holds it.
/// </summary>
public static class CancellationClaims
{
    /// <summary>Requests whose lines still hold item quantities: neither rejected, dropped, nor applied to the items.</summary>
    public static bool IsOpen(AmazonOutboundRequest request) =>
        request.Kind == AmazonOutboundRequestKind.Cancellation
        && request.State is not (AmazonOutboundRequestState.Rejected or AmazonOutboundRequestState.Cancelled)
        && request.HandledOnUtc is null;

    /// <summary>The quantity of the item held by the open requests (<paramref name="open"/>).</summary>
    public static int Claimed(IEnumerable<(AmazonOutboundRequest Request, CancellationPayload Payload)> open, string amazonOrderItemId) =>
        open.Sum(o => QuantityOf(o.Payload, amazonOrderItemId));

    /// <summary>What can still be cancelled of the item: not shipped, not cancelled, not claimed by an open request.</summary>
    public static int Available(AmazonOrderItemLink item, int claimed) =>
        Math.Max(0, item.QuantityOrdered - item.QuantityShipped - item.QuantityCancelled - claimed);

    /// <summary>
    /// The item's cancelled quantity once <paramref name="line"/> of <paramref name="request"/> is applied.
    /// <paramref name="others"/> are the order's other cancellation requests as stored now.
    /// </summary>
    public static int Target(AmazonOutboundRequest request, CancellationPayload payload, CancellationLine line, AmazonOrderItemLink item,
        IEnumerable<(AmazonOutboundRequest Request, CancellationPayload Payload)> others)
    {
        var most = Math.Max(0, item.QuantityOrdered - item.QuantityShipped);
        if (payload.WholeOrder)
            return most;
        if (line.CancelledBefore is not { } before)
            return Math.Min(most, item.QuantityCancelled + line.Quantity); // recorded before claims were kept

        var openThen = line.OpenRequestIds ?? [];
        var acceptedSince = others
            .Where(o => o.Request.Id != request.Id && o.Request.State == AmazonOutboundRequestState.Accepted
                && (o.Request.Id > request.Id || openThen.Contains(o.Request.Id)))
            .Sum(o => QuantityOf(o.Payload, line.AmazonOrderItemId));
        return Math.Min(most, Math.Max(item.QuantityCancelled, before + line.Quantity + acceptedSince));
    }

    private static int QuantityOf(CancellationPayload payload, string amazonOrderItemId) =>
        payload.Lines.Where(l => l.AmazonOrderItemId == amazonOrderItemId).Sum(l => l.Quantity);
}
