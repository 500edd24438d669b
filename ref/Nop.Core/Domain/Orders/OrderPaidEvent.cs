namespace Nop.Core.Domain.Orders;

/// <summary>Published by nopCommerce for an order (stand-in).</summary>
public partial class OrderPaidEvent
{
    public OrderPaidEvent(Order order)
    {
        Order = order;
    }

    public Order Order { get; }
}
