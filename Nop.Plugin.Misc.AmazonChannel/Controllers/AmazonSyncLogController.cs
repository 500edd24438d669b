using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.SyncLog;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>Sales > Amazon sync log: import runs, and the feeds sent with their per-record results.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonSyncLogController : BasePluginController
{
    private readonly SyncLogModelFactory _modelFactory;
    private readonly FeedLogModelFactory _feedFactory;

    public AmazonSyncLogController(SyncLogModelFactory modelFactory, FeedLogModelFactory feedFactory)
    {
        _modelFactory = modelFactory;
        _feedFactory = feedFactory;
    }

    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> List() =>
        View(AdminViews.SyncLog, await _modelFactory.PrepareSearchModelAsync(new SyncLogSearchModel()));

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> LogList(SyncLogSearchModel searchModel) =>
        Json(await _modelFactory.PrepareListModelAsync(searchModel));

    /// <summary>The feeds the outbox sent, with their message counts.</summary>
    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> FeedList(SyncLogSearchModel searchModel) =>
        Json(await _feedFactory.PrepareFeedListModelAsync(searchModel));

    /// <summary>One feed's records as Amazon's processing report gave them (the feeds grid's child rows).</summary>
    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> FeedRecords(FeedRecordSearchModel searchModel) =>
        Json(await _feedFactory.PrepareFeedRecordListModelAsync(searchModel));
}
