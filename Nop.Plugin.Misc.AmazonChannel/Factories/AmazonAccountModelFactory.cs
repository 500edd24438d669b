using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models.Accounts;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Localization;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares the accounts grid of the configure page and the account edit page.</summary>
public class AmazonAccountModelFactory
{
    private readonly IRepository<AmazonAccount> _accountRepository;
    private readonly IStoreService _storeService;
    private readonly ILocalizationService _localizationService;

    public AmazonAccountModelFactory(IRepository<AmazonAccount> accountRepository, IStoreService storeService, ILocalizationService localizationService)
    {
        _accountRepository = accountRepository;
        _storeService = storeService;
        _localizationService = localizationService;
    }

    public async Task<AmazonAccountListModel> PrepareListModelAsync(AmazonAccountSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var pageSize = Math.Max(1, searchModel.Length);
        var page = await _accountRepository.GetAllPagedAsync(query => query.OrderBy(a => a.Name).ThenBy(a => a.Id), Math.Max(0, searchModel.Start) / pageSize, pageSize);
        var stores = await StoreNamesAsync();
        var rows = new List<AmazonAccountRowModel>();
        foreach (var account in page)
        {
            rows.Add(new AmazonAccountRowModel
            {
                Id = account.Id,
                Name = account.Name,
                SellerId = account.SellerId,
                Region = await _localizationService.GetLocalizedEnumAsync(account.Region),
                Store = stores.GetValueOrDefault(account.StoreId) ?? string.Empty,
                Marketplaces = string.Join(", ", account.GetMarketplaceIds()),
                Enabled = account.Enabled
            });
        }
        return new AmazonAccountListModel { Data = rows, Draw = searchModel.Draw, RecordsTotal = page.TotalCount, RecordsFiltered = page.TotalCount };
    }

    /// <summary>The edit page of a saved account (secrets left out) or of a new one.</summary>
    public async Task<AmazonAccountModel> PrepareModelAsync(AmazonAccount? account)
    {
        var model = account is null
            ? new AmazonAccountModel { RegionId = (int)AmazonRegion.NorthAmerica }
            : account.ToModel<AmazonAccountModel>();
        await PrepareChoicesAsync(model, []);
        return model;
    }

    /// <summary>Fills the choices (also of a posted model); <paramref name="tested"/> adds what Amazon just returned.</summary>
    public async Task PrepareChoicesAsync(AmazonAccountModel model, IReadOnlyList<MarketplaceChoice> tested)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.LwaClientSecret = null;
        model.RefreshToken = null;

        model.AvailableRegions.Clear();
        foreach (var region in Enum.GetValues<AmazonRegion>())
            model.AvailableRegions.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(region), Id((int)region), (int)region == model.RegionId));

        model.AvailableStores = (await _storeService.GetAllStoresAsync())
            .Select(store => new SelectListItem(store.Name, Id(store.Id), store.Id == model.StoreId)).ToList();

        var names = tested.ToDictionary(choice => choice.MarketplaceId, choice => $"{choice.MarketplaceName} ({choice.MarketplaceId})", StringComparer.Ordinal);
        model.AvailableMarketplaces = model.SelectedMarketplaceIds.Concat(tested.Where(choice => choice.IsParticipating).Select(choice => choice.MarketplaceId))
            .Distinct(StringComparer.Ordinal)
            .Select(id => new SelectListItem(names.GetValueOrDefault(id) ?? id, id, model.SelectedMarketplaceIds.Contains(id)))
            .ToList();
        model.TestedMarketplaces = tested.Select(choice => $"{choice.StoreName}: {choice.MarketplaceName} ({choice.MarketplaceId}, {choice.CountryCode})").ToList();
    }

    private async Task<Dictionary<int, string>> StoreNamesAsync()
    {
        var stores = await _storeService.GetAllStoresAsync();
        var names = stores.ToDictionary(store => store.Id, store => store.Name);
        // 0 = the default store (the first one, as nopCommerce orders them).
        if (stores.Count > 0)
            names[0] = stores[0].Name;
        return names;
    }

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
}
