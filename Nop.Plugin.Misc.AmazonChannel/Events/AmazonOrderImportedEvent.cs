using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Published once an Amazon order has become a store order (items, addresses and notes written).</summary>
public sealed record AmazonOrderImportedEvent(AmazonAccount Account, AmazonOrderSnapshot AmazonOrder, Order Order, AmazonOrderLink Link);
