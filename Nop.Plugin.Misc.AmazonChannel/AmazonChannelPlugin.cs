using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Misc.AmazonChannel.Components;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Services.Cms;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Web.Framework.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel;

/// <summary>
/// The Amazon channel plugin. nopCommerce runs the schema migration before <see cref="InstallAsync"/> and reverses it
/// after <see cref="UninstallAsync"/>.
/// </summary>
public class AmazonChannelPlugin : BasePlugin, IMiscPlugin, IWidgetPlugin
{
    private readonly ILocalizationService _localizationService;
    private readonly IPermissionService _permissionService;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly IWebHelper _webHelper;

    public AmazonChannelPlugin(ILocalizationService localizationService,
        IPermissionService permissionService,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        IWebHelper webHelper)
    {
        _localizationService = localizationService;
        _permissionService = permissionService;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _webHelper = webHelper;
    }

    /// <summary>The configure page in the admin area (nopCommerce's default area route), under the store's location.</summary>
    public override string GetConfigurationPageUrl() => $"{_webHelper.GetStoreLocation()}{AmazonChannelDefaults.ConfigurationPath}";

    /// <summary>
    /// Not listed under Configuration > Widgets: the widgets are activated on install, and a listed widget plugin gets
    /// its configure page placed under Widgets by nopCommerce's _ConfigurePlugin layout instead of Local plugins.
    /// </summary>
    public bool HideInWidgetList => true;

    public Task<IList<string>> GetWidgetZonesAsync() =>
        Task.FromResult<IList<string>>([AdminWidgetZones.DashboardTop, AdminWidgetZones.OrderDetailsBlock]);

    public Type GetWidgetViewComponent(string widgetZone) =>
        widgetZone == AdminWidgetZones.OrderDetailsBlock ? typeof(AmazonOrderPanelViewComponent) : typeof(AmazonDashboardCardViewComponent);

    public override async Task InstallAsync()
    {
        await _settingService.SaveSettingAsync(AmazonChannelDefaults.CreateDefaultSettings());

        await _localizationService.AddOrUpdateLocaleResourceAsync(AmazonChannelLocaleResources.All.ToDictionary(pair => pair.Key, pair => pair.Value));

        foreach (var task in AmazonChannelDefaults.ScheduleTasks)
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(task.Type) is not null)
                continue;

            // Disabled until an admin configures an account and turns the flow on.
            await _scheduleTaskService.InsertTaskAsync(new ScheduleTask
            {
                Name = task.Name,
                Type = task.Type,
                Seconds = task.DefaultSeconds,
                Enabled = false,
                StopOnError = false,
                LastEnabledUtc = DateTime.UtcNow
            });
        }

        // Widgets render only when active.
        var widgetSettings = await _settingService.LoadSettingAsync<WidgetSettings>();
        if (!widgetSettings.ActiveWidgetSystemNames.Contains(AmazonChannelDefaults.SystemName))
        {
            widgetSettings.ActiveWidgetSystemNames.Add(AmazonChannelDefaults.SystemName);
            await _settingService.SaveSettingAsync(widgetSettings);
        }

        // nopCommerce inserts missing permission records at start-up; doing it here makes the permission usable at once.
        await _permissionService.InsertPermissionsAsync();

        await base.InstallAsync();
    }

    public override async Task UninstallAsync()
    {
        await _settingService.DeleteSettingAsync<AmazonChannelSettings>();

        var widgetSettings = await _settingService.LoadSettingAsync<WidgetSettings>();
        if (widgetSettings.ActiveWidgetSystemNames.Remove(AmazonChannelDefaults.SystemName))
            await _settingService.SaveSettingAsync(widgetSettings);

        foreach (var task in AmazonChannelDefaults.ScheduleTasks)
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(task.Type) is { } installed)
                await _scheduleTaskService.DeleteTaskAsync(installed);
        }

        await _permissionService.DeletePermissionAsync(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL);

        foreach (var prefix in AmazonChannelLocaleResources.OwnedPrefixes)
            await _localizationService.DeleteLocaleResourcesAsync(prefix);

        await base.UninstallAsync();
    }
}
