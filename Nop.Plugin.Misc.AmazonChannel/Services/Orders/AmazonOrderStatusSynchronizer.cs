using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Brings an imported store order in line with what Amazon says on a later read: cancelled on Amazon (cancels the
/// store order when it has not shipped), buyer cancellation requested (puts the order on hold), paid on Amazon after
/// Pending, shipped outside the store (FBA, or shipped elsewhere) recorded. Each change leaves an order note once.
/// </summary>
public class AmazonOrderStatusSynchronizer
{
    private readonly IOrderService _orderService;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly IEventPublisher _eventPublisher;
    private readonly AmazonOrderLinkStore _linkStore;
    private readonly AmazonSyncErrorService _syncErrorService;
    private readonly OrderSettings _orderSettings;
    private readonly TimeProvider _timeProvider;

    public AmazonOrderStatusSynchronizer(IOrderService orderService,
        IOrderProcessingService orderProcessingService,
        IEventPublisher eventPublisher,
        AmazonOrderLinkStore linkStore,
        AmazonSyncErrorService syncErrorService,
        OrderSettings orderSettings,
        TimeProvider timeProvider)
    {
        _orderService = orderService;
        _orderSettings = orderSettings;
        _orderProcessingService = orderProcessingService;
        _eventPublisher = eventPublisher;
        _linkStore = linkStore;
        _syncErrorService = syncErrorService;
        _timeProvider = timeProvider;
    }

    public async Task SyncAsync(AmazonOrderLink link, AmazonOrderSnapshot amazonOrder)
    {
        if (link.OrderId is not { } orderId || await _orderService.GetOrderByIdAsync(orderId) is not { } order || order.Deleted)
            return;

        if (amazonOrder.Status == AmazonOrderStatus.Canceled)
        {
            await SyncCancellationAsync(link, order);
            return;
        }

        if (order.PaymentStatus == PaymentStatus.Pending && AmazonOrderState.Of(amazonOrder).IsPaid)
            await MarkPaidAsync(order, amazonOrder);

        if (amazonOrder.IsBuyerCancellationRequested && !link.IsOnHold && order.OrderStatus != OrderStatus.Cancelled && order.ShippingStatus == ShippingStatus.NotYetShipped)
            await PutOnHoldAsync(link, order, amazonOrder);

        await SyncShippingAsync(order, amazonOrder);
    }

    private async Task SyncCancellationAsync(AmazonOrderLink link, Order order)
    {
        if (order.OrderStatus == OrderStatus.Cancelled)
            return;

        if (order.ShippingStatus is ShippingStatus.NotYetShipped or ShippingStatus.ShippingNotRequired && _orderProcessingService.CanCancelOrder(order))
        {
            await AddNoteOnceAsync(order, "Cancelled on Amazon: the store order was cancelled to match.");
            await CancelAsync(link, order);
            if (link.IsOnHold)
            {
                link.IsOnHold = false;
                await _linkStore.UpdateAsync(link);
            }
            return;
        }

        string[] arguments = [link.AmazonOrderId];
        await AddNoteOnceAsync(order, ImportErrorCodes.Format(ImportErrorCodes.CancelledAfterShipment, arguments));
        await _syncErrorService.RecordAsync(link.AccountId, link, link.AmazonOrderId, ImportErrorCodes.CancelledAfterShipment, arguments);
    }

    /// <summary>
    /// nopCommerce's <see cref="IOrderProcessingService.CancelOrderAsync"/> puts every line's quantity back into stock
    /// (its ReturnOrderStockAsync), which is right only for lines whose stock the import took
    /// (<see cref="AmazonOrderItemLink.StockAdjusted"/>): orders imported with the inventory setting off (or fulfilled
    /// by Amazon) never took any, and restocking them would invent stock that Amazon then sells. So nopCommerce cancels
    /// the order only when the import took every line's stock. Otherwise the order is cancelled as nopCommerce's order
    /// status change does it (status saved, <see cref="OrderStatusChangedEvent"/>, note), without touching stock:
    /// nopCommerce's other cancellation steps (reward points, gift cards, recurring payments, booked shipments) have
    /// nothing to undo on an unshipped Amazon order. When only some lines' stock was taken (a write resumed after a
    /// crash with the inventory setting changed in between), those lines are named for the admin to put back, not
    /// restocked blindly: stock is never invented, at worst it stays too low, and the admin is told.
    /// </summary>
    private async Task CancelAsync(AmazonOrderLink link, Order order)
    {
        var orderItems = await _orderService.GetOrderItemsAsync(order.Id);
        var itemLinks = await _linkStore.GetItemsAsync(link.Id);
        var taken = itemLinks.Where(item => item.StockAdjusted && item.OrderItemId is not null).ToList();
        var takenItemIds = taken.Select(item => item.OrderItemId!.Value).ToHashSet();

        if (orderItems.Count > 0 && orderItems.All(item => takenItemIds.Contains(item.Id)))
        {
            await _orderProcessingService.CancelOrderAsync(order, false);
            return;
        }

        var previousStatus = order.OrderStatus;
        order.OrderStatus = OrderStatus.Cancelled;
        await _orderService.UpdateOrderAsync(order);
        await _eventPublisher.PublishAsync(new OrderStatusChangedEvent(order, previousStatus));
        await AddNoteOnceAsync(order, "Order has been cancelled. Stock was not returned: the Amazon import did not take it for these lines.");

        if (taken.Count == 0)
            return;

        string[] arguments = [link.AmazonOrderId, string.Join(", ", taken.Select(item => $"{item.SellerSku} x {item.QuantityOrdered}"))];
        await AddNoteOnceAsync(order, ImportErrorCodes.Format(ImportErrorCodes.CancelledStockNotReturned, arguments));
        await _syncErrorService.RecordAsync(link.AccountId, link, link.AmazonOrderId, ImportErrorCodes.CancelledStockNotReturned, arguments);
    }

    private async Task MarkPaidAsync(Order order, AmazonOrderSnapshot amazonOrder)
    {
        // Not through MarkOrderAsPaidAsync: that e-mails the customer, who is an Amazon buyer.
        order.PaymentStatus = PaymentStatus.Paid;
        order.PaidDateUtc = amazonOrder.LastUpdateDateUtc;
        await _orderService.UpdateOrderAsync(order);
        await AddNoteOnceAsync(order, "Amazon confirmed payment (the order left Pending).");
        await UpdateStatusQuietlyAsync(order);
    }

    private async Task PutOnHoldAsync(AmazonOrderLink link, Order order, AmazonOrderSnapshot amazonOrder)
    {
        var reason = amazonOrder.Items.Select(item => item.BuyerCancelReason).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));
        link.IsOnHold = true;
        await _linkStore.UpdateAsync(link);
        await AddNoteOnceAsync(order, string.IsNullOrWhiteSpace(reason)
            ? "The Amazon buyer asked to cancel this order. It is on hold (no shipment is sent to Amazon) until you cancel it on Amazon or reject the request."
            : $"The Amazon buyer asked to cancel this order (reason: {reason}). It is on hold (no shipment is sent to Amazon) until you cancel it on Amazon or reject the request.");
        await _eventPublisher.PublishAsync(new AmazonBuyerCancellationRequestedEvent(link, order, reason));
    }

    private async Task SyncShippingAsync(Order order, AmazonOrderSnapshot amazonOrder)
    {
        var status = AmazonOrderState.Of(amazonOrder).StoreShippingStatus;
        if (status == ShippingStatus.NotYetShipped)
            return;

        if (order.ShippingStatus == status || order.ShippingStatus == ShippingStatus.Delivered || (order.ShippingStatus == ShippingStatus.Shipped && status == ShippingStatus.PartiallyShipped))
            return;

        order.ShippingStatus = status;
        await _orderService.UpdateOrderAsync(order);
        await AddNoteOnceAsync(order, amazonOrder.FulfillmentChannel == AmazonFulfillmentChannel.Amazon
            ? "Shipped by Amazon (FBA)."
            : $"Amazon reports the order {(status == ShippingStatus.Shipped ? "shipped" : "partially shipped")} outside the store.");
        await UpdateStatusQuietlyAsync(order);
    }

    /// <summary>
    /// The order status the store's rule gives (<see cref="StoreOrderStatusRule"/>), saved with nopCommerce's status
    /// event but without its CheckOrderStatusAsync, which e-mails the customer (an Amazon buyer) on Processing and on
    /// Complete.
    /// </summary>
    private async Task UpdateStatusQuietlyAsync(Order order)
    {
        var previous = order.OrderStatus;
        var next = StoreOrderStatusRule.For(previous, order.PaymentStatus, order.ShippingStatus, _orderSettings);
        if (next == previous)
            return;

        order.OrderStatus = next;
        await _orderService.UpdateOrderAsync(order);
        await _eventPublisher.PublishAsync(new OrderStatusChangedEvent(order, previous));
    }

    private async Task AddNoteOnceAsync(Order order, string note)
    {
        var notes = await _orderService.GetOrderNotesByOrderIdAsync(order.Id);
        if (notes.Any(existing => existing.Note == note))
            return;

        await _orderService.InsertOrderNoteAsync(new OrderNote { OrderId = order.Id, Note = note, DisplayToCustomer = false, CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime });
    }
}
