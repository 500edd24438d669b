using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.Accounts;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Validators;
using Nop.Services.Configuration;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// The account pages against a real (SQLite) account table, mocked nopCommerce services and a stubbed Amazon: secrets
/// are written, never shown back, kept when left empty; "Save and test connection" shows what Amazon returned or why
/// it refused, in plain words.
/// </summary>
public class AmazonAccountsControllerTests : DatabaseTestBase
{
    private const string ParticipationsJson = """
        {"payload":[
          {"marketplace":{"id":"ATVPDKIKX0DER","name":"Amazon.com","countryCode":"US","defaultCurrencyCode":"USD","defaultLanguageCode":"en_US","domainName":"www.amazon.com"},
           "participation":{"isParticipating":true,"hasSuspendedListings":false},"storeName":"Contoso US"},
          {"marketplace":{"id":"A2EUQ1WTGCTBG2","name":"Amazon.ca","countryCode":"CA","defaultCurrencyCode":"CAD","defaultLanguageCode":"en_CA","domainName":"www.amazon.ca"},
           "participation":{"isParticipating":true,"hasSuspendedListings":false},"storeName":"Contoso CA"}]}
        """;

    private Func<StubRequest, HttpResponseMessage> _amazon = null!;
    private Mock<INotificationService> _notifications = null!;
    private AmazonAccountService _accounts = null!;
    private AmazonAccountsController _controller = null!;
    private AmazonAccountModelValidator _validator = null!;

    [SetUp]
    public void SetUp()
    {
        _amazon = _ => StubHandler.Json(HttpStatusCode.OK, ParticipationsJson);
        var time = new ManualTimeProvider(TestOptions.Start);
        var encryption = new Mock<IEncryptionService>();
        encryption.Setup(e => e.EncryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string plain, string _) => "enc:" + plain);
        encryption.Setup(e => e.DecryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string cipher, string _) => cipher["enc:".Length..]);
        _accounts = new AmazonAccountService(Database.GetRepository<AmazonAccount>(), encryption.Object, time);

        var stores = new Mock<IStoreService>();
        var storeList = new List<Store> { new() { Id = 1, Name = "Main store" }, new() { Id = 2, Name = "Outlet" } };
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(storeList);
        stores.Setup(s => s.GetAllStores()).Returns(storeList);
        _notifications = new Mock<INotificationService>();
        var localization = AdminTestKit.PluginResources();
        var handler = new StubHandler(request => request.Uri.Host == "api.amazon.com" ? StubHandler.Json(HttpStatusCode.OK, StubHandler.TokenJson) : _amazon(request));
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AmazonChannelSettings>(It.IsAny<int>())).ReturnsAsync(AmazonChannelDefaults.CreateDefaultSettings);
        var clients = new AmazonClientProvider(new SellingPartnerApiClientFactory(handler, time), _accounts, new AmazonChannelSettingsProvider(settingService.Object));

        _controller = new AmazonAccountsController(new AmazonAccountModelFactory(Database.GetRepository<AmazonAccount>(), stores.Object, localization.Object),
            _accounts, new AmazonConnectionTester(clients), localization.Object, _notifications.Object)
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
        _validator = new AmazonAccountModelValidator(localization.Object, stores.Object);
    }

    [TearDown]
    public void TearDown() => _controller.Dispose();

    /// <summary>One POST: a fresh ModelState with the validator's errors, as the host binds it.</summary>
    private Task<IActionResult> SaveAsync(AmazonAccountModel model, bool test = false, bool keepModelState = false)
    {
        if (!keepModelState)
            _controller.ModelState.Clear();
        return _controller.Save(_controller.Validated(_validator, model), test);
    }

    private static AmazonAccountModel NewAccount() => new()
    {
        Name = "US", Enabled = true, RegionId = (int)AmazonRegion.NorthAmerica, SellerId = "A1SELLER", StoreId = 2,
        LwaClientId = "amzn1.application-oa2-client.x", LwaClientSecret = "the-secret", RefreshToken = "Atzr|the-token",
        SelectedMarketplaceIds = ["ATVPDKIKX0DER"]
    };

    [Test]
    public async Task Save_StoresTheAccountWithEncryptedSecrets_AndTheEditPageNeverShowsThemBack()
    {
        var result = await SaveAsync(NewAccount());

        Assert.That(result, Is.TypeOf<RedirectToActionResult>());
        var stored = (await _accounts.GetAccountsAsync()).Single();
        Assert.That((stored.SellerId, stored.StoreId, stored.MarketplaceIds), Is.EqualTo(("A1SELLER", 2, "ATVPDKIKX0DER")));
        Assert.That(stored.LwaClientSecretEncrypted, Is.EqualTo("enc:the-secret"));
        Assert.That(_accounts.GetCredentials(stored).RefreshToken, Is.EqualTo("Atzr|the-token"));

        var edit = (AmazonAccountModel)((ViewResult)await _controller.Edit(stored.Id)).Model!;
        Assert.That(edit.LwaClientSecret, Is.Null);
        Assert.That(edit.RefreshToken, Is.Null);
        Assert.That(edit.HasStoredSecrets, Is.True);
        Assert.That(edit.AvailableStores.Single(item => item.Selected).Text, Is.EqualTo("Outlet"));
    }

    [Test]
    public async Task Save_WithEmptySecretFields_KeepsTheStoredSecrets_AndFilledOnesReplaceThem()
    {
        await SaveAsync(NewAccount());
        var id = (await _accounts.GetAccountsAsync()).Single().Id;

        var edited = NewAccount() with { Id = id, Name = "US renamed", LwaClientSecret = null, RefreshToken = "Atzr|new-token" };
        await SaveAsync(edited);

        var stored = await _accounts.GetAccountByIdAsync(id);
        Assert.That(stored!.Name, Is.EqualTo("US renamed"));
        Assert.That(_accounts.GetCredentials(stored), Is.EqualTo(new AmazonAccountService.Credentials("amzn1.application-oa2-client.x", "the-secret", "Atzr|new-token")));
    }

    [Test]
    public async Task Save_OfANewAccountWithoutSecrets_ComesBackWithLocalizedMessages()
    {
        var result = await SaveAsync(NewAccount() with { LwaClientSecret = "", RefreshToken = null, SellerId = " ", StoreId = 9 });

        Assert.That(result, Is.TypeOf<ViewResult>());
        Assert.That(_controller.ModelState.Keys, Is.EquivalentTo(new[] { "LwaClientSecret", "RefreshToken", "SellerId", "StoreId" }));
        Assert.That(_controller.ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage), Has.None.Contains(ConfigurationTestKit.MissingMarker));
        Assert.That(await _accounts.GetAccountsAsync(), Is.Empty);
    }

    [Test]
    public async Task SaveAndTest_ShowsTheStoreNamesAndMarketplaces_AndOffersThemForPicking()
    {
        var view = (ViewResult)await SaveAsync(NewAccount() with { SelectedMarketplaceIds = [] }, test: true);

        var model = (AmazonAccountModel)view.Model!;
        Assert.That(model.TestError, Is.Null);
        Assert.That(model.TestedMarketplaces, Is.EqualTo(new[] { "Contoso CA: Amazon.ca (A2EUQ1WTGCTBG2, CA)", "Contoso US: Amazon.com (ATVPDKIKX0DER, US)" }));
        Assert.That(model.AvailableMarketplaces.Select(item => item.Value), Is.EquivalentTo(new[] { "ATVPDKIKX0DER", "A2EUQ1WTGCTBG2" }));
        Assert.That(model.LwaClientSecret, Is.Null, "never echoed");
        _notifications.Verify(n => n.SuccessNotification("The connection to Amazon works.", true, 0), Times.Once);
    }

    [Test]
    public async Task SaveAndTest_OfANewAccount_ShowsTheSavedAccount_SoTheNextSaveEditsIt()
    {
        _controller.ModelState.SetModelValue("Id", "0", "0");
        _controller.ModelState.MarkFieldValid("Id");

        var model = (AmazonAccountModel)((ViewResult)await SaveAsync(NewAccount(), test: true, keepModelState: true)).Model!;

        var saved = (await _accounts.GetAccountsAsync()).Single();
        Assert.That(model.Id, Is.EqualTo(saved.Id));
        Assert.That(_controller.ModelState.ContainsKey("Id"), Is.False, "the posted Id 0 would be rendered instead of the saved one");
        Assert.That(model.HasStoredSecrets, Is.True);
    }

    [Test]
    public async Task SaveAndTest_WithRefusedCredentials_SaysSoInPlainWords()
    {
        _amazon = _ => StubHandler.Json(HttpStatusCode.Forbidden, """{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}""");

        var model = (AmazonAccountModel)((ViewResult)await SaveAsync(NewAccount(), test: true)).Model!;

        Assert.That(model.TestError, Does.StartWith("Amazon answered with HTTP status 403").And.Contain("Access to requested resource is denied."));
        Assert.That(model.TestError, Does.Not.Contain("the-secret").And.Not.Contain("Atzr|"));
    }

    [Test]
    public async Task Delete_RemovesTheAccount()
    {
        await SaveAsync(NewAccount());
        var id = (await _accounts.GetAccountsAsync()).Single().Id;

        await _controller.Delete(id);

        Assert.That(await _accounts.GetAccountsAsync(), Is.Empty);
    }
}
