using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.SyncLog;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>Sales > Amazon sync log: import runs and feed submissions with their outcome.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonSyncLogController : BasePluginController
{
    private readonly SyncLogModelFactory _modelFactory;

    public AmazonSyncLogController(SyncLogModelFactory modelFactory)
    {
        _modelFactory = modelFactory;
    }

    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> List() =>
        View(AdminViews.SyncLog, await _modelFactory.PrepareSearchModelAsync(new SyncLogSearchModel()));

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> LogList(SyncLogSearchModel searchModel) =>
        Json(await _modelFactory.PrepareListModelAsync(searchModel));
}
