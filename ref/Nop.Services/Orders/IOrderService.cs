using Nop.Core.Domain.Orders;

namespace Nop.Services.Orders;

/// <summary>Order service (stand-in: a subset of the members).</summary>
public partial interface IOrderService
{
    Task<Order> GetOrderByIdAsync(int orderId);

    Task<Order> GetOrderByCustomOrderNumberAsync(string customOrderNumber);

    Task<IList<Order>> GetOrdersByIdsAsync(int[] orderIds);

    Task<Order> GetOrderByGuidAsync(Guid orderGuid);

    Task DeleteOrderAsync(Order order);

    Task InsertOrderAsync(Order order);

    Task UpdateOrderAsync(Order order);

    Task<OrderItem> GetOrderItemByIdAsync(int orderItemId);

    /// <summary>Items of an order, optionally filtered; vendorId 0 = all vendors.</summary>
    Task<IList<OrderItem>> GetOrderItemsAsync(int orderId, bool? isNotReturnable = null, bool? isShipEnabled = null, int vendorId = 0);

    Task DeleteOrderItemAsync(OrderItem orderItem);

    Task InsertOrderItemAsync(OrderItem orderItem);

    Task UpdateOrderItemAsync(OrderItem orderItem);

    /// <summary>Notes of an order; displayToCustomer null = all.</summary>
    Task<IList<OrderNote>> GetOrderNotesByOrderIdAsync(int orderId, bool? displayToCustomer = null);

    Task DeleteOrderNoteAsync(OrderNote orderNote);

    Task InsertOrderNoteAsync(OrderNote orderNote);
}
