using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Privacy;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Privacy;

/// <summary>LWA client secret expiry: sync errors on the SQLite test database, the log warning on the fake store's logger.</summary>
public class CredentialExpiryTests : ImportTestBase
{
    [SetUp]
    public async Task SecretSetNow()
    {
        Harness.Account.LwaClientSecretSetOnUtc = Harness.Time.GetUtcNow().UtcDateTime;
        await Harness.Database.GetRepository<AmazonAccount>().UpdateAsync(Harness.Account);
    }

    [Test]
    public async Task WarnsThirtyAndSevenDaysAhead_OncePerStage()
    {
        Assert.That(await CheckAsync(149), Is.EqualTo((CredentialExpiryStage.Valid, false)));
        Assert.That(await CheckAsync(151), Is.EqualTo((CredentialExpiryStage.ExpiresIn30Days, true)));
        Assert.That(await CheckAsync(160), Is.EqualTo((CredentialExpiryStage.ExpiresIn30Days, false)), "the 30-day warning is given once");
        Assert.That(await CheckAsync(174), Is.EqualTo((CredentialExpiryStage.ExpiresIn7Days, true)));

        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Code, Is.EqualTo(PrivacyErrorCodes.SecretExpiresSoon.Value));
        Assert.That(error.GetArguments(), Is.EqualTo(new[] { "US", "7", "2027-05-22" }));
        Harness.Store.Logger.Verify(l => l.WarningAsync(It.Is<string>(m => m.Contains("expires in less than")), null, null), Times.Exactly(2));
    }

    [Test]
    public async Task AfterExpiry_TheErrorSaysExactlyWhatToDo()
    {
        Assert.That(await CheckAsync(181), Is.EqualTo((CredentialExpiryStage.Expired, true)));

        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Code, Is.EqualTo(PrivacyErrorCodes.SecretExpired.Value));
        Assert.That(error.Message, Does.Contain("expired on 2027-05-22").And.Contain("Develop Apps").And.Contain("generate a new client secret")
            .And.Contain("LWA client secret in the Amazon channel configuration"));
    }

    [Test]
    public async Task ANewSecret_ResolvesTheWarnings()
    {
        await CheckAsync(181);
        var accounts = Harness.Services.CreateScope().ServiceProvider.GetRequiredService<AmazonAccountService>();
        await accounts.UpdateAccountAsync(Harness.Account, newClientSecret: "new-secret");

        Assert.That(Harness.Account.LwaClientSecretSetOnUtc, Is.EqualTo(Harness.Time.GetUtcNow().UtcDateTime));
        Assert.That(await CheckAsync(0), Is.EqualTo((CredentialExpiryStage.Valid, false)));
        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
    }

    [Test]
    public async Task AnAccountWithoutASetDate_CountsFromItsCreation()
    {
        Harness.Account.LwaClientSecretSetOnUtc = null;
        Harness.Account.CreatedOnUtc = Harness.Time.GetUtcNow().UtcDateTime.AddDays(-175);

        Assert.That(CredentialExpiryService.StageOf(Harness.Account, Harness.Time.GetUtcNow().UtcDateTime), Is.EqualTo(CredentialExpiryStage.ExpiresIn7Days));
    }

    private async Task<(CredentialExpiryStage, bool)> CheckAsync(int daysAfterStart)
    {
        var target = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero).AddDays(daysAfterStart);
        var now = Harness.Time.GetUtcNow();
        if (target > now)
            Harness.Time.Advance(target - now);
        return await Harness.Services.CreateScope().ServiceProvider.GetRequiredService<CredentialExpiryService>().CheckAsync(Harness.Account);
    }
}
