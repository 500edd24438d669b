using System.Net;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Emu = AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>
/// 403s naming the access token (in message or details, Amazon's real wording) refresh it once and retry; any other
/// 403 is final at once; a second rejection is the typed error telling the admin to re-authorize the app.
/// </summary>
public class RejectedTokenTests
{
    private const string OrderId = "111-0000000-0000001";
    private const string OrderJson = """{"order":{"orderId":"111-0000000-0000001","createdTime":"2026-02-01T00:00:00Z","lastUpdatedTime":"2026-02-01T00:00:00Z","salesChannel":{"channelName":"AMAZON"},"orderItems":[]}}""";

    private static string Forbidden(string message, string details) =>
        $$"""{"errors":[{"code":"Unauthorized","message":"{{message}}","details":"{{details}}"}]}""";

    private static SellingPartnerApiClient Create(StubHandler handler) =>
        new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)) { Random = () => 0.5 }.Create(TestOptions.Create());

    [TestCase("Access to requested resource is denied.", "The access token you provided is revoked, malformed or invalid.")]
    [TestCase("Access to requested resource is denied.", "The access token you provided has expired.")]
    [TestCase("The access token you provided is revoked, malformed or invalid.", "")]
    public async Task Forbidden_NamingTheToken_RefreshesOnce_AndRetries(string message, string details)
    {
        var calls = 0;
        var handler = StubHandler.WithToken(_ => Interlocked.Increment(ref calls) == 1
            ? StubHandler.Json(HttpStatusCode.Forbidden, Forbidden(message, details))
            : StubHandler.Json(HttpStatusCode.OK, OrderJson));

        var order = await Create(handler).Orders.GetOrderAsync(OrderId, null, CancellationToken.None);

        Assert.That(order.OrderId, Is.EqualTo(OrderId));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(2));
        Assert.That(handler.TokenRequests, Is.EqualTo(2), "the rejected token was dropped and a new one fetched");
    }

    [Test]
    public void Forbidden_NamingTheTokenTwice_IsTheTypedError_AfterExactlyOneRetry()
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.Forbidden,
            Forbidden("Access to requested resource is denied.", "The access token you provided is revoked, malformed or invalid."), ("x-amzn-RequestId", "req-403")));

        var error = Assert.ThrowsAsync<SellingPartnerApiException>(() => Create(handler).Orders.GetOrderAsync(OrderId, null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(error.ErrorCode, Is.EqualTo("Unauthorized"));
            Assert.That(error.RequestId, Is.EqualTo("req-403"));
            Assert.That(error.Message, Does.Contain("freshly issued access token").And.Contain("Re-authorize the app").And.Contain("Seller Central"));
            Assert.That(handler.ApiRequests.Count(), Is.EqualTo(2));
            Assert.That(handler.TokenRequests, Is.EqualTo(2));
        });
    }

    [TestCase("")]
    [TestCase("The application does not have the required role for this operation.")]
    public void Forbidden_ForAnythingElse_IsNotRetried(string details)
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.Forbidden, Forbidden("Access to requested resource is denied.", details)));

        var error = Assert.ThrowsAsync<SellingPartnerApiException>(() => Create(handler).Orders.GetOrderAsync(OrderId, null, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(error.Message, Does.Not.Contain("freshly issued"));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(1));
        Assert.That(handler.TokenRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task Emulator_RevokingTheCachedTokenOnce_IsHealedByOneRefresh()
    {
        var (emulator, client) = StartEmulator(revocations: 0);
        var orderId = emulator.State.OrdersInCreationOrder[0].OrderId;
        await client.Orders.GetOrderAsync(orderId, null, CancellationToken.None);
        emulator.RevokeAccessTokens();

        var order = await client.Orders.GetOrderAsync(orderId, null, CancellationToken.None);

        Assert.That(order.OrderId, Is.EqualTo(orderId));
        Assert.That(emulator.Requests.Where(r => r.Operation == "getOrder").Select(r => r.StatusCode), Is.EqualTo(new[] { 200, 403, 200 }),
            "the revoked cached token was answered 403 once, and one refresh healed it");
        Assert.That(emulator.Requests.Count(r => r.Operation == "lwaToken"), Is.EqualTo(2));
    }

    [Test]
    public void Emulator_RevokingEveryToken_EndsInTheTypedError_AfterOneRetry()
    {
        var (emulator, client) = StartEmulator(revocations: 5);
        var orderId = emulator.State.OrdersInCreationOrder[0].OrderId;

        var error = Assert.ThrowsAsync<SellingPartnerApiException>(() => client.Orders.GetOrderAsync(orderId, null, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(error.Errors.Single().Details, Is.EqualTo("The access token you provided is revoked, malformed or invalid."));
        Assert.That(error.Message, Does.Contain("Re-authorize the app"));
        Assert.That(emulator.Requests.Count(r => r.Operation == "getOrder"), Is.EqualTo(2));
        Assert.That(emulator.Requests.Count(r => r.Operation == "lwaToken"), Is.EqualTo(2));
    }

    private static (Emu.SpApiEmulator Emulator, SellingPartnerApiClient Client) StartEmulator(int revocations)
    {
        var options = new Emu.EmulatorOptions { Seed = 5, OrderCount = 3, Faults = new Emu.FaultOptions { RevokeAccessTokens = revocations } };
        var emulator = new Emu.SpApiEmulator(options);
        var factory = new SellingPartnerApiClientFactory(emulator.CreateHandler(), emulator.Time);
        var client = factory.Create(new SellingPartnerApiOptions
        {
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            RefreshToken = options.RefreshToken,
            SellerId = options.SellerId
        });
        return (emulator, client);
    }
}
