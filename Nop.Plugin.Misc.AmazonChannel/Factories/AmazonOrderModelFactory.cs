using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares Sales > Amazon orders: the search form's choices and one page of rows.</summary>
public class AmazonOrderModelFactory
{
    private readonly AmazonAccountService _accountService;
    private readonly AmazonOrderGridQuery _query;
    private readonly AdminClock _clock;
    private readonly ILocalizationService _localizationService;

    public AmazonOrderModelFactory(AmazonAccountService accountService, AmazonOrderGridQuery query, AdminClock clock, ILocalizationService localizationService)
    {
        _accountService = accountService;
        _query = query;
        _clock = clock;
        _localizationService = localizationService;
    }

    public async Task<AmazonOrderSearchModel> PrepareSearchModelAsync(AmazonOrderSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var all = await _localizationService.GetResourceAsync("Admin.Common.All");
        var accounts = await _accountService.GetAccountsAsync();

        searchModel.AvailableAccounts = [new SelectListItem(all, "0"), .. accounts.Select(a => new SelectListItem(a.Name, Id(a.Id)))];
        searchModel.AvailableImportAccounts = accounts.Select(a => new SelectListItem(a.Name, Id(a.Id))).ToList();
        searchModel.AvailableMarketplaces = [new SelectListItem(all, string.Empty),
            .. accounts.SelectMany(a => a.GetMarketplaceIds()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => new SelectListItem(id, id))];
        searchModel.AvailableAmazonStatuses = [new SelectListItem(all, string.Empty)];
        foreach (var status in Enum.GetValues<AmazonOrderStatus>())
            searchModel.AvailableAmazonStatuses.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(status), status.ToAmazonName()));
        searchModel.AvailableSyncStatuses = [new SelectListItem(all, "0")];
        foreach (var status in Enum.GetValues<AmazonOrderSyncStatus>())
            searchModel.AvailableSyncStatuses.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(status), Id((int)status)));
        searchModel.AvailableFulfillmentChannels = [new SelectListItem(all, "0")];
        foreach (var channel in Enum.GetValues<AmazonFulfillmentChannel>())
            searchModel.AvailableFulfillmentChannels.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(channel), Id((int)channel)));

        searchModel.SetGridPageSize();
        return searchModel;
    }

    public async Task<AmazonOrderListModel> PrepareListModelAsync(AmazonOrderSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var today = await _clock.TodayAsync();
        var filter = await ToFilterAsync(searchModel);
        var pageSize = Math.Max(1, searchModel.Length);
        var page = await _query.SearchAsync(filter, Math.Max(0, searchModel.Start) / pageSize, pageSize, today);
        var unshipped = await _query.GetUnshippedUnitsAsync(page.Select(link => link.Id).ToList());
        var accountNames = (await _accountService.GetAccountsAsync()).ToDictionary(a => a.Id, a => a.Name);

        var rows = new List<AmazonOrderModel>();
        foreach (var link in page)
            rows.Add(await ToRowAsync(link, unshipped.GetValueOrDefault(link.Id), accountNames, today));

        return new AmazonOrderListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = page.TotalCount,
            RecordsFiltered = page.TotalCount
        };
    }

    /// <summary>The grid's filter from the posted search form; dates are days of the admin's time zone.</summary>
    public async Task<AmazonOrderGridFilter> ToFilterAsync(AmazonOrderSearchModel searchModel) => new()
    {
        Tab = Enum.IsDefined((AmazonOrderGridTab)searchModel.Tab) ? (AmazonOrderGridTab)searchModel.Tab : AmazonOrderGridTab.All,
        WorkList = Enum.IsDefined((AmazonOrderWorkList)searchModel.WorkList) ? (AmazonOrderWorkList)searchModel.WorkList : AmazonOrderWorkList.None,
        AmazonOrderId = searchModel.SearchAmazonOrderId,
        AccountId = searchModel.SearchAccountId,
        MarketplaceId = searchModel.SearchMarketplaceId,
        AmazonStatus = AmazonOrderStatusParser.Parse(searchModel.SearchAmazonStatus),
        SyncStatus = Enum.IsDefined((AmazonOrderSyncStatus)searchModel.SearchSyncStatusId) ? (AmazonOrderSyncStatus)searchModel.SearchSyncStatusId : null,
        FulfillmentChannel = Enum.IsDefined((AmazonFulfillmentChannel)searchModel.SearchFulfillmentChannelId)
            ? (AmazonFulfillmentChannel)searchModel.SearchFulfillmentChannelId : null,
        TotalFrom = searchModel.SearchTotalFrom,
        TotalTo = searchModel.SearchTotalTo,
        PurchasedFromUtc = await _clock.StartOfDayUtcAsync(searchModel.SearchPurchasedFrom),
        PurchasedToUtc = await _clock.StartOfDayUtcAsync(searchModel.SearchPurchasedTo, addDays: 1)
    };

    /// <summary>One order as a grid row (also the head of the order's details page).</summary>
    public async Task<AmazonOrderModel> PrepareRowAsync(AmazonOrderLink link)
    {
        var unshipped = await _query.GetUnshippedUnitsAsync([link.Id]);
        var accountNames = (await _accountService.GetAccountsAsync()).ToDictionary(a => a.Id, a => a.Name);
        return await ToRowAsync(link, unshipped.GetValueOrDefault(link.Id), accountNames, await _clock.TodayAsync());
    }

    private async Task<AmazonOrderModel> ToRowAsync(AmazonOrderLink link, int itemsUnshipped, IReadOnlyDictionary<int, string> accountNames, DayWindow today)
    {
        var toShip = link.FulfillmentChannel == AmazonFulfillmentChannel.Merchant && link.AmazonOrderStatus
            is AmazonOrderStatus.Unshipped or AmazonOrderStatus.PartiallyShipped;
        return new AmazonOrderModel
        {
            Id = link.Id,
            AmazonOrderId = link.AmazonOrderId,
            AccountName = accountNames.GetValueOrDefault(link.AccountId) ?? Id(link.AccountId),
            MarketplaceId = link.MarketplaceId,
            OrderId = link.OrderId,
            AmazonStatus = link.AmazonOrderStatus?.ToAmazonName() ?? string.Empty,
            Total = string.Create(CultureInfo.InvariantCulture, $"{link.OrderTotal:0.00} {link.CurrencyCode}").Trim(),
            FulfillmentChannel = await _localizationService.GetLocalizedEnumAsync(link.FulfillmentChannel),
            ItemsUnshipped = itemsUnshipped,
            PurchaseDate = await _clock.ToAdminTimeAsync(link.PurchaseDateUtc),
            LatestShipDate = await _clock.ToAdminTimeAsync(link.LatestShipDateUtc),
            IsLate = toShip && link.LatestShipDateUtc < _clock.UtcNow,
            IsDueToday = toShip && link.LatestShipDateUtc >= _clock.UtcNow && link.LatestShipDateUtc < today.EndUtc,
            IsOnHold = link.IsOnHold,
            IsArchived = link.IsArchived,
            LastAction = await _clock.ToAdminTimeAsync(link.UpdatedOnUtc),
            SyncStatus = await _localizationService.GetLocalizedEnumAsync(link.SyncStatus),
            SyncStatusId = link.SyncStatusId,
            LastError = link.LastError,
            IsBusinessOrder = link.IsBusinessOrder,
            PurchaseOrderNumber = link.PurchaseOrderNumber,
            BuyerCompanyName = link.BuyerCompanyName
        };
    }

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
}
