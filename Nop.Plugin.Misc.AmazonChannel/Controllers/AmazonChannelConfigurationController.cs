using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Privacy;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>
/// The plugin's configure page (Admin/AmazonChannelConfiguration/Configure): the settings of the store scope chosen
/// with nopCommerce's store switcher (all stores, or one store's overrides), for holders of the "Manage Amazon channel"
/// and "Manage plugins" permissions.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonChannelConfigurationController : BasePluginController
{
    private readonly ConfigurationModelFactory _modelFactory;
    private readonly CredentialExpiryNotices _credentialNotices;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    public AmazonChannelConfigurationController(ConfigurationModelFactory modelFactory,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService,
        IStoreContext storeContext,
        CredentialExpiryNotices credentialNotices)
    {
        _modelFactory = modelFactory;
        _credentialNotices = credentialNotices;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
        _storeContext = storeContext;
    }

    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Configure()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<AmazonChannelSettings>(storeScope);
        var model = await _modelFactory.PrepareConfigurationModelAsync(settings);
        await ConfigurationStoreScope.LoadOverridesAsync(_settingService, settings, model, storeScope);
        foreach (var notice in await _credentialNotices.GetOpenAsync())
            _notificationService.WarningNotification(notice);

        return View(AmazonChannelDefaults.ConfigurationViewPath, model);
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        // ConfigurationModelValidator's errors are in ModelState: nopCommerce runs it while binding the model.
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        if (!ModelState.IsValid)
        {
            model.ActiveStoreScopeConfiguration = storeScope;
            await _modelFactory.PrepareChoicesAsync(model);
            return View(AmazonChannelDefaults.ConfigurationViewPath, model);
        }

        var settings = await _settingService.LoadSettingAsync<AmazonChannelSettings>(storeScope);
        model.ToSettings(settings);
        await ConfigurationStoreScope.SaveAsync(_settingService, settings, model, storeScope);

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Admin.Plugins.Saved"));

        return RedirectToAction(nameof(Configure));
    }
}
