using Moq;
using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Plugin;

public class AmazonChannelPluginTests
{
    private Mock<ILocalizationService> _localization = null!;
    private Mock<IPermissionService> _permissions = null!;
    private Mock<IScheduleTaskService> _tasks = null!;
    private Mock<ISettingService> _settings = null!;
    private Mock<IWebHelper> _webHelper = null!;
    private AmazonChannelPlugin _plugin = null!;
    private WidgetSettings _widgetSettings = null!;

    [SetUp]
    public void SetUp()
    {
        _localization = new Mock<ILocalizationService>();
        _permissions = new Mock<IPermissionService>();
        _tasks = new Mock<IScheduleTaskService>();
        _settings = new Mock<ISettingService>();
        _webHelper = new Mock<IWebHelper>();
        _plugin = new AmazonChannelPlugin(_localization.Object, _permissions.Object, _tasks.Object, _settings.Object, _webHelper.Object);
        _widgetSettings = new WidgetSettings { ActiveWidgetSystemNames = ["Widgets.Other"] };
        _settings.Setup(s => s.LoadSettingAsync<WidgetSettings>(It.IsAny<int>())).ReturnsAsync(() => _widgetSettings);
    }

    [Test]
    public async Task Install_ActivatesTheAdminWidgets_AndUninstallDeactivatesThem()
    {
        await _plugin.InstallAsync();

        Assert.That(_widgetSettings.ActiveWidgetSystemNames, Is.EqualTo(new[] { "Widgets.Other", "Misc.AmazonChannel" }));
        _settings.Verify(s => s.SaveSettingAsync(_widgetSettings, 0), Times.Once);

        await _plugin.InstallAsync();
        Assert.That(_widgetSettings.ActiveWidgetSystemNames, Is.EqualTo(new[] { "Widgets.Other", "Misc.AmazonChannel" }), "not added twice");

        await _plugin.UninstallAsync();
        Assert.That(_widgetSettings.ActiveWidgetSystemNames, Is.EqualTo(new[] { "Widgets.Other" }));
    }

    [Test]
    public async Task Widgets_RenderTheDashboardCardAndTheOrderPanel()
    {
        Assert.That(await _plugin.GetWidgetZonesAsync(), Is.EqualTo(new[] { "admin_dashboard_top", "admin_order_details_block" }));
        Assert.That(_plugin.GetWidgetViewComponent("admin_dashboard_top"), Is.EqualTo(typeof(Components.AmazonDashboardCardViewComponent)));
        Assert.That(_plugin.GetWidgetViewComponent("admin_order_details_block"), Is.EqualTo(typeof(Components.AmazonOrderPanelViewComponent)));
        Assert.That(_plugin.HideInWidgetList, Is.True, "a listed widget plugin's configure page moves under Widgets");
    }

    [Test]
    public void ConfigurationPageUrl_IsTheAdminConfigurePageUnderTheStoreLocation()
    {
        _webHelper.Setup(w => w.GetStoreLocation(It.IsAny<bool?>())).Returns("https://shop.example/");

        Assert.That(_plugin.GetConfigurationPageUrl(), Is.EqualTo("https://shop.example/Admin/AmazonChannelConfiguration/Configure"));
    }

    [Test]
    public async Task Install_SavesTheDefaultSettings()
    {
        AmazonChannelSettings? saved = null;
        _settings.Setup(s => s.SaveSettingAsync(It.IsAny<AmazonChannelSettings>(), It.IsAny<int>()))
            .Callback<AmazonChannelSettings, int>((settings, _) => saved = settings)
            .Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        Assert.That(saved, Is.Not.Null);
        Assert.That(saved!.QueueBatchSize, Is.EqualTo(15));
        Assert.That(saved.OrderSyncIntervalMinutes, Is.EqualTo(30));
        Assert.That(saved.PublishOrderPlacedEvent, Is.False);
        Assert.That(saved.ImportPendingOrders, Is.False);
    }

    [Test]
    public async Task Install_AddsEveryLocaleResource()
    {
        IDictionary<string, string>? added = null;
        _localization.Setup(l => l.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), It.IsAny<int?>()))
            .Callback<IDictionary<string, string>, int?>((resources, _) => added = resources)
            .Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        Assert.That(added, Is.Not.Null);
        Assert.That(added!.Keys, Is.EquivalentTo(AmazonChannelLocaleResources.All.Keys));
        Assert.That(added, Does.ContainKey(AmazonChannelLocaleResources.PermissionResourceName));
    }

    [Test]
    public async Task Install_InsertsEveryScheduleTaskDisabled()
    {
        var inserted = new List<ScheduleTask>();
        _tasks.Setup(t => t.InsertTaskAsync(It.IsAny<ScheduleTask>())).Callback<ScheduleTask>(inserted.Add).Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        Assert.That(inserted.Select(task => task.Type), Is.EquivalentTo(AmazonChannelDefaults.ScheduleTasks.Select(task => task.Type)));
        Assert.That(inserted, Has.All.Matches<ScheduleTask>(task => !task.Enabled && task.Seconds > 0 && !string.IsNullOrEmpty(task.Name)));
    }

    [Test]
    public async Task Install_DoesNotDuplicateAnExistingScheduleTask()
    {
        _tasks.Setup(t => t.GetTaskByTypeAsync(It.IsAny<string>())).ReturnsAsync(new ScheduleTask { Id = 7 });

        await _plugin.InstallAsync();

        _tasks.Verify(t => t.InsertTaskAsync(It.IsAny<ScheduleTask>()), Times.Never);
    }

    [Test]
    public async Task Install_InsertsThePermission()
    {
        await _plugin.InstallAsync();

        _permissions.Verify(p => p.InsertPermissionsAsync(), Times.Once);
    }

    [Test]
    public async Task Uninstall_RemovesSettingsTasksPermissionAndResources()
    {
        var installed = new ScheduleTask { Id = 3, Type = AmazonChannelDefaults.HistoryCleanupTask.Type };
        _tasks.Setup(t => t.GetTaskByTypeAsync(AmazonChannelDefaults.HistoryCleanupTask.Type)).ReturnsAsync(installed);

        await _plugin.UninstallAsync();

        _settings.Verify(s => s.DeleteSettingAsync<AmazonChannelSettings>(), Times.Once);
        _tasks.Verify(t => t.DeleteTaskAsync(installed), Times.Once);
        _permissions.Verify(p => p.DeletePermissionAsync(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL), Times.Once);
        foreach (var prefix in AmazonChannelLocaleResources.OwnedPrefixes)
            _localization.Verify(l => l.DeleteLocaleResourcesAsync(prefix, It.IsAny<int?>()), Times.Once);
    }

    [Test]
    public void UninstallPrefixes_CoverEveryInstalledResource()
    {
        var uncovered = AmazonChannelLocaleResources.All.Keys
            .Where(key => !AmazonChannelLocaleResources.OwnedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.That(uncovered, Is.Empty);
    }

    [Test]
    public void PermissionConfig_GrantsAdministratorsTheManagePermission()
    {
        var config = new AmazonChannelPermissionConfigManager().AllConfigs.Single();

        Assert.That(config.SystemName, Is.EqualTo(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL));
        Assert.That(config.Category, Is.EqualTo(nameof(StandardPermission.Orders)));
        Assert.That(config.DefaultCustomerRoles, Is.EqualTo(new[] { Nop.Core.Domain.Customers.NopCustomerDefaults.AdministratorsRoleName }));
    }

    [Test]
    public void ScheduleTaskTypes_ResolveToTaskClassesInThePlugin()
    {
        foreach (var task in AmazonChannelDefaults.ScheduleTasks)
        {
            var type = typeof(AmazonChannelPlugin).Assembly.GetType(task.Type);
            Assert.That(type, Is.Not.Null, task.Type);
            Assert.That(typeof(IScheduleTask).IsAssignableFrom(type), Is.True, task.Type);
        }
    }
}
