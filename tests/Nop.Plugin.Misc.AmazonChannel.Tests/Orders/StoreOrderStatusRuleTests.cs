using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The store order status rule, as nopCommerce 4.90's CheckOrderStatusAsync decides it (read from its source and checked
/// on the real engine by the integration tests), without that method's customer e-mails.
/// </summary>
public class StoreOrderStatusRuleTests
{
    [TestCase(OrderStatus.Pending, PaymentStatus.Pending, ShippingStatus.NotYetShipped, false, OrderStatus.Pending)]
    [TestCase(OrderStatus.Pending, PaymentStatus.Paid, ShippingStatus.NotYetShipped, false, OrderStatus.Processing)]
    [TestCase(OrderStatus.Pending, PaymentStatus.Authorized, ShippingStatus.NotYetShipped, false, OrderStatus.Processing)]
    [TestCase(OrderStatus.Pending, PaymentStatus.Pending, ShippingStatus.Shipped, false, OrderStatus.Processing)]
    [TestCase(OrderStatus.Processing, PaymentStatus.Paid, ShippingStatus.PartiallyShipped, false, OrderStatus.Processing)]
    [TestCase(OrderStatus.Processing, PaymentStatus.Paid, ShippingStatus.Shipped, false, OrderStatus.Complete)]
    [TestCase(OrderStatus.Processing, PaymentStatus.Paid, ShippingStatus.Shipped, true, OrderStatus.Processing)]
    [TestCase(OrderStatus.Processing, PaymentStatus.Paid, ShippingStatus.Delivered, true, OrderStatus.Complete)]
    [TestCase(OrderStatus.Pending, PaymentStatus.Paid, ShippingStatus.ShippingNotRequired, true, OrderStatus.Complete)]
    [TestCase(OrderStatus.Cancelled, PaymentStatus.Paid, ShippingStatus.Shipped, false, OrderStatus.Cancelled)]
    [TestCase(OrderStatus.Complete, PaymentStatus.Pending, ShippingStatus.NotYetShipped, false, OrderStatus.Complete)]
    public void Status_FollowsPaymentShippingAndTheStoresCompletionSetting(OrderStatus current, PaymentStatus payment, ShippingStatus shipping,
        bool completeOrderWhenDelivered, OrderStatus expected)
    {
        var settings = new OrderSettings { CompleteOrderWhenDelivered = completeOrderWhenDelivered };

        Assert.That(StoreOrderStatusRule.For(current, payment, shipping, settings), Is.EqualTo(expected));
    }
}
