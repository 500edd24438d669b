using Nop.Core.Configuration;

namespace Nop.Core.Domain.Orders;

/// <summary>Order settings (only what the plugin reads).</summary>
public partial class OrderSettings : ISettings
{
    /// <summary>Whether an order is complete only once delivered (otherwise once shipped).</summary>
    public bool CompleteOrderWhenDelivered { get; set; }
}
