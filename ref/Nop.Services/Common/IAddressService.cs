using Nop.Core.Domain.Common;

namespace Nop.Services.Common;

/// <summary>Address service (stand-in: a subset of the members).</summary>
public partial interface IAddressService
{
    Task DeleteAddressAsync(Address address);

    Task<Address> GetAddressByIdAsync(int addressId);

    Task InsertAddressAsync(Address address);

    Task UpdateAddressAsync(Address address);
}
