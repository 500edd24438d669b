namespace Nop.Core.Domain.Orders;

/// <summary>Published when an order's status changes (stand-in).</summary>
public partial class OrderStatusChangedEvent
{
    public OrderStatusChangedEvent(Order order, OrderStatus previousOrderStatus)
    {
        Order = order;
        PreviousOrderStatus = previousOrderStatus;
    }

    public Order Order { get; }

    /// <summary>Settable in nopCommerce as well.</summary>
    public OrderStatus PreviousOrderStatus { get; set; }
}
