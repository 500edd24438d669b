namespace Nop.Core.Domain.Customers;

/// <summary>A customer role (stand-in: a subset of the stock 4.90 properties).</summary>
public partial class CustomerRole : BaseEntity
{
    public string Name { get; set; }

    public bool Active { get; set; }

    public bool IsSystemRole { get; set; }

    public string SystemName { get; set; }
}
