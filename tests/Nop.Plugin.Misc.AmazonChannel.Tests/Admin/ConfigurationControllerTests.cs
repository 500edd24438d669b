using Microsoft.AspNetCore.Mvc;
using System.Linq.Expressions;
using Moq;
using Nop.Core;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Privacy;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Validators;
using Nop.Services.Configuration;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The configure page's actions against mocked nopCommerce services.</summary>
public class ConfigurationControllerTests
{
    private AmazonChannelSettings _stored = null!;
    private Mock<ISettingService> _settingService = null!;
    private Mock<INotificationService> _notifications = null!;
    private Mock<IStoreContext> _storeContext = null!;
    private AmazonChannelConfigurationController _controller = null!;
    private ConfigurationModelValidator _validator = null!;
    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp()
    {
        _database = new TestDatabase();
        _stored = AmazonChannelDefaults.CreateDefaultSettings();
        _settingService = new Mock<ISettingService>();
        _settingService.Setup(s => s.LoadSettingAsync<AmazonChannelSettings>(It.IsAny<int>())).ReturnsAsync(() => _stored);
        _notifications = new Mock<INotificationService>();
        _storeContext = new Mock<IStoreContext>();
        _storeContext.Setup(c => c.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(0);

        var localization = ConfigurationTestKit.PluginResources();
        localization.Setup(l => l.GetResourceAsync("Admin.Plugins.Saved")).ReturnsAsync("The plugin settings have been saved.");

        _validator = new ConfigurationModelValidator(localization.Object);
        _controller = new AmazonChannelConfigurationController(new ConfigurationModelFactory(localization.Object), localization.Object, _notifications.Object, _settingService.Object, _storeContext.Object,
            new CredentialExpiryNotices(_database.GetRepository<AmazonSyncError>(), new AmazonSyncErrorText(localization.Object)));
    }

    [TearDown]
    public void TearDown()
    {
        _controller.Dispose();
        _database.Dispose();
    }

    [Test]
    public async Task Get_WarnsOfEveryOpenSecretExpiry_AndOfNothingElse()
    {
        var accountId = (await EntityFactory.InsertAccountAsync(_database)).Id;
        var errors = new AmazonSyncErrorService(_database.GetRepository<AmazonSyncError>(), TimeProvider.System);
        await errors.RecordAsync(accountId, null, null, PrivacyErrorCodes.SecretExpired, ["EU", "2026-05-01", "2026-10-28"]);
        await errors.RecordAsync(accountId, null, "111-1", new SyncErrorCode("Import.Other", AmazonSyncErrorKind.Other), []);
        var resolved = await errors.RecordAsync(accountId, null, null, PrivacyErrorCodes.SecretExpiresSoon, ["EU", "7", "2026-10-28"]);
        await errors.ResolveByIdAsync(resolved.Id);

        await _controller.Configure();

        var expected = AmazonSyncErrorService.DefaultText(PrivacyErrorCodes.SecretExpired.Value, ["EU", "2026-05-01", "2026-10-28"]);
        Assert.That(expected, Does.Contain("EU"));
        _notifications.Verify(n => n.WarningNotification(expected, It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
        _notifications.Verify(n => n.WarningNotification(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public async Task Get_ShowsTheStoredSettingsInThePluginsView()
    {
        _stored = ConfigurationTestKit.ChangedSettings();

        var result = await _controller.Configure();

        var view = result as ViewResult;
        Assert.That(view, Is.Not.Null);
        Assert.That(view!.ViewName, Is.EqualTo("~/Plugins/Misc.AmazonChannel/Views/Configure.cshtml"));
        var model = (ConfigurationModel)view.Model!;
        Assert.That(model.QueueBatchSize, Is.EqualTo(50));
        Assert.That(model.PublishOrderPlacedEvent, Is.True);
        Assert.That(model.OrderSyncIntervalMinutes, Is.EqualTo(15));
        Assert.That(model.EndpointOverride, Is.EqualTo("http://localhost:5500/"));
        Assert.That(model.CustomerMappingId, Is.EqualTo((int)CustomerMappingMode.SharedCustomer));
        Assert.That(model.AvailableCustomerMappings.Select(item => (item.Text, item.Selected)), Is.EqualTo(new[]
        {
            ("A guest customer per buyer e-mail", false),
            ("One shared customer", true)
        }));
        _settingService.Verify(s => s.LoadSettingAsync<AmazonChannelSettings>(0), Times.Once);
    }

    /// <summary>The settings saved through SaveSettingOverridablePerStoreAsync: name, override flag, store, saved object.</summary>
    private List<(string Name, bool Override, int StoreId, AmazonChannelSettings Settings)> SavedPerStore() =>
        _settingService.Invocations.Where(i => i.Method.Name == nameof(ISettingService.SaveSettingOverridablePerStoreAsync))
            .Select(i => (((MemberExpression)((LambdaExpression)i.Arguments[1]).Body).Member.Name, (bool)i.Arguments[2], (int)i.Arguments[3], (AmazonChannelSettings)i.Arguments[0]))
            .ToList();

    private static IEnumerable<string> ScopedSettings() =>
        typeof(ConfigurationModel).GetProperties().Where(p => p.Name.EndsWith("_OverrideForStore", StringComparison.Ordinal))
            .Select(p => p.Name[..^"_OverrideForStore".Length].Replace("CustomerMappingId", "CustomerMapping"));

    [Test]
    public async Task Post_ValidValues_ForAllStores_SavesEverySettingForStore0AndNotifies()
    {
        var model = ConfigurationTestKit.ChangedSettings().ToSettingsModel<ConfigurationModel>();
        model.EndpointOverride = "  ";

        var result = await _controller.Configure(_controller.Validated(_validator, model));

        Assert.That(result, Is.TypeOf<RedirectToActionResult>());
        Assert.That(((RedirectToActionResult)result).ActionName, Is.EqualTo(nameof(AmazonChannelConfigurationController.Configure)));
        var saved = SavedPerStore();
        Assert.That(saved.Select(s => s.Name), Is.EquivalentTo(ScopedSettings()), "every setting of the page, once");
        Assert.That(saved.Select(s => s.StoreId).Distinct(), Is.EqualTo(new[] { 0 }), "saved for all stores (store 0)");
        var settings = saved[0].Settings;
        Assert.That(settings.QueueBatchSize, Is.EqualTo(50));
        Assert.That(settings.PublishOrderPlacedEvent, Is.True);
        Assert.That(settings.SettlementSyncIntervalMinutes, Is.EqualTo(1440));
        Assert.That(settings.CustomerMapping, Is.EqualTo(CustomerMappingMode.SharedCustomer));
        Assert.That(settings.SharedCustomerId, Is.EqualTo(42));
        Assert.That(settings.EndpointOverride, Is.Null);
        _settingService.Verify(s => s.ClearCacheAsync(), Times.Once);
        _notifications.Verify(n => n.SuccessNotification("The plugin settings have been saved.", It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public void EverySettingOnThePage_HasAnOverrideForStoreBox_SoItIsSaved()
    {
        var labelled = typeof(ConfigurationModel).GetProperties()
            .Where(p => p.GetCustomAttributes(typeof(Nop.Web.Framework.Mvc.ModelBinding.NopResourceDisplayNameAttribute), false).Length > 0)
            .Select(p => p.Name.Replace("CustomerMappingId", "CustomerMapping"));

        Assert.That(ScopedSettings(), Is.EquivalentTo(labelled), "a setting without a box in ConfigurationModel.StoreScope.cs and ConfigurationStoreScope is never saved");
    }

    [Test]
    public async Task Post_ForOneStore_OverridesOnlyTheTickedSettingsForThatStore()
    {
        _storeContext.Setup(c => c.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(2);
        var model = ConfigurationTestKit.ChangedSettings().ToSettingsModel<ConfigurationModel>();
        model.QueueBatchSize_OverrideForStore = true;
        model.UseSandbox_OverrideForStore = true;

        await _controller.Configure(_controller.Validated(_validator, model));

        var saved = SavedPerStore();
        Assert.That(saved.Select(s => s.StoreId).Distinct(), Is.EqualTo(new[] { 2 }));
        Assert.That(saved.Where(s => s.Override).Select(s => s.Name), Is.EquivalentTo(new[] { "QueueBatchSize", "UseSandbox" }),
            "the other settings are not overridden: nopCommerce removes their store value and the all-stores value applies");
        _settingService.Verify(s => s.LoadSettingAsync<AmazonChannelSettings>(2), Times.Once);
    }

    [Test]
    public async Task Get_ForOneStore_ShowsItsValuesAndTicksWhatItOverrides()
    {
        _storeContext.Setup(c => c.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(2);
        _settingService.Setup(s => s.SettingExistsAsync(It.IsAny<AmazonChannelSettings>(), It.Is<Expression<Func<AmazonChannelSettings, int>>>(e => ((MemberExpression)e.Body).Member.Name == "QueueBatchSize"), 2))
            .ReturnsAsync(true);

        var model = (ConfigurationModel)((ViewResult)await _controller.Configure()).Model!;

        Assert.That(model.ActiveStoreScopeConfiguration, Is.EqualTo(2));
        Assert.That(model.QueueBatchSize_OverrideForStore, Is.True);
        Assert.That(model.UseSandbox_OverrideForStore, Is.False);
        _settingService.Verify(s => s.LoadSettingAsync<AmazonChannelSettings>(2), Times.Once);
    }

    [Test]
    public async Task Post_OutOfRangeValues_SavesNothingAndShowsLocalizedErrors()
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToSettingsModel<ConfigurationModel>();
        model.QueueBatchSize = 0;
        model.OrderSyncIntervalMinutes = 2;
        model.EndpointOverride = "ftp://emulator";
        model.CustomerMappingId = (int)CustomerMappingMode.SharedCustomer;
        model.SharedCustomerId = 0;

        var result = await _controller.Configure(_controller.Validated(_validator, model));

        var view = result as ViewResult;
        Assert.That(view, Is.Not.Null);
        Assert.That(view!.ViewName, Is.EqualTo(AmazonChannelDefaults.ConfigurationViewPath));
        Assert.That(view.Model, Is.SameAs(model));
        Assert.That(model.AvailableCustomerMappings, Has.Count.EqualTo(2), "the choices are prepared again for the redisplayed page");
        var state = _controller.ModelState;
        Assert.That(state.IsValid, Is.False);
        Assert.That(state[nameof(model.QueueBatchSize)]!.Errors.Single().ErrorMessage, Is.EqualTo("The batch size must be between 1 and 100."));
        Assert.That(state[nameof(model.OrderSyncIntervalMinutes)]!.Errors.Single().ErrorMessage, Is.EqualTo("The interval must be between 5 and 1440 minutes."));
        Assert.That(state[nameof(model.EndpointOverride)]!.Errors, Has.Count.EqualTo(1));
        Assert.That(state[nameof(model.SharedCustomerId)]!.Errors, Has.Count.EqualTo(1));
        Assert.That(state.Keys.ToList(), Has.Count.EqualTo(4));
        Assert.That(SavedPerStore(), Is.Empty);
        _settingService.Verify(s => s.SaveSettingAsync(It.IsAny<AmazonChannelSettings>(), It.IsAny<int>()), Times.Never);
        _notifications.Verify(n => n.SuccessNotification(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()), Times.Never);
    }

    [Test]
    public async Task Post_WithABindingError_SavesNothing()
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToSettingsModel<ConfigurationModel>();
        _controller.ModelState.AddModelError(nameof(model.QueueBatchSize), "The value 'many' is not valid.");

        var result = await _controller.Configure(model);

        Assert.That(result, Is.TypeOf<ViewResult>());
        Assert.That(SavedPerStore(), Is.Empty);
        _settingService.Verify(s => s.SaveSettingAsync(It.IsAny<AmazonChannelSettings>(), It.IsAny<int>()), Times.Never);
    }
}
