using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models.Accounts;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>
/// Amazon accounts, listed on the configure page: add, edit, delete, enable, and "Save and test connection". Part of
/// the plugin's configuration, so it asks for nopCommerce's plugin permission too.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonAccountsController : BasePluginController
{
    private const string P = "Plugins.Misc.AmazonChannel.Accounts.";

    private readonly AmazonAccountModelFactory _modelFactory;
    private readonly AmazonAccountService _accountService;
    private readonly AmazonConnectionTester _connectionTester;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public AmazonAccountsController(AmazonAccountModelFactory modelFactory, AmazonAccountService accountService, AmazonConnectionTester connectionTester, ILocalizationService localizationService, INotificationService notificationService)
    {
        _modelFactory = modelFactory;
        _accountService = accountService;
        _connectionTester = connectionTester;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> AccountList(AmazonAccountSearchModel searchModel) =>
        Json(await _modelFactory.PrepareListModelAsync(searchModel));

    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Create() => View(AdminViews.AccountEdit, await _modelFactory.PrepareModelAsync(null));

    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Edit(int id)
    {
        var account = await _accountService.GetAccountByIdAsync(id);
        return account is null ? RedirectToConfigure() : View(AdminViews.AccountEdit, await _modelFactory.PrepareModelAsync(account));
    }

    /// <summary>Saves a new or edited account; with <paramref name="test"/> it then calls Amazon and shows what it returned.</summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Save(AmazonAccountModel model, bool test = false)
    {
        var account = model.Id == 0 ? null : await _accountService.GetAccountByIdAsync(model.Id);
        if (model.Id != 0 && account is null)
            return RedirectToConfigure();

        // AmazonAccountModelValidator's errors are in ModelState: nopCommerce runs it while binding the model.
        if (!ModelState.IsValid)
        {
            model.HasStoredSecrets = account is not null;
            await _modelFactory.PrepareChoicesAsync(model, []);
            return View(AdminViews.AccountEdit, model);
        }

        if (account is null)
        {
            account = model.ToEntity(new AmazonAccount());
            await _accountService.InsertAccountAsync(account, model.LwaClientSecret!, model.RefreshToken!);
        }
        else
        {
            model.ToEntity(account);
            await _accountService.UpdateAccountAsync(account, model.LwaClientSecret, model.RefreshToken);
        }

        if (!test)
        {
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(P + "Saved"));
            return RedirectToConfigure();
        }

        var result = await _connectionTester.TestAsync(account, HttpContext.RequestAborted);
        var tested = await _modelFactory.PrepareModelAsync(account);
        await _modelFactory.PrepareChoicesAsync(tested, result.Marketplaces);
        if (result.Succeeded)
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(P + "Test.Succeeded"));
        else
            tested.TestError = string.Format(await _localizationService.GetResourceAsync(P + "Test." + result.ErrorResource), [.. result.ErrorArguments]);
        // The form is shown again for the saved account: without this, the posted values (Id 0 for a new account, the
        // marketplaces picked before the test) would win over the saved ones, and the next Save would add a second account.
        ModelState.Clear();
        return View(AdminViews.AccountEdit, tested);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Delete(int id)
    {
        if (await _accountService.GetAccountByIdAsync(id) is { } account)
        {
            await _accountService.DeleteAccountAsync(account);
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(P + "Deleted"));
        }
        return RedirectToConfigure();
    }

    private RedirectToActionResult RedirectToConfigure() => RedirectToAction("Configure", "AmazonChannelConfiguration");
}
