using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;

namespace Nop.Services.Customers;

/// <summary>Customer service (stand-in: a subset of the members).</summary>
public partial interface ICustomerService
{
    Task<Customer> GetCustomerByIdAsync(int customerId);

    Task<Customer> GetCustomerByGuidAsync(Guid customerGuid);

    Task<Customer> GetCustomerByEmailAsync(string email);

    Task<Customer> GetCustomerBySystemNameAsync(string systemName);

    /// <summary>Inserts and returns a new guest customer.</summary>
    Task<Customer> InsertGuestCustomerAsync();

    Task InsertCustomerAsync(Customer customer);

    Task UpdateCustomerAsync(Customer customer);

    Task AddCustomerRoleMappingAsync(CustomerCustomerRoleMapping roleMapping);

    Task<CustomerRole> GetCustomerRoleBySystemNameAsync(string systemName);

    /// <summary>Links an address to a customer.</summary>
    Task InsertCustomerAddressAsync(Customer customer, Address address);

    Task<bool> IsRegisteredAsync(Customer customer, bool onlyActiveCustomerRoles = true);

    Task<bool> IsGuestAsync(Customer customer, bool onlyActiveCustomerRoles = true);

    Task<IList<Address>> GetAddressesByCustomerIdAsync(int customerId);
}
