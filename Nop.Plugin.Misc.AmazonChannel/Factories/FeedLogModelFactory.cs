using System.Globalization;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.SyncLog;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>
/// The feeds of the sync log and, per feed, its records as Amazon's processing report gave them. What the report said of
/// each message is kept on its outbox request (result code and description, <c>FeedResultProcessor</c>), so the
/// records are the feed's requests; an error the report did not tie to a message is a sync error
/// (Outbox.ReportErrorWithoutMessage) and shows on the orders grid's Errors tab.
/// </summary>
public class FeedLogModelFactory
{
    private const string P = "Plugins.Misc.AmazonChannel.SyncLog.Feeds.";

    private readonly IRepository<AmazonOutboundFeed> _feeds;
    private readonly IRepository<AmazonOutboundRequest> _requests;
    private readonly IRepository<AmazonOrderLink> _links;
    private readonly AmazonAccountService _accountService;
    private readonly AdminClock _clock;
    private readonly ILocalizationService _localizationService;

    public FeedLogModelFactory(IRepository<AmazonOutboundFeed> feeds, IRepository<AmazonOutboundRequest> requests, IRepository<AmazonOrderLink> links,
        AmazonAccountService accountService, AdminClock clock, ILocalizationService localizationService)
    {
        _feeds = feeds;
        _requests = requests;
        _links = links;
        _accountService = accountService;
        _clock = clock;
        _localizationService = localizationService;
    }

    /// <summary>Feeds newest first, paged in the database; "failed only" keeps feeds Amazon failed or with a rejected message.</summary>
    public async Task<FeedLogListModel> PrepareFeedListModelAsync(SyncLogSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var pageSize = Math.Max(1, searchModel.Length);
        var (accountId, failedOnly) = (searchModel.SearchAccountId, searchModel.SearchFailedOnly);
        var rejected = (int)AmazonOutboundRequestState.Rejected;
        var requests = _requests.Table;
        var page = await _feeds.GetAllPagedAsync(query => query
                .Where(f => accountId == 0 || f.AccountId == accountId)
                .Where(f => !failedOnly || f.ProblemReported || f.ProcessingStatus == ProcessingStatuses.Fatal || f.ProcessingStatus == ProcessingStatuses.Cancelled
                    || requests.Any(r => r.AccountId == f.AccountId && r.FeedId == f.FeedId && r.StateId == rejected))
                .OrderByDescending(f => f.CreatedOnUtc).ThenByDescending(f => f.Id),
            Math.Max(0, searchModel.Start) / pageSize, pageSize);

        var feedIds = page.Where(f => f.FeedId is not null).Select(f => f.FeedId!).ToArray();
        var outcomes = feedIds.Length == 0 ? [] : await _requests.GetAllAsync(query => query.Where(r => r.FeedId != null && feedIds.Contains(r.FeedId)));
        var accountNames = (await _accountService.GetAccountsAsync()).ToDictionary(a => a.Id, a => a.Name);
        var rows = new List<FeedLogModel>();
        foreach (var feed in page)
        {
            var mine = outcomes.Where(r => r.AccountId == feed.AccountId && r.FeedId == feed.FeedId).ToList();
            rows.Add(new FeedLogModel
            {
                Id = feed.Id,
                AccountName = accountNames.GetValueOrDefault(feed.AccountId) ?? feed.AccountId.ToString(CultureInfo.InvariantCulture),
                Kind = await _localizationService.GetLocalizedEnumAsync(feed.Kind),
                FeedType = feed.FeedType,
                MarketplaceId = feed.MarketplaceId,
                FeedId = feed.FeedId,
                FeedDocumentId = feed.FeedDocumentId,
                ProcessingStatus = feed.ProcessingStatus,
                MessageCount = feed.MessageCount,
                Accepted = mine.Count(r => r.State == AmazonOutboundRequestState.Accepted),
                WithError = mine.Count(r => ResultOf(r) == FeedRecordResult.Error),
                WithWarning = mine.Count(r => ResultOf(r) == FeedRecordResult.Warning),
                CreatedOn = await _clock.ToAdminTimeAsync(feed.CreatedOnUtc),
                CompletedOn = await _clock.ToAdminTimeAsync(feed.CompletedOnUtc)
            });
        }

        return new FeedLogListModel { Data = rows, Draw = searchModel.Draw, RecordsTotal = page.TotalCount, RecordsFiltered = page.TotalCount };
    }

    /// <summary>The records of one feed in message order, paged in the database.</summary>
    public async Task<FeedRecordListModel> PrepareFeedRecordListModelAsync(FeedRecordSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var feed = await _feeds.GetByIdAsync(searchModel.FeedRowId);
        if (feed?.FeedId is not { } feedId)
            return new FeedRecordListModel { Data = [], Draw = searchModel.Draw };

        var pageSize = Math.Max(1, searchModel.Length);
        var accountId = feed.AccountId;
        var page = await _requests.GetAllPagedAsync(query => query.Where(r => r.AccountId == accountId && r.FeedId == feedId).OrderBy(r => r.FeedMessageId).ThenBy(r => r.Id),
            Math.Max(0, searchModel.Start) / pageSize, pageSize);
        var linkIds = page.Where(r => r.OrderLinkId is not null).Select(r => r.OrderLinkId!.Value).Distinct().ToArray();
        var orderIds = (await _links.GetAllAsync(query => query.Where(l => linkIds.Contains(l.Id)))).ToDictionary(l => l.Id, l => l.OrderId);

        var rows = new List<FeedRecordModel>();
        foreach (var request in page)
        {
            rows.Add(new FeedRecordModel
            {
                Id = request.Id,
                MessageId = request.FeedMessageId,
                Result = await _localizationService.GetResourceAsync(P + "Result." + ResultOf(request)),
                ResultMessageCode = request.ResultCode,
                Description = request.ResultMessage,
                RequestKind = await _localizationService.GetLocalizedEnumAsync(request.Kind),
                RequestState = await _localizationService.GetLocalizedEnumAsync(request.State),
                AmazonOrderId = request.AmazonOrderId,
                OrderLinkId = request.OrderLinkId,
                OrderId = request.OrderLinkId is { } linkId ? orderIds.GetValueOrDefault(linkId) : null
            });
        }

        return new FeedRecordListModel { Data = rows, Draw = searchModel.Draw, RecordsTotal = page.TotalCount, RecordsFiltered = page.TotalCount };
    }

    /// <summary>
    /// What the report said of a request's message: rejected = Error; accepted with a code = Warning (or an error of
    /// something Amazon already showed); accepted without = Success; blocked or verifying after the feed = Unknown.
    /// </summary>
    internal static FeedRecordResult ResultOf(AmazonOutboundRequest request) => request.State switch
    {
        AmazonOutboundRequestState.Rejected => FeedRecordResult.Error,
        AmazonOutboundRequestState.Accepted when !string.IsNullOrEmpty(request.ResultCode) => FeedRecordResult.Warning,
        AmazonOutboundRequestState.Accepted => FeedRecordResult.Success,
        AmazonOutboundRequestState.Blocked or AmazonOutboundRequestState.AwaitingVerification => FeedRecordResult.Unknown,
        _ => FeedRecordResult.Waiting
    };
}

/// <summary>A feed record's outcome as the sync log shows it.</summary>
public enum FeedRecordResult
{
    Waiting,
    Success,
    Warning,
    Error,
    Unknown
}
