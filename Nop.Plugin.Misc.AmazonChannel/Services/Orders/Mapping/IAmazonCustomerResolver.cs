using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Chooses the store customer of an imported Amazon order. Replace it through DI to map buyers your own way.
/// </summary>
public interface IAmazonCustomerResolver
{
    /// <param name="account">The order's account: its store's settings apply (imports run in the background, for every
    /// store, whichever store the current request belongs to).</param>
    Task<Customer> ResolveAsync(AmazonAccount account, AmazonOrderSnapshot order);
}
