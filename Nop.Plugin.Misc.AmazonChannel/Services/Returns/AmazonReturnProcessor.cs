using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>What one returns report did to the store.</summary>
public sealed record ReturnsOutcome(int Created, int Updated, int Skipped, int Failed);

/// <summary>
/// Turns the lines of a returns report into nopCommerce return requests (the rules are in
/// docs/returns-and-settlements.md): only Approved returns create one, one per returned line (per component of a
/// bundle SKU), custom number = Amazon's RMA ID, status pending; returnless refunds are skipped when the setting says
/// so; a line already linked is never created again, and a later status moves its return request along.
/// </summary>
public class AmazonReturnProcessor
{
    private readonly IRepository<AmazonReturnLink> _returnLinks;
    private readonly IRepository<AmazonOrderLink> _orderLinks;
    private readonly IRepository<AmazonOrderItemLink> _itemLinks;
    private readonly ReturnLineResolver _lineResolver;
    private readonly IOrderService _orderService;
    private readonly IReturnRequestService _returnRequestService;
    private readonly AmazonSyncErrorService _errors;
    private readonly TimeProvider _timeProvider;

    public AmazonReturnProcessor(IRepository<AmazonReturnLink> returnLinks,
        IRepository<AmazonOrderLink> orderLinks,
        IRepository<AmazonOrderItemLink> itemLinks,
        ReturnLineResolver lineResolver,
        IOrderService orderService,
        IReturnRequestService returnRequestService,
        AmazonSyncErrorService errors,
        TimeProvider timeProvider)
    {
        _returnLinks = returnLinks;
        _orderLinks = orderLinks;
        _itemLinks = itemLinks;
        _lineResolver = lineResolver;
        _orderService = orderService;
        _returnRequestService = returnRequestService;
        _errors = errors;
        _timeProvider = timeProvider;
    }

    public async Task<ReturnsOutcome> ProcessAsync(AmazonAccount account, AmazonChannelSettings settings, IReadOnlyList<AmazonReturnLine> lines)
    {
        var reasons = (await _returnRequestService.GetAllReturnRequestReasonsAsync()).ToList();
        var actions = (await _returnRequestService.GetAllReturnRequestActionsAsync()).ToList();
        int created = 0, updated = 0, skipped = 0, failed = 0;

        foreach (var line in lines)
        {
            var existing = await _returnLinks.GetAllAsync(query => query.Where(link =>
                link.AccountId == account.Id && link.AmazonRmaId == line.RmaId && (link.LineKey == line.SellerSku || link.LineKey.StartsWith(line.SellerSku + "#"))));
            if (existing.Count > 0)
            {
                updated += await UpdateStatusAsync(existing, line);
                continue;
            }

            if (!line.IsApproved || (line.IsReturnless && settings.SkipReturnRequestForReturnlessRefunds))
            {
                skipped++;
                continue;
            }

            var orderLink = (await _orderLinks.GetAllAsync(query => query.Where(link => link.AccountId == account.Id && link.AmazonOrderId == line.AmazonOrderId && link.OrderId != null))).FirstOrDefault();
            var order = orderLink?.OrderId is { } orderId ? await _orderService.GetOrderByIdAsync(orderId) : null;
            if (orderLink is null || order is null)
            {
                await _errors.RecordAsync(account.Id, orderLink, line.AmazonOrderId, ReturnErrorCodes.OrderNotImported, [line.AmazonOrderId, line.RmaId]);
                failed++;
                continue;
            }

            var itemLink = (await _itemLinks.GetAllAsync(query => query.Where(item => item.OrderLinkId == orderLink.Id && item.SellerSku == line.SellerSku && item.OrderItemId != null))).FirstOrDefault();
            if (itemLink is null)
            {
                await _errors.RecordAsync(account.Id, orderLink, line.AmazonOrderId, ReturnErrorCodes.LineNotFound, [line.AmazonOrderId, line.SellerSku, line.RmaId]);
                failed++;
                continue;
            }

            var reason = ReturnReasonMapper.MapReason(line.ReasonCode, settings.ReturnReasonMapping, reasons);
            var action = ReturnReasonMapper.MapAction(line.Resolution, settings.ReturnActionMapping, actions);
            foreach (var returned in await _lineResolver.ResolveAsync(account.Id, order, itemLink, line))
            {
                await CreateAsync(account, orderLink, order, line, returned, reason, action);
                created++;
            }
        }

        return new ReturnsOutcome(created, updated, skipped, failed);
    }

    private async Task CreateAsync(AmazonAccount account, AmazonOrderLink orderLink, Order order, AmazonReturnLine line, ReturnedLine returned, string reason, string action)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;

        // A crash between the two inserts leaves a return request without its link: find it by RMA, order item and line.
        var lineNote = LineNote(returned);
        var request = (await _returnRequestService.SearchReturnRequestsAsync(orderItemId: returned.OrderItemId, customNumber: line.RmaId))
            .FirstOrDefault(candidate => candidate.StaffNotes?.Contains(lineNote, StringComparison.Ordinal) == true);
        if (request is null)
        {
            request = new ReturnRequest
            {
                CustomNumber = line.RmaId,
                StoreId = order.StoreId,
                OrderItemId = returned.OrderItemId,
                CustomerId = order.CustomerId,
                Quantity = returned.Quantity,
                ReturnedQuantity = 0,
                ReasonForReturn = reason,
                RequestedAction = action,
                CustomerComments = string.Empty,
                StaffNotes = StaffNotes(line, returned),
                ReturnRequestStatus = ReturnRequestStatus.Pending,
                CreatedOnUtc = now,
                UpdatedOnUtc = now
            };
            await _returnRequestService.InsertReturnRequestAsync(request);
        }

        await _returnLinks.InsertAsync(new AmazonReturnLink
        {
            AccountId = account.Id,
            OrderLinkId = orderLink.Id,
            AmazonOrderId = line.AmazonOrderId,
            AmazonRmaId = line.RmaId,
            LineKey = returned.LineKey,
            ReturnRequestId = request.Id,
            AmazonStatus = line.Status,
            Quantity = returned.Quantity,
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        }, false);
    }

    private async Task<int> UpdateStatusAsync(IList<AmazonReturnLink> links, AmazonReturnLine line)
    {
        var changed = 0;
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        foreach (var link in links.Where(link => !string.Equals(link.AmazonStatus, line.Status, StringComparison.OrdinalIgnoreCase)))
        {
            if (await _returnRequestService.GetReturnRequestByIdAsync(link.ReturnRequestId) is { } request)
            {
                if (AmazonReturnStatuses.ToStoreStatus(line.Status, line.RefundedAmount) is { } status)
                    request.ReturnRequestStatus = status;
                request.StaffNotes = $"{request.StaffNotes}\nAmazon status: {line.Status} ({now:yyyy-MM-dd}).".TrimStart('\n');
                request.UpdatedOnUtc = now;
                await _returnRequestService.UpdateReturnRequestAsync(request);
            }

            link.AmazonStatus = line.Status;
            link.UpdatedOnUtc = now;
            await _returnLinks.UpdateAsync(link, false);
            changed++;
        }

        return changed;
    }

    private static string LineNote(ReturnedLine returned) => $"Amazon line: {returned.LineKey}.";

    private static string StaffNotes(AmazonReturnLine line, ReturnedLine returned)
    {
        var notes = new List<string> { $"Amazon return {line.RmaId} for order {line.AmazonOrderId}, SKU {line.SellerSku}; Amazon reason: {line.ReasonCode ?? "none given"}." };
        if (line.TrackingId is not null)
            notes.Add($"Return label tracking number: {line.TrackingId}.");
        if (returned.ComponentNote is not null)
            notes.Add(returned.ComponentNote);
        notes.Add("Resolution: refund.");
        notes.Add(LineNote(returned));
        return string.Join("\n", notes);
    }
}
