using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.Queue;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares the refund and cancellation queue page and its grid (paged in the database by the queue service).</summary>
public class QueueModelFactory
{
    private readonly RefundQueueService _queueService;
    private readonly AmazonAccountService _accountService;
    private readonly AdminClock _clock;
    private readonly ILocalizationService _localizationService;

    public QueueModelFactory(RefundQueueService queueService, AmazonAccountService accountService, AdminClock clock, ILocalizationService localizationService)
    {
        _queueService = queueService;
        _accountService = accountService;
        _clock = clock;
        _localizationService = localizationService;
    }

    public async Task<QueueSearchModel> PrepareSearchModelAsync(QueueSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var all = await _localizationService.GetResourceAsync("Admin.Common.All");
        searchModel.AvailableKinds = [new SelectListItem(all, "0")];
        foreach (var kind in new[] { AmazonOutboundRequestKind.Refund, AmazonOutboundRequestKind.Cancellation })
            searchModel.AvailableKinds.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(kind), Id((int)kind)));
        searchModel.AvailableStates = [new SelectListItem(all, "0")];
        foreach (var state in Enum.GetValues<AmazonOutboundRequestState>())
            searchModel.AvailableStates.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(state), Id((int)state), (int)state == searchModel.SearchStateId));
        searchModel.AvailableAccounts = [new SelectListItem(all, "0"), .. (await _accountService.GetAccountsAsync()).Select(a => new SelectListItem(a.Name, Id(a.Id)))];
        searchModel.SetGridPageSize();
        return searchModel;
    }

    public async Task<QueueListModel> PrepareListModelAsync(QueueSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var pageSize = Math.Max(1, searchModel.Length);
        var page = await _queueService.SearchAsync(new RefundQueueFilter(
            Enum.IsDefined((AmazonOutboundRequestKind)searchModel.SearchKindId) ? (AmazonOutboundRequestKind)searchModel.SearchKindId : null,
            searchModel.SearchAccountId > 0 ? searchModel.SearchAccountId : null,
            Enum.IsDefined((AmazonOutboundRequestState)searchModel.SearchStateId) ? (AmazonOutboundRequestState)searchModel.SearchStateId : null,
            searchModel.SearchAmazonOrderId, Math.Max(0, searchModel.Start) / pageSize, pageSize));
        var accountNames = (await _accountService.GetAccountsAsync()).ToDictionary(a => a.Id, a => a.Name);

        var rows = new List<QueueRowModel>();
        foreach (var request in page)
        {
            var rejection = request.State == AmazonOutboundRequestState.Cancelled ? await _queueService.GetRejectionAsync(request.Id) : null;
            rows.Add(new QueueRowModel
            {
                Id = request.Id,
                Kind = await _localizationService.GetLocalizedEnumAsync(request.Kind),
                AccountName = accountNames.GetValueOrDefault(request.AccountId) ?? Id(request.AccountId),
                AmazonOrderId = request.AmazonOrderId,
                OrderLinkId = request.OrderLinkId,
                State = await _localizationService.GetLocalizedEnumAsync(request.State),
                ReasonCode = request.ReasonCode,
                CreatedOn = await _clock.ToAdminTimeAsync(request.CreatedOnUtc),
                BatchId = request.BatchId?.ToString(),
                FeedId = request.FeedId,
                FeedDocumentId = request.FeedDocumentId,
                Outcome = rejection is not null
                    ? string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.AmazonChannel.Queue.RejectedBy"), rejection.RejectedBy, rejection.Reason)
                    : string.IsNullOrEmpty(request.ResultCode) ? request.ResultMessage : $"{request.ResultCode}: {request.ResultMessage}"
            });
        }
        return new QueueListModel { Data = rows, Draw = searchModel.Draw, RecordsTotal = page.TotalCount, RecordsFiltered = page.TotalCount };
    }

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
}
