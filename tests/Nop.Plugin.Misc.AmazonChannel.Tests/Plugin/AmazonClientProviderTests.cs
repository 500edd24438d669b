using System.Net;
using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;
using Nop.Services.Configuration;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Plugin;

/// <summary>
/// The client of an account follows the settings of the account's own store (multi-store), and an endpoint override
/// carries the Login with Amazon token request with it, so nothing reaches Amazon while it is set.
/// </summary>
public class AmazonClientProviderTests : DatabaseTestBase
{
    private const string Participations = """{"payload":[]}""";

    private StubHandler _handler = null!;
    private AmazonAccountService _accounts = null!;
    private AmazonClientProvider _provider = null!;

    [SetUp]
    public void SetUp()
    {
        var time = new ManualTimeProvider(TestOptions.Start);
        var encryption = new Mock<IEncryptionService>();
        encryption.Setup(e => e.EncryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string plain, string _) => "enc:" + plain);
        encryption.Setup(e => e.DecryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string cipher, string _) => cipher["enc:".Length..]);
        _accounts = new AmazonAccountService(Database.GetRepository<AmazonAccount>(), encryption.Object, time);

        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AmazonChannelSettings>(It.IsAny<int>())).ReturnsAsync((int storeId) =>
        {
            var settings = AmazonChannelDefaults.CreateDefaultSettings();
            settings.EndpointOverride = storeId == 2 ? "http://127.0.0.1:5099/" : null;
            return settings;
        });
        _handler = new StubHandler(request => request.Uri.AbsolutePath == "/auth/o2/token"
            ? StubHandler.Json(HttpStatusCode.OK, StubHandler.TokenJson)
            : StubHandler.Json(HttpStatusCode.OK, Participations));
        _provider = new AmazonClientProvider(new SellingPartnerApiClientFactory(_handler, time), _accounts, new AmazonChannelSettingsProvider(settingService.Object));
    }

    [Test]
    public async Task Client_UsesTheEndpointOfTheAccountsOwnStore()
    {
        var main = await AccountInStoreAsync(1, "A1MAINSTORE");
        var outlet = await AccountInStoreAsync(2, "A1OUTLET");

        Assert.That((await _provider.GetClientAsync(main)).Endpoint.Host, Is.EqualTo("sellingpartnerapi-na.amazon.com"));
        Assert.That((await _provider.GetClientAsync(outlet)).Endpoint, Is.EqualTo(new Uri("http://127.0.0.1:5099/")));
    }

    [Test]
    public async Task EndpointOverride_AlsoServesTheTokenRequest()
    {
        var outlet = await AccountInStoreAsync(2, "A1OUTLET");

        await (await _provider.GetClientAsync(outlet)).TestConnectionAsync(CancellationToken.None);

        Assert.That(_handler.Requests.Select(r => r.Uri.GetLeftPart(UriPartial.Authority)).Distinct(), Is.EqualTo(new[] { "http://127.0.0.1:5099" }));
        Assert.That(_handler.Requests.Any(r => r.Uri.AbsolutePath == "/auth/o2/token"), Is.True, "the token came from the override");
    }

    [Test]
    public async Task WithoutOverride_TheTokenComesFromLoginWithAmazon()
    {
        var main = await AccountInStoreAsync(1, "A1MAINSTORE");

        await (await _provider.GetClientAsync(main)).TestConnectionAsync(CancellationToken.None);

        Assert.That(_handler.Requests.Where(r => r.Uri.AbsolutePath == "/auth/o2/token").Select(r => r.Uri.Host), Is.EqualTo(new[] { "api.amazon.com" }));
    }

    private async Task<AmazonAccount> AccountInStoreAsync(int storeId, string sellerId)
    {
        var account = new AmazonAccount { Name = sellerId, StoreId = storeId, SellerId = sellerId, Region = AmazonRegion.NorthAmerica, Enabled = true, LwaClientId = "amzn1.application-oa2-client.x" };
        await _accounts.InsertAccountAsync(account, "secret", "Atzr|refresh");
        return account;
    }
}
