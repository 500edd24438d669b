namespace Nop.Core.Domain.Customers;

/// <summary>Assigns a customer role to a customer (stand-in: complete).</summary>
public partial class CustomerCustomerRoleMapping : BaseEntity
{
    public int CustomerId { get; set; }

    public int CustomerRoleId { get; set; }
}
