using Nop.Core.Domain.Common;

namespace Nop.Core.Domain.Customers;

/// <summary>A customer (stand-in: a subset of the stock 4.90 properties).</summary>
public partial class Customer : BaseEntity, ISoftDeletedEntity
{
    /// <summary>As in nopCommerce, a new customer gets a fresh GUID.</summary>
    public Customer()
    {
        CustomerGuid = Guid.NewGuid();
    }

    public Guid CustomerGuid { get; set; }

    public string Username { get; set; }

    public string Email { get; set; }

    public string FirstName { get; set; }

    public string LastName { get; set; }

    public int CountryId { get; set; }

    public string Phone { get; set; }

    public int? CurrencyId { get; set; }

    public int? LanguageId { get; set; }

    public bool Active { get; set; }

    public bool Deleted { get; set; }

    public bool IsSystemAccount { get; set; }

    public string SystemName { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime LastActivityDateUtc { get; set; }

    public int RegisteredInStoreId { get; set; }

    public int? BillingAddressId { get; set; }

    public int? ShippingAddressId { get; set; }
}
