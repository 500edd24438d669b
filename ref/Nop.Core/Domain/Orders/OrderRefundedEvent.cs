namespace Nop.Core.Domain.Orders;

/// <summary>Published by nopCommerce after an order was refunded, online or offline (stand-in).</summary>
public partial class OrderRefundedEvent
{
    public OrderRefundedEvent(Order order, decimal amount)
    {
        Order = order;
        Amount = amount;
    }

    public Order Order { get; }

    public decimal Amount { get; }
}
