using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Catalog;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Default SKU matching, in this order: the SKU mapping table (this account's row, then the all-accounts row), an
/// attribute combination with that SKU, a product with that SKU. Deleted products never match.
/// </summary>
public class AmazonProductResolver : IAmazonProductResolver
{
    private readonly IRepository<AmazonSkuMapping> _skuMappingRepository;
    private readonly IProductService _productService;
    private readonly IProductAttributeService _productAttributeService;

    public AmazonProductResolver(IRepository<AmazonSkuMapping> skuMappingRepository, IProductService productService, IProductAttributeService productAttributeService)
    {
        _skuMappingRepository = skuMappingRepository;
        _productService = productService;
        _productAttributeService = productAttributeService;
    }

    public async Task<ResolvedProduct?> ResolveAsync(int accountId, string sellerSku)
    {
        if (string.IsNullOrWhiteSpace(sellerSku))
            return null;

        var sku = sellerSku.Trim();
        var mappings = await _skuMappingRepository.GetAllAsync(query =>
            query.Where(mapping => mapping.SellerSku == sku && (mapping.AccountId == accountId || mapping.AccountId == 0)));
        var mapping = mappings.OrderByDescending(m => m.AccountId).FirstOrDefault();
        if (mapping is not null)
            return await FromMappingAsync(mapping);

        var combination = await _productAttributeService.GetProductAttributeCombinationBySkuAsync(sku);
        if (combination is not null && await _productService.GetProductByIdAsync(combination.ProductId) is { Deleted: false } variantProduct)
            return new ResolvedProduct(variantProduct, combination);

        var product = await _productService.GetProductBySkuAsync(sku);
        return product is { Deleted: false } ? new ResolvedProduct(product, null) : null;
    }

    private async Task<ResolvedProduct?> FromMappingAsync(AmazonSkuMapping mapping)
    {
        var product = await _productService.GetProductByIdAsync(mapping.ProductId);
        if (product is null || product.Deleted)
            return null;

        var combination = mapping.AttributeCombinationId is { } combinationId
            ? await _productAttributeService.GetProductAttributeCombinationByIdAsync(combinationId)
            : null;
        return new ResolvedProduct(product, combination);
    }
}
