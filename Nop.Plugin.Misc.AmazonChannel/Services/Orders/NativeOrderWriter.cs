using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Writes a planned store order step by step so that running it again, after a crash at any step or concurrently,
/// finishes the same order instead of starting another: the order is found again by its name-based GUID (which
/// nopCommerce keeps unique), lines by their GUIDs, notes by their text, stock moves by a flag on the line's link.
/// nopCommerce has no unit of work, so each step is idempotent rather than transactional.
/// </summary>
public class NativeOrderWriter
{
    private readonly IOrderService _orderService;
    private readonly IAddressService _addressService;
    private readonly IProductService _productService;
    private readonly AmazonOrderLinkStore _linkStore;
    private readonly TimeProvider _timeProvider;

    public NativeOrderWriter(IOrderService orderService, IAddressService addressService, IProductService productService, AmazonOrderLinkStore linkStore, TimeProvider timeProvider)
    {
        _orderService = orderService;
        _addressService = addressService;
        _productService = productService;
        _linkStore = linkStore;
        _timeProvider = timeProvider;
    }

    public async Task<Order> WriteAsync(AmazonOrderLink link, NativeOrderPlan plan, bool adjustInventory)
    {
        var order = await FindExistingAsync(link, plan) ?? await InsertOrderAsync(plan);

        if (link.OrderId != order.Id)
        {
            link.OrderId = order.Id;
            await _linkStore.UpdateAsync(link);
        }

        await WriteItemsAsync(link, order, plan, adjustInventory);
        await RemoveDuplicateLinesAsync(link, order);
        await WriteNotesAsync(order, plan.Notes);
        return order;
    }

    private async Task<Order?> FindExistingAsync(AmazonOrderLink link, NativeOrderPlan plan)
    {
        if (link.OrderId is { } orderId && await _orderService.GetOrderByIdAsync(orderId) is { } linked)
            return linked;

        return await _orderService.GetOrderByGuidAsync(plan.Order.OrderGuid);
    }

    private async Task<Order> InsertOrderAsync(NativeOrderPlan plan)
    {
        await _addressService.InsertAddressAsync(plan.BillingAddress);
        plan.Order.BillingAddressId = plan.BillingAddress.Id;

        if (plan.ShippingAddress is not null)
        {
            await _addressService.InsertAddressAsync(plan.ShippingAddress);
            plan.Order.ShippingAddressId = plan.ShippingAddress.Id;
        }

        await _orderService.InsertOrderAsync(plan.Order);
        return plan.Order;
    }

    /// <summary>
    /// Writes each line, takes its stock once, and records both on the line's link in one update. The stock flag is
    /// saved after the stock move: a crash between the two repeats the move on the next run (stock too low by that
    /// line) rather than losing it (overselling on Amazon).
    /// </summary>
    private async Task WriteItemsAsync(AmazonOrderLink link, Order order, NativeOrderPlan plan, bool adjustInventory)
    {
        var existing = await ExistingLinesAsync(order);
        var itemLinks = (await _linkStore.GetItemsAsync(link.Id)).ToDictionary(item => item.AmazonOrderItemId);

        foreach (var planned in plan.Items)
        {
            if (!existing.TryGetValue(planned.Item.OrderItemGuid, out var orderItem))
            {
                planned.Item.OrderId = order.Id;
                await _orderService.InsertOrderItemAsync(planned.Item);
                orderItem = planned.Item;
            }

            if (!itemLinks.TryGetValue(planned.Source.AmazonOrderItemId, out var itemLink))
                continue;

            var needsStock = adjustInventory && !itemLink.StockAdjusted;
            if (needsStock)
                await _productService.AdjustInventoryAsync(planned.Product.Product, -orderItem.Quantity, planned.Product.AttributesXml, $"Amazon order {link.AmazonOrderId}");

            if (itemLink.OrderItemId == orderItem.Id && !needsStock)
                continue;

            itemLink.OrderItemId = orderItem.Id;
            itemLink.StockAdjusted |= needsStock;
            // Saved line by line: a batch would widen the window in which a crash repeats stock moves.
            await _linkStore.UpdateItemAsync(itemLink);
        }
    }

    /// <summary>The order's lines by their deterministic GUIDs (the oldest, should a line have been written twice).</summary>
    private async Task<Dictionary<Guid, OrderItem>> ExistingLinesAsync(Order order) =>
        (await _orderService.GetOrderItemsAsync(order.Id))
            .GroupBy(item => item.OrderItemGuid)
            .ToDictionary(group => group.Key, group => group.MinBy(item => item.Id)!);

    /// <summary>
    /// nopCommerce has no unique key on OrderItemGuid, so two nodes that share no lock (a web farm without a distributed
    /// cache) can both write the same line. Read back after writing, the oldest copy of each line stays, the line links
    /// point at it and the others are deleted; whichever node finishes last sees every copy, so the order converges to
    /// one line per Amazon item. (Both nodes may have taken the line's stock: too little stock, never overselling.)
    /// </summary>
    private async Task RemoveDuplicateLinesAsync(AmazonOrderLink link, Order order)
    {
        var duplicates = (await _orderService.GetOrderItemsAsync(order.Id))
            .GroupBy(item => item.OrderItemGuid)
            .Where(group => group.Count() > 1)
            .ToList();
        if (duplicates.Count == 0)
            return;

        var itemLinks = await _linkStore.GetItemsAsync(link.Id);
        foreach (var group in duplicates)
        {
            var kept = group.MinBy(item => item.Id)!;
            foreach (var extra in group.Where(item => item.Id != kept.Id))
            {
                foreach (var itemLink in itemLinks.Where(itemLink => itemLink.OrderItemId == extra.Id))
                {
                    itemLink.OrderItemId = kept.Id;
                    await _linkStore.UpdateItemAsync(itemLink);
                }

                await _orderService.DeleteOrderItemAsync(extra);
            }
        }
    }

    private async Task WriteNotesAsync(Order order, IEnumerable<string> notes)
    {
        var written = (await _orderService.GetOrderNotesByOrderIdAsync(order.Id)).Select(note => note.Note).ToHashSet(StringComparer.Ordinal);
        foreach (var note in notes.Where(note => !written.Contains(note)))
        {
            await _orderService.InsertOrderNoteAsync(new OrderNote
            {
                OrderId = order.Id,
                Note = note,
                DisplayToCustomer = false,
                CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
            });
        }
    }
}
