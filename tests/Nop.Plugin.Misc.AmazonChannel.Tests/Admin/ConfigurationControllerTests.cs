using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Services.Configuration;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The configure page's actions against mocked nopCommerce services.</summary>
public class ConfigurationControllerTests
{
    private AmazonChannelSettings _stored = null!;
    private Mock<ISettingService> _settingService = null!;
    private Mock<INotificationService> _notifications = null!;
    private AmazonChannelConfigurationController _controller = null!;

    [SetUp]
    public void SetUp()
    {
        _stored = AmazonChannelDefaults.CreateDefaultSettings();
        _settingService = new Mock<ISettingService>();
        _settingService.Setup(s => s.LoadSettingAsync<AmazonChannelSettings>(It.IsAny<int>())).ReturnsAsync(() => _stored);
        _notifications = new Mock<INotificationService>();

        var localization = ConfigurationTestKit.PluginResources();
        localization.Setup(l => l.GetResourceAsync("Admin.Plugins.Saved")).ReturnsAsync("The plugin settings have been saved.");

        _controller = new AmazonChannelConfigurationController(new ConfigurationModelFactory(localization.Object),
            new ConfigurationModelValidator(localization.Object), localization.Object, _notifications.Object, _settingService.Object);
    }

    [TearDown]
    public void TearDown() => _controller.Dispose();

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

    [Test]
    public async Task Post_ValidValues_SavesThemStoreIndependentlyAndNotifies()
    {
        AmazonChannelSettings? saved = null;
        _settingService.Setup(s => s.SaveSettingAsync(It.IsAny<AmazonChannelSettings>(), It.IsAny<int>()))
            .Callback<AmazonChannelSettings, int>((settings, storeId) => saved = storeId == 0 ? settings : null)
            .Returns(Task.CompletedTask);
        var model = ConfigurationTestKit.ChangedSettings().ToModel();
        model.EndpointOverride = "  ";

        var result = await _controller.Configure(model);

        Assert.That(result, Is.TypeOf<RedirectToActionResult>());
        Assert.That(((RedirectToActionResult)result).ActionName, Is.EqualTo(nameof(AmazonChannelConfigurationController.Configure)));
        Assert.That(saved, Is.Not.Null, "saved for all stores (store 0)");
        Assert.That(saved!.QueueBatchSize, Is.EqualTo(50));
        Assert.That(saved.PublishOrderPlacedEvent, Is.True);
        Assert.That(saved.SettlementSyncIntervalMinutes, Is.EqualTo(1440));
        Assert.That(saved.CustomerMapping, Is.EqualTo(CustomerMappingMode.SharedCustomer));
        Assert.That(saved.SharedCustomerId, Is.EqualTo(42));
        Assert.That(saved.EndpointOverride, Is.Null);
        _notifications.Verify(n => n.SuccessNotification("The plugin settings have been saved.", It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public async Task Post_OutOfRangeValues_SavesNothingAndShowsLocalizedErrors()
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToModel();
        model.QueueBatchSize = 0;
        model.OrderSyncIntervalMinutes = 2;
        model.EndpointOverride = "ftp://emulator";
        model.CustomerMappingId = (int)CustomerMappingMode.SharedCustomer;
        model.SharedCustomerId = 0;

        var result = await _controller.Configure(model);

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
        _settingService.Verify(s => s.SaveSettingAsync(It.IsAny<AmazonChannelSettings>(), It.IsAny<int>()), Times.Never);
        _notifications.Verify(n => n.SuccessNotification(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()), Times.Never);
    }

    [Test]
    public async Task Post_WithABindingError_SavesNothing()
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToModel();
        _controller.ModelState.AddModelError(nameof(model.QueueBatchSize), "The value 'many' is not valid.");

        var result = await _controller.Configure(model);

        Assert.That(result, Is.TypeOf<ViewResult>());
        _settingService.Verify(s => s.SaveSettingAsync(It.IsAny<AmazonChannelSettings>(), It.IsAny<int>()), Times.Never);
    }
}
