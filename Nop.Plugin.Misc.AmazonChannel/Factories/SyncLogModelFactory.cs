using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.SyncLog;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares Sales > Amazon sync log: import runs and feeds, newest first, paged in the database.</summary>
public class SyncLogModelFactory
{
    private readonly IRepository<AmazonSyncLogEntry> _logRepository;
    private readonly AmazonAccountService _accountService;
    private readonly AdminClock _clock;
    private readonly ILocalizationService _localizationService;

    public SyncLogModelFactory(IRepository<AmazonSyncLogEntry> logRepository, AmazonAccountService accountService, AdminClock clock, ILocalizationService localizationService)
    {
        _logRepository = logRepository;
        _accountService = accountService;
        _clock = clock;
        _localizationService = localizationService;
    }

    public async Task<SyncLogSearchModel> PrepareSearchModelAsync(SyncLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        searchModel.AvailableAccounts = [new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"),
            .. (await _accountService.GetAccountsAsync()).Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture)))];
        searchModel.SetGridPageSize();
        return searchModel;
    }

    public async Task<SyncLogListModel> PrepareListModelAsync(SyncLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var pageSize = Math.Max(1, searchModel.Length);
        var accountId = searchModel.SearchAccountId;
        var failedOnly = searchModel.SearchFailedOnly;
        var page = await _logRepository.GetAllPagedAsync(query => query
                .Where(entry => accountId == 0 || entry.AccountId == accountId)
                .Where(entry => !failedOnly || !entry.Succeeded)
                .OrderByDescending(entry => entry.StartedOnUtc).ThenByDescending(entry => entry.Id),
            Math.Max(0, searchModel.Start) / pageSize, pageSize);
        var accountNames = (await _accountService.GetAccountsAsync()).ToDictionary(a => a.Id, a => a.Name);

        var rows = new List<SyncLogEntryModel>();
        foreach (var entry in page)
        {
            rows.Add(new SyncLogEntryModel
            {
                Id = entry.Id,
                AccountName = accountNames.GetValueOrDefault(entry.AccountId) ?? entry.AccountId.ToString(CultureInfo.InvariantCulture),
                Operation = entry.Operation,
                Method = entry.Method,
                FeedId = entry.FeedId,
                RecordsProcessed = entry.RecordsProcessed,
                RecordsSucceeded = entry.RecordsSucceeded,
                RecordsFailed = entry.RecordsFailed,
                Succeeded = entry.Succeeded,
                Message = entry.Message,
                StartedOn = await _clock.ToAdminTimeAsync(entry.StartedOnUtc),
                Duration = entry.FinishedOnUtc is { } finished
                    ? (finished - entry.StartedOnUtc).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
                    : await _localizationService.GetResourceAsync("Plugins.Misc.AmazonChannel.SyncLog.Running")
            });
        }

        return new SyncLogListModel { Data = rows, Draw = searchModel.Draw, RecordsTotal = page.TotalCount, RecordsFiltered = page.TotalCount };
    }
}
