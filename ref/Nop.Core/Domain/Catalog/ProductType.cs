namespace Nop.Core.Domain.Catalog;

/// <summary>Product type.</summary>
public enum ProductType
{
    SimpleProduct = 5,

    GroupedProduct = 10,
}
