using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// A store order ready to be written: everything is mapped and nothing is saved yet. Handlers of
/// <see cref="Events.AmazonOrderImportingEvent"/> may change it.
/// </summary>
public sealed class NativeOrderPlan
{
    public required Customer Customer { get; init; }

    public required Order Order { get; init; }

    public required Address BillingAddress { get; init; }

    public Address? ShippingAddress { get; init; }

    public required IReadOnlyList<PlannedOrderItem> Items { get; init; }

    public required List<string> Notes { get; init; }
}

/// <summary>One store order line and the Amazon item and store product it comes from.</summary>
public sealed record PlannedOrderItem(AmazonOrderItemSnapshot Source, ResolvedProduct Product, OrderItem Item);
