using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Published when an Amazon buyer asks to cancel an order; the store order is put on hold.</summary>
public sealed record AmazonBuyerCancellationRequestedEvent(AmazonOrderLink Link, Order Order, string? Reason);
