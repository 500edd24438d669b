using System.Net;
using System.Net.Http.Json;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

[TestFixture]
public class LwaAuthTests
{
    [Test]
    public async Task Refresh_token_grant_returns_a_bearer_token_in_form_and_json_bodies()
    {
        using var kit = new EmulatorTestKit();

        using var form = await kit.RequestTokenAsync();
        using var json = await kit.Http.PostAsJsonAsync(EmulatorTestKit.TokenUrl, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = kit.Options.RefreshToken,
            ["client_id"] = kit.Options.ClientId,
            ["client_secret"] = kit.Options.ClientSecret,
        });

        foreach (var response in new[] { form, json })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var body = await EmulatorTestKit.ReadJsonAsync(response);
            Assert.That(body["access_token"]!.GetValue<string>(), Does.StartWith("Atza|"));
            Assert.That(body["token_type"]!.GetValue<string>(), Is.EqualTo("bearer"));
            Assert.That(body["expires_in"]!.GetValue<int>(), Is.EqualTo(3600));
            Assert.That(body["refresh_token"]!.GetValue<string>(), Is.EqualTo(kit.Options.RefreshToken));
        }
    }

    [Test]
    public async Task Wrong_secret_is_invalid_client_and_wrong_refresh_token_is_invalid_grant()
    {
        using var kit = new EmulatorTestKit();

        using var badSecret = await kit.RequestTokenAsync(secret: "nope");
        using var badGrant = await kit.RequestTokenAsync(refreshToken: "Atzr|revoked");

        Assert.That(badSecret.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await EmulatorTestKit.ReadJsonAsync(badSecret))["error"]!.GetValue<string>(), Is.EqualTo("invalid_client"));
        Assert.That(badGrant.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await EmulatorTestKit.ReadJsonAsync(badGrant))["error"]!.GetValue<string>(), Is.EqualTo("invalid_grant"));
    }

    [Test]
    public async Task Calls_without_a_live_token_get_403_unauthorized_and_expiry_follows_virtual_time()
    {
        using var kit = new EmulatorTestKit();
        const string path = "/sellers/v1/marketplaceParticipations";

        using var missing = await kit.Http.GetAsync(path);
        using var bogus = await kit.GetAsync(path, token: "Atza|made-up");
        var token = await kit.LoginAsync();
        using var ok = await kit.GetAsync(path, token);
        kit.Time.Advance(TimeSpan.FromHours(1));
        using var expired = await kit.GetAsync(path, token);

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(bogus.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var error = (await EmulatorTestKit.ReadJsonAsync(expired))["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("Unauthorized"));
        Assert.That(error["message"]!.GetValue<string>(), Is.EqualTo("Access to requested resource is denied."));
        Assert.That(expired.Headers.Contains("x-amzn-RateLimit-Limit"), Is.False);
        var participations = await EmulatorTestKit.ReadJsonAsync(ok);
        Assert.That(participations["payload"]![0]!["marketplace"]!["defaultCurrencyCode"]!.GetValue<string>(), Is.EqualTo("USD"));
    }

    [Test]
    public async Task Unknown_paths_get_404_with_an_errors_body_on_any_host()
    {
        using var kit = new EmulatorTestKit();
        await kit.LoginAsync();

        using var response = await kit.GetAsync("https://sandbox.sellingpartnerapi-eu.amazon.com/catalog/2022-04-01/items");
        using var sandbox = await kit.GetAsync("https://sandbox.sellingpartnerapi-eu.amazon.com/sellers/v1/marketplaceParticipations");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await EmulatorTestKit.ErrorCodeAsync(response), Is.EqualTo("NotFound"));
        Assert.That(sandbox.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(kit.Emulator.Requests.Select(r => r.Operation), Does.Contain("unknown").And.Contain("getMarketplaceParticipations").And.Contain("lwaToken"));
    }
}
