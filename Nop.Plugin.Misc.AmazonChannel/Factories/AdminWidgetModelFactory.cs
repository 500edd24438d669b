using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.Widgets;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares the plugin's admin widgets: the dashboard card and the panel on nopCommerce's order page.</summary>
public class AdminWidgetModelFactory
{
    private readonly AmazonOrderGridQuery _query;
    private readonly AmazonOrderModelFactory _rowFactory;
    private readonly IRepository<AmazonOrderLink> _linkRepository;
    private readonly IRepository<AmazonOutboundRequest> _requestRepository;
    private readonly AdminClock _clock;
    private readonly ILocalizationService _localizationService;

    public AdminWidgetModelFactory(AmazonOrderGridQuery query, AmazonOrderModelFactory rowFactory, IRepository<AmazonOrderLink> linkRepository,
        IRepository<AmazonOutboundRequest> requestRepository, AdminClock clock, ILocalizationService localizationService)
    {
        _query = query;
        _rowFactory = rowFactory;
        _linkRepository = linkRepository;
        _requestRepository = requestRepository;
        _clock = clock;
        _localizationService = localizationService;
    }

    /// <summary>Counts only: nothing is read row by row.</summary>
    public async Task<DashboardCardModel> PrepareDashboardCardAsync()
    {
        var today = await _clock.TodayAsync();
        var waiting = await _requestRepository.GetAllPagedAsync(query => query.Where(request =>
            request.StateId == (int)AmazonOutboundRequestState.AwaitingApproval || request.StateId == (int)AmazonOutboundRequestState.Pending), 0, 1, getOnlyTotalCount: true);
        return new DashboardCardModel
        {
            DueToday = await _query.CountAsync(new AmazonOrderGridFilter { WorkList = AmazonOrderWorkList.DueToday }, today),
            Late = await _query.CountAsync(new AmazonOrderGridFilter { WorkList = AmazonOrderWorkList.Late }, today),
            OnHold = await _query.CountAsync(new AmazonOrderGridFilter { WorkList = AmazonOrderWorkList.OnHold }, today),
            SyncErrors = await _query.CountOpenErrorsAsync(),
            QueueWaiting = waiting.TotalCount
        };
    }

    /// <summary>The panel of a store order, or null when the order did not come from Amazon.</summary>
    public async Task<OrderPanelModel?> PrepareOrderPanelAsync(int orderId)
    {
        if (orderId <= 0)
            return null;
        var link = (await _linkRepository.GetAllAsync(query => query.Where(l => l.OrderId == orderId).OrderBy(l => l.Id))).FirstOrDefault();
        if (link is null)
            return null;

        var requests = await _requestRepository.GetAllPagedAsync(query => query.Where(r => r.OrderLinkId == link.Id).OrderByDescending(r => r.CreatedOnUtc), 0, 20);
        var model = new OrderPanelModel { Order = await _rowFactory.PrepareRowAsync(link) };
        foreach (var request in requests)
        {
            model.Requests.Add(new OutboundRequestRowModel
            {
                Kind = await _localizationService.GetLocalizedEnumAsync(request.Kind),
                State = await _localizationService.GetLocalizedEnumAsync(request.State),
                FeedId = request.FeedId,
                Result = string.IsNullOrEmpty(request.ResultCode) ? request.ResultMessage : $"{request.ResultCode}: {request.ResultMessage}",
                CreatedOn = await _clock.ToAdminTimeAsync(request.CreatedOnUtc)
            });
        }
        return model;
    }
}
