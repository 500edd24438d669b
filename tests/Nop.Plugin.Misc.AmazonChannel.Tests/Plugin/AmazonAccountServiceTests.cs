using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Plugin;

public class AmazonAccountServiceTests : DatabaseTestBase
{
    private const string Secret = "amzn1.oa2-cs.v1.secret-value";
    private const string RefreshToken = "Atzr|IwEBIrefresh-token-value";

    private AmazonAccountService _service = null!;

    [SetUp]
    public void SetUp()
    {
        var encryption = new Mock<IEncryptionService>();
        // A reversible stand-in for nopCommerce's encryption: what matters is that only its output is stored.
        encryption.Setup(e => e.EncryptText(It.IsAny<string>(), It.IsAny<string>())).Returns<string, string>((plain, _) => "enc:" + new string(plain.Reverse().ToArray()));
        encryption.Setup(e => e.DecryptText(It.IsAny<string>(), It.IsAny<string>())).Returns<string, string>((cipher, _) => new string(cipher["enc:".Length..].Reverse().ToArray()));
        _service = new AmazonAccountService(Database.GetRepository<AmazonAccount>(), encryption.Object, TimeProvider.System);
    }

    [Test]
    public async Task Insert_StoresSecretsEncryptedOnly()
    {
        var account = NewAccount();

        await _service.InsertAccountAsync(account, Secret, RefreshToken);

        var stored = await Database.GetRepository<AmazonAccount>().GetByIdAsync(account.Id);
        Assert.That(stored.LwaClientSecretEncrypted, Does.StartWith("enc:").And.Not.Contain(Secret));
        Assert.That(stored.RefreshTokenEncrypted, Does.StartWith("enc:").And.Not.Contain(RefreshToken));
    }

    [Test]
    public async Task GetCredentials_DecryptsWhatWasStored()
    {
        var account = NewAccount();
        await _service.InsertAccountAsync(account, Secret, RefreshToken);

        var credentials = _service.GetCredentials((await _service.GetAccountByIdAsync(account.Id))!);

        Assert.That(credentials, Is.EqualTo(new AmazonAccountService.Credentials("amzn1.application-oa2-client.abc", Secret, RefreshToken)));
        Assert.That(credentials.ToString(), Does.Not.Contain(Secret).And.Not.Contain(RefreshToken));
    }

    [Test]
    public async Task Update_WithoutNewSecrets_KeepsTheStoredOnes()
    {
        var account = NewAccount();
        await _service.InsertAccountAsync(account, Secret, RefreshToken);
        account.Name = "Renamed";

        await _service.UpdateAccountAsync(account);

        var credentials = _service.GetCredentials((await _service.GetAccountByIdAsync(account.Id))!);
        Assert.That(credentials.ClientSecret, Is.EqualTo(Secret));
        Assert.That(credentials.RefreshToken, Is.EqualTo(RefreshToken));
    }

    [Test]
    public async Task Update_WithANewRefreshToken_ReplacesIt()
    {
        var account = NewAccount();
        await _service.InsertAccountAsync(account, Secret, RefreshToken);

        await _service.UpdateAccountAsync(account, newRefreshToken: "Atzr|new");

        Assert.That(_service.GetCredentials((await _service.GetAccountByIdAsync(account.Id))!).RefreshToken, Is.EqualTo("Atzr|new"));
    }

    [Test]
    public async Task GetAccounts_EnabledOnly_LeavesDisabledOut()
    {
        var enabled = NewAccount("Enabled", "A1ENABLED");
        var disabled = NewAccount("Disabled", "A2DISABLED");
        disabled.Enabled = false;
        await _service.InsertAccountAsync(enabled, Secret, RefreshToken);
        await _service.InsertAccountAsync(disabled, Secret, RefreshToken);

        var accounts = await _service.GetAccountsAsync(enabledOnly: true);

        Assert.That(accounts.Select(a => a.Name), Is.EqualTo(new[] { "Enabled" }));
    }

    [Test]
    public void Insert_WithoutARefreshToken_IsRefused()
    {
        Assert.That(async () => await _service.InsertAccountAsync(NewAccount(), Secret, ""), Throws.InstanceOf<ArgumentException>());
    }

    private static AmazonAccount NewAccount(string name = "US store", string sellerId = "A1SELLER") => new()
    {
        Name = name,
        SellerId = sellerId,
        Region = AmazonRegion.NorthAmerica,
        MarketplaceIds = "ATVPDKIKX0DER",
        LwaClientId = "amzn1.application-oa2-client.abc",
        Enabled = true
    };
}
