using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Security;
using Nop.Web.Framework.Components;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AmazonChannel.Components;

/// <summary>
/// The Amazon panel on nopCommerce's order page (admin_order_details_block). The page passes its order model, an
/// entity model whose Id is the store order's; orders that did not come from Amazon get no panel.
/// </summary>
public class AmazonOrderPanelViewComponent : NopViewComponent
{
    private readonly AdminWidgetModelFactory _modelFactory;
    private readonly OrderPanelActionsModelFactory _actionsFactory;
    private readonly AmazonOrderAdminActions _orderActions;
    private readonly IPermissionService _permissionService;

    public AmazonOrderPanelViewComponent(AdminWidgetModelFactory modelFactory, OrderPanelActionsModelFactory actionsFactory, AmazonOrderAdminActions orderActions,
        IPermissionService permissionService)
    {
        _modelFactory = modelFactory;
        _actionsFactory = actionsFactory;
        _orderActions = orderActions;
        _permissionService = permissionService;
    }

    public async Task<IViewComponentResult> InvokeAsync(string widgetZone, object additionalData)
    {
        if (additionalData is not BaseNopEntityModel { Id: > 0 } order
            || !await _permissionService.AuthorizeAsync(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL))
            return Content(string.Empty);

        var model = await _modelFactory.PrepareOrderPanelAsync(order.Id);
        if (model is null || await _orderActions.GetLinkAsync(model.Order.Id) is not { } link)
            return Content(string.Empty);

        model.Actions = await _actionsFactory.PrepareAsync(link);
        return View(AdminViews.OrderPanel, model);
    }
}
