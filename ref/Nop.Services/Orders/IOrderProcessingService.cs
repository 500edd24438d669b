using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;

namespace Nop.Services.Orders;

/// <summary>Order processing (stand-in: a subset of the members).</summary>
public partial interface IOrderProcessingService
{
    /// <summary>Recomputes the order status from its payment and shipping status.</summary>
    Task CheckOrderStatusAsync(Order order);

    Task ShipAsync(Shipment shipment, bool notifyCustomer);

    Task DeliverAsync(Shipment shipment, bool notifyCustomer);

    bool CanCancelOrder(Order order);

    Task CancelOrderAsync(Order order, bool notifyCustomer);

    bool CanMarkOrderAsPaid(Order order);

    Task MarkOrderAsPaidAsync(Order order);

    bool CanRefundOffline(Order order);

    Task RefundOfflineAsync(Order order);

    bool CanPartiallyRefundOffline(Order order, decimal amountToRefund);

    Task PartiallyRefundOfflineAsync(Order order, decimal amountToRefund);
}
