using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Services.Security;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.AmazonChannel.Components;

/// <summary>The dashboard card (admin_dashboard_top), for holders of "Manage Amazon channel" only.</summary>
public class AmazonDashboardCardViewComponent : NopViewComponent
{
    private readonly AdminWidgetModelFactory _modelFactory;
    private readonly IPermissionService _permissionService;

    public AmazonDashboardCardViewComponent(AdminWidgetModelFactory modelFactory, IPermissionService permissionService)
    {
        _modelFactory = modelFactory;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (!await _permissionService.AuthorizeAsync(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL))
            return Content(string.Empty);

        return View(AdminViews.DashboardCard, await _modelFactory.PrepareDashboardCardAsync());
    }
}
