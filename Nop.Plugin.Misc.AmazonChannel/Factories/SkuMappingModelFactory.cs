using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.AmazonChannel.Models.SkuMappings;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares the SKU mapping page and its grid.</summary>
public class SkuMappingModelFactory
{
    private readonly SkuMappingAdminService _mappingService;
    private readonly AmazonAccountService _accountService;
    private readonly IProductService _productService;
    private readonly ILocalizationService _localizationService;

    public SkuMappingModelFactory(SkuMappingAdminService mappingService, AmazonAccountService accountService, IProductService productService,
        ILocalizationService localizationService)
    {
        _mappingService = mappingService;
        _accountService = accountService;
        _productService = productService;
        _localizationService = localizationService;
    }

    public async Task<SkuMappingSearchModel> PrepareSearchModelAsync(SkuMappingSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var accounts = await _accountService.GetAccountsAsync();
        var every = await _localizationService.GetResourceAsync("Plugins.Misc.AmazonChannel.SkuMappings.EveryAccount");
        var mine = accounts.Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        searchModel.AvailableSearchAccounts = [new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "-1"), new SelectListItem(every, "0"), .. mine];
        searchModel.AvailableAccounts = [new SelectListItem(every, "0"), .. mine];
        searchModel.SetGridPageSize();
        return searchModel;
    }

    public async Task<SkuMappingListModel> PrepareListModelAsync(SkuMappingSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var pageSize = Math.Max(1, searchModel.Length);
        var page = await _mappingService.SearchAsync(searchModel.SearchSellerSku, searchModel.SearchAccountId < 0 ? null : searchModel.SearchAccountId,
            Math.Max(0, searchModel.Start) / pageSize, pageSize);
        var accountNames = (await _accountService.GetAccountsAsync()).ToDictionary(a => a.Id, a => a.Name);
        var every = await _localizationService.GetResourceAsync("Plugins.Misc.AmazonChannel.SkuMappings.EveryAccount");

        var rows = new List<SkuMappingModel>();
        foreach (var mapping in page)
        {
            var product = await _productService.GetProductByIdAsync(mapping.ProductId);
            rows.Add(new SkuMappingModel
            {
                Id = mapping.Id,
                SellerSku = mapping.SellerSku,
                Account = mapping.AccountId == 0 ? every : accountNames.GetValueOrDefault(mapping.AccountId) ?? mapping.AccountId.ToString(CultureInfo.InvariantCulture),
                ProductId = mapping.ProductId,
                ProductName = product?.Name ?? await _localizationService.GetResourceAsync("Plugins.Misc.AmazonChannel.SkuMappings.ProductMissing"),
                AttributeCombinationId = mapping.AttributeCombinationId
            });
        }
        return new SkuMappingListModel { Data = rows, Draw = searchModel.Draw, RecordsTotal = page.TotalCount, RecordsFiltered = page.TotalCount };
    }
}
