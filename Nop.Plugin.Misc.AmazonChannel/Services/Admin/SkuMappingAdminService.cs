using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>
/// The SKU mapping table as the admin edits it: search (paged in the database), add or replace, delete. One mapping per
/// (account, seller SKU); account 0 applies to every account.
/// </summary>
public class SkuMappingAdminService
{
    private readonly IRepository<AmazonSkuMapping> _mappingRepository;

    public SkuMappingAdminService(IRepository<AmazonSkuMapping> mappingRepository)
    {
        _mappingRepository = mappingRepository;
    }

    public Task<IPagedList<AmazonSkuMapping>> SearchAsync(string? sellerSku, int? accountId, int pageIndex, int pageSize)
    {
        var sku = sellerSku?.Trim();
        return _mappingRepository.GetAllPagedAsync(query => query
            .Where(mapping => string.IsNullOrEmpty(sku) || mapping.SellerSku.Contains(sku))
            .Where(mapping => accountId == null || mapping.AccountId == accountId)
            .OrderBy(mapping => mapping.SellerSku).ThenBy(mapping => mapping.AccountId), pageIndex, pageSize);
    }

    /// <summary>Adds the mapping, or points the existing one for the same account and SKU at the new product.</summary>
    public async Task<AmazonSkuMapping> SaveAsync(int accountId, string sellerSku, int productId, int? attributeCombinationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerSku);
        var sku = sellerSku.Trim();
        var existing = (await _mappingRepository.GetAllAsync(query => query.Where(m => m.AccountId == accountId && m.SellerSku == sku))).FirstOrDefault();
        if (existing is null)
        {
            existing = new AmazonSkuMapping { AccountId = accountId, SellerSku = sku, ProductId = productId, AttributeCombinationId = attributeCombinationId };
            await _mappingRepository.InsertAsync(existing, false);
            return existing;
        }

        existing.ProductId = productId;
        existing.AttributeCombinationId = attributeCombinationId;
        await _mappingRepository.UpdateAsync(existing, false);
        return existing;
    }

    /// <summary>Every mapping, read a page at a time (for the CSV export).</summary>
    public async IAsyncEnumerable<AmazonSkuMapping> ReadAllAsync(int pageSize = 1000)
    {
        for (var pageIndex = 0; ; pageIndex++)
        {
            var page = await _mappingRepository.GetAllPagedAsync(query => query.OrderBy(m => m.Id), pageIndex, pageSize);
            foreach (var mapping in page)
                yield return mapping;
            if (page.Count < pageSize)
                yield break;
        }
    }

    public async Task<bool> DeleteAsync(int id)
    {
        var mapping = await _mappingRepository.GetByIdAsync(id);
        if (mapping is null)
            return false;
        await _mappingRepository.DeleteAsync(mapping, false);
        return true;
    }
}
