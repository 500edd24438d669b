using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Catalog;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Cancels a store order by the import's stock rule (docs/order-import.md): nopCommerce's CancelOrderAsync (which puts
/// every line's stock back) only when the import took every line's stock; otherwise the status is changed with
/// nopCommerce's status event and no stock moves, so no stock is ever invented. With "Zero out stock on 'no inventory'
/// cancellations" on, the cancelled products' stock is then set to zero. <see cref="IsCancelling"/> lets the store-button
/// consumer tell this plugin's own cancellation from an admin's.
/// </summary>
public class StoreOrderCanceller
{
    private static readonly AsyncLocal<bool> Cancelling = new();

    private readonly IOrderService _orderService;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly IProductService _productService;
    private readonly IEventPublisher _eventPublisher;
    private readonly RefundOrderContext _context;

    public StoreOrderCanceller(IOrderService orderService, IOrderProcessingService orderProcessingService, IProductService productService,
        IEventPublisher eventPublisher, RefundOrderContext context)
    {
        _orderService = orderService;
        _orderProcessingService = orderProcessingService;
        _productService = productService;
        _eventPublisher = eventPublisher;
        _context = context;
    }

    public static bool IsCancelling => Cancelling.Value;

    public async Task CancelAsync(AmazonOrderLink link, Order order, bool zeroStock)
    {
        if (order.OrderStatus == OrderStatus.Cancelled)
            return;

        Cancelling.Value = true;
        try
        {
            var orderItems = await _orderService.GetOrderItemsAsync(order.Id);
            var itemLinks = await _context.GetItemLinksAsync(link.Id);
            var taken = itemLinks.Where(i => i.StockAdjusted && i.OrderItemId is not null).Select(i => i.OrderItemId!.Value).ToHashSet();
            if (orderItems.Count > 0 && orderItems.All(item => taken.Contains(item.Id)) && _orderProcessingService.CanCancelOrder(order))
            {
                await _orderProcessingService.CancelOrderAsync(order, false);
            }
            else
            {
                var previous = order.OrderStatus;
                order.OrderStatus = OrderStatus.Cancelled;
                await _orderService.UpdateOrderAsync(order);
                await _eventPublisher.PublishAsync(new OrderStatusChangedEvent(order, previous));
                await _context.AddNoteOnceAsync(order, "Order has been cancelled. Stock was not returned: the Amazon import did not take it for every line.");
            }

            if (zeroStock)
                await ZeroStockAsync(order, orderItems.Select(i => i.ProductId));
        }
        finally
        {
            Cancelling.Value = false;
        }
    }

    /// <summary>Sets the stock of the given products to zero (stock managed by quantity only), with a note.</summary>
    public async Task ZeroStockAsync(Order order, IEnumerable<int> productIds)
    {
            foreach (var productId in productIds.Distinct())
            {
                if (await _productService.GetProductByIdAsync(productId) is { Deleted: false } product && product.ManageInventoryMethod == ManageInventoryMethod.ManageStock && product.StockQuantity != 0)
                {
                    product.StockQuantity = 0;
                    await _productService.UpdateProductAsync(product);
                }
            }

            await _context.AddNoteOnceAsync(order, "Cancelled for 'no inventory': the products' stock was set to zero.");
    }
}
