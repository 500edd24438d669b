using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

/// <summary>Product attribute service (stand-in: a subset of the members).</summary>
public partial interface IProductAttributeService
{
    Task<ProductAttributeCombination> GetProductAttributeCombinationByIdAsync(int productAttributeCombinationId);

    Task<ProductAttributeCombination> GetProductAttributeCombinationBySkuAsync(string sku);

    Task UpdateProductAttributeCombinationAsync(ProductAttributeCombination combination);
}
