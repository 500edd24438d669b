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

        var itemLinks = await WriteItemsAsync(link, order, plan);
        await WriteNotesAsync(order, plan.Notes);

        if (adjustInventory)
            await AdjustInventoryAsync(link, plan, itemLinks);

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

    private async Task<IReadOnlyList<AmazonOrderItemLink>> WriteItemsAsync(AmazonOrderLink link, Order order, NativeOrderPlan plan)
    {
        var existing = (await _orderService.GetOrderItemsAsync(order.Id)).ToDictionary(item => item.OrderItemGuid);
        var itemLinks = (await _linkStore.GetItemsAsync(link.Id)).ToDictionary(item => item.AmazonOrderItemId);

        foreach (var planned in plan.Items)
        {
            if (!existing.TryGetValue(planned.Item.OrderItemGuid, out var orderItem))
            {
                planned.Item.OrderId = order.Id;
                await _orderService.InsertOrderItemAsync(planned.Item);
                orderItem = planned.Item;
            }

            if (itemLinks.TryGetValue(planned.Source.AmazonOrderItemId, out var itemLink) && itemLink.OrderItemId != orderItem.Id)
            {
                itemLink.OrderItemId = orderItem.Id;
                await _linkStore.UpdateItemAsync(itemLink);
            }
        }

        return [.. itemLinks.Values];
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

    /// <summary>
    /// Takes stock once per line. The flag is set after the stock move: a crash between the two repeats the move on
    /// the next run (stock too low by that line) rather than losing it (overselling on Amazon).
    /// </summary>
    private async Task AdjustInventoryAsync(AmazonOrderLink link, NativeOrderPlan plan, IReadOnlyList<AmazonOrderItemLink> itemLinks)
    {
        foreach (var planned in plan.Items)
        {
            var itemLink = itemLinks.FirstOrDefault(item => item.AmazonOrderItemId == planned.Source.AmazonOrderItemId);
            if (itemLink is null || itemLink.StockAdjusted)
                continue;

            await _productService.AdjustInventoryAsync(planned.Product.Product, -planned.Item.Quantity, planned.Product.AttributesXml,
                $"Amazon order {link.AmazonOrderId}");
            itemLink.StockAdjusted = true;
            await _linkStore.UpdateItemAsync(itemLink);
        }
    }
}
