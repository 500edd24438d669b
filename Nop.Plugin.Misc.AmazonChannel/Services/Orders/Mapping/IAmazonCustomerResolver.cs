using Nop.Core.Domain.Customers;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Chooses the store customer of an imported Amazon order. Replace it through DI to map buyers your own way.
/// </summary>
public interface IAmazonCustomerResolver
{
    Task<Customer> ResolveAsync(AmazonOrderSnapshot order);
}
