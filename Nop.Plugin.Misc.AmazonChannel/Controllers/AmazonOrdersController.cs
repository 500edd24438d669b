using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>Sales > Amazon orders: the grid, the Amazon side of one order, and the actions on orders.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonOrdersController : BasePluginController
{
    private const string P = "Plugins.Misc.AmazonChannel.Orders.";

    private readonly AmazonOrderModelFactory _modelFactory;
    private readonly AmazonOrderDetailsModelFactory _detailsFactory;
    private readonly AmazonOrderAdminActions _actions;
    private readonly AmazonOrderImportService _importService;
    private readonly AmazonAccountService _accountService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ILogger _logger;

    public AmazonOrdersController(AmazonOrderModelFactory modelFactory, AmazonOrderDetailsModelFactory detailsFactory, AmazonOrderAdminActions actions,
        AmazonOrderImportService importService, AmazonAccountService accountService, ILocalizationService localizationService,
        INotificationService notificationService, ILogger logger)
    {
        _modelFactory = modelFactory;
        _detailsFactory = detailsFactory;
        _actions = actions;
        _importService = importService;
        _accountService = accountService;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _logger = logger;
    }

    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> List(int tab = 0, int workList = 0)
    {
        var model = await _modelFactory.PrepareSearchModelAsync(new AmazonOrderSearchModel { Tab = tab, WorkList = workList });
        return View(AdminViews.OrderList, model);
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> OrderList(AmazonOrderSearchModel searchModel) =>
        Json(await _modelFactory.PrepareListModelAsync(searchModel));

    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Details(int id)
    {
        var model = await _detailsFactory.PrepareAsync(id);
        return model is null ? RedirectToAction(nameof(List)) : View(AdminViews.OrderDetails, model);
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Retry(int id)
    {
        await NotifyOutcomeAsync(() => _importService.RetryAsync(id, HttpContext.RequestAborted));
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Resolve(int id)
    {
        if (await _actions.ResolveAsync(id))
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(P + "Resolved"));
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Archive(int id, bool archived)
    {
        await _actions.SetArchivedAsync([id], archived);
        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(archived ? P + "Archived" : P + "Unarchived"));
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> ArchiveSelected(ICollection<int> selectedIds, bool archived)
    {
        var changed = await _actions.SetArchivedAsync(selectedIds?.ToList() ?? [], archived);
        return Json(new { Result = true, Changed = changed });
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> RetrySelected(ICollection<int> selectedIds)
    {
        var outcomes = new List<string>();
        foreach (var id in (selectedIds ?? []).Distinct())
        {
            try
            {
                var outcome = await _importService.RetryAsync(id, HttpContext.RequestAborted);
                outcomes.Add(outcome?.ToString() ?? "NotFound");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await _logger.ErrorAsync($"Amazon channel: retrying order link {id} failed." + ExceptionLogText.Of(exception));
                outcomes.Add(nameof(OrderImportOutcome.Failed));
            }
        }
        return Json(new { Result = true, Outcomes = outcomes });
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> ImportById(AmazonOrderSearchModel model)
    {
        var account = await _accountService.GetAccountByIdAsync(model.ImportAccountId);
        if (account is null || string.IsNullOrWhiteSpace(model.ImportAmazonOrderId))
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(P + "ImportById.Missing"));
            return RedirectToAction(nameof(List));
        }

        await NotifyOutcomeAsync(() => _importService.ImportByAmazonOrderIdAsync(account, model.ImportAmazonOrderId, HttpContext.RequestAborted));
        return RedirectToAction(nameof(List));
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> DownloadNow()
    {
        try
        {
            var ran = await _importService.ImportAllAsync(HttpContext.RequestAborted);
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(ran ? P + "DownloadNow.Done" : P + "DownloadNow.Busy"));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _logger.ErrorAsync("Amazon channel: the admin's order download failed." + ExceptionLogText.Of(exception));
            _notificationService.ErrorNotification(string.Format(await _localizationService.GetResourceAsync(P + "AmazonError"), exception.Message));
        }
        return RedirectToAction(nameof(List));
    }

    private async Task NotifyOutcomeAsync(Func<Task<OrderImportOutcome?>> import)
    {
        try
        {
            var outcome = await import();
            var text = await _localizationService.GetResourceAsync(P + "Outcome." + (outcome?.ToString() ?? "NotFound"));
            if (outcome is OrderImportOutcome.Failed or null)
                _notificationService.ErrorNotification(text);
            else
                _notificationService.SuccessNotification(text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _logger.ErrorAsync("Amazon channel: importing an order from the admin failed." + ExceptionLogText.Of(exception));
            _notificationService.ErrorNotification(string.Format(await _localizationService.GetResourceAsync(P + "AmazonError"), exception.Message));
        }
    }
}
