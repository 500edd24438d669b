using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The store order status an Amazon order's payment and shipping statuses lead to, by the store's own rule
/// (<see cref="OrderSettings.CompleteOrderWhenDelivered"/>): paid becomes Processing, and complete when shipped (or, with
/// that setting on, when delivered). nopCommerce decides the same in its order processing service, but there it also
/// e-mails the customer, who for an imported order is an Amazon buyer the store must not write to.
/// </summary>
public static class StoreOrderStatusRule
{
    public static OrderStatus For(OrderStatus current, PaymentStatus payment, ShippingStatus shipping, OrderSettings orderSettings)
    {
        if (current is OrderStatus.Cancelled or OrderStatus.Complete)
            return current;

        var paid = payment == PaymentStatus.Paid;
        var complete = paid && (shipping == ShippingStatus.ShippingNotRequired || (orderSettings.CompleteOrderWhenDelivered
            ? shipping == ShippingStatus.Delivered
            : shipping is ShippingStatus.Shipped or ShippingStatus.Delivered));
        if (complete)
            return OrderStatus.Complete;

        var underway = payment is PaymentStatus.Paid or PaymentStatus.Authorized
            || shipping is ShippingStatus.PartiallyShipped or ShippingStatus.Shipped or ShippingStatus.Delivered;
        return underway ? OrderStatus.Processing : current;
    }
}
