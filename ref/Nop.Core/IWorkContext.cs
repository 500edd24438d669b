using Nop.Core.Domain.Customers;

namespace Nop.Core;

/// <summary>Only the current customer (the admin who rejects a queued request is recorded).</summary>
public partial interface IWorkContext
{
    Task<Customer> GetCurrentCustomerAsync();
}
