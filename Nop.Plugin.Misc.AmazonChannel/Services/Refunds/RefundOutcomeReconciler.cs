using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// The outbox saves Amazon's answer (Accepted / Rejected) before it tells the handler, so a crash in between leaves the
/// answer recorded and the store order untouched. This pass, run by the queue task, finds recent answers whose last
/// step (the order note naming the request) is missing and runs the handler's step again; every step is idempotent.
/// </summary>
public class RefundOutcomeReconciler
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    private readonly IRepository<AmazonOutboundRequest> _requests;
    private readonly RefundHandler _refunds;
    private readonly CancellationHandler _cancellations;
    private readonly RefundOrderContext _context;
    private readonly IOrderService _orderService;

    public RefundOutcomeReconciler(IRepository<AmazonOutboundRequest> requests, RefundHandler refunds, CancellationHandler cancellations,
        RefundOrderContext context, IOrderService orderService)
    {
        _requests = requests;
        _refunds = refunds;
        _cancellations = cancellations;
        _context = context;
        _orderService = orderService;
    }

    /// <returns>How many answers were applied again.</returns>
    public async Task<int> ReconcileAsync()
    {
        var since = _context.UtcNow - LookBack;
        var kinds = new[] { (int)AmazonOutboundRequestKind.Refund, (int)AmazonOutboundRequestKind.Cancellation };
        var answered = new[] { (int)AmazonOutboundRequestState.Accepted, (int)AmazonOutboundRequestState.Rejected };
        var recent = await _requests.GetAllAsync(q => q.Where(r => kinds.Contains(r.KindId) && answered.Contains(r.StateId) && r.CompletedOnUtc >= since && r.OrderLinkId != null));
        var repaired = 0;
        foreach (var request in recent)
        {
            var (_, link, _) = await _context.LoadAsync(request.OrderLinkId!.Value);
            if (await _context.GetStoreOrderAsync(link) is not { } order)
                continue;
            var marker = $"Amazon {(request.State == AmazonOutboundRequestState.Accepted ? "confirmed" : "rejected")} {(request.Kind == AmazonOutboundRequestKind.Refund ? "refund" : "cancellation")} request #{request.Id}";
            if ((await _orderService.GetOrderNotesByOrderIdAsync(order.Id)).Any(n => n.Note.StartsWith(marker + " ", StringComparison.Ordinal) || n.Note.StartsWith(marker + ":", StringComparison.Ordinal)))
                continue;

            IOutboundRequestHandler handler = request.Kind == AmazonOutboundRequestKind.Refund ? _refunds : _cancellations;
            if (request.State == AmazonOutboundRequestState.Accepted)
                await handler.OnAcceptedAsync(request);
            else
                await handler.OnRejectedAsync(request);
            repaired++;
        }

        return repaired;
    }
}
