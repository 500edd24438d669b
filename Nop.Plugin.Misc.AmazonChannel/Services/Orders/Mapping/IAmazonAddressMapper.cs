using Nop.Core.Domain.Common;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Turns an Amazon address into an unsaved store address. Replace it through DI to change how addresses map.
/// </summary>
public interface IAmazonAddressMapper
{
    /// <exception cref="AmazonOrderMappingException">The address cannot be used (no street, city or known country).</exception>
    Task<Address> MapAsync(AmazonAddressSnapshot address, string? email);
}
