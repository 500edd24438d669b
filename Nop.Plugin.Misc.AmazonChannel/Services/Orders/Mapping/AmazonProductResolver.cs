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
    private readonly Dictionary<int, ILookup<string, AmazonSkuMapping>> _mappingsByAccount = [];

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
        var mapping = (await GetMappingsAsync(accountId))[sku].OrderByDescending(m => m.AccountId).FirstOrDefault();
        if (mapping is not null)
            return await FromMappingAsync(mapping);

        var combination = await _productAttributeService.GetProductAttributeCombinationBySkuAsync(sku);
        if (combination is not null && await _productService.GetProductByIdAsync(combination.ProductId) is { Deleted: false } variantProduct)
            return new ResolvedProduct(variantProduct, combination);

        var product = await _productService.GetProductBySkuAsync(sku);
        return product is { Deleted: false } ? new ResolvedProduct(product, null) : null;
    }

    /// <summary>The account's SKU mappings (and the all-accounts ones), read once per scope: the table is small.</summary>
    private async Task<ILookup<string, AmazonSkuMapping>> GetMappingsAsync(int accountId)
    {
        if (!_mappingsByAccount.TryGetValue(accountId, out var mappings))
        {
            var rows = await _skuMappingRepository.GetAllAsync(query => query.Where(mapping => mapping.AccountId == accountId || mapping.AccountId == 0));
            _mappingsByAccount[accountId] = mappings = rows.ToLookup(mapping => mapping.SellerSku, StringComparer.Ordinal);
        }

        return mappings;
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
