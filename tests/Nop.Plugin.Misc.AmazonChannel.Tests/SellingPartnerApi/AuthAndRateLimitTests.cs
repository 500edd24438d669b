using System.Net;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.RateLimiting;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>LWA token caching and errors; the token bucket; rate-limit header adaptation.</summary>
public class AuthAndRateLimitTests
{
    private const string OrderJson = """{"order":{"orderId":"1","createdTime":"2026-02-01T00:00:00Z","lastUpdatedTime":"2026-02-01T00:00:00Z","salesChannel":{"channelName":"AMAZON"},"orderItems":[]}}""";

    private static StubHandler TokenThen(Func<StubRequest, HttpResponseMessage> token, string api = OrderJson, params (string, string)[] headers) =>
        new(request => request.Uri.Host == "api.amazon.com" ? token(request) : StubHandler.Json(HttpStatusCode.OK, api, headers));

    [Test]
    public async Task TokenRequest_IsTheFormEncodedRefreshTokenGrant_AndTheTokenGoesInTheHeader()
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.OK, OrderJson));
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());

        await client.Orders.GetOrderAsync("1", null, CancellationToken.None);

        var token = handler.Requests.First();
        var form = System.Web.HttpUtility.ParseQueryString(token.BodyText);
        Assert.Multiple(() =>
        {
            Assert.That(token.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(token.Uri.AbsoluteUri, Is.EqualTo("https://api.amazon.com/auth/o2/token"));
            Assert.That(token.ContentType, Does.StartWith("application/x-www-form-urlencoded"));
            Assert.That(form["grant_type"], Is.EqualTo("refresh_token"));
            Assert.That(form["refresh_token"], Is.EqualTo(TestOptions.RefreshToken));
            Assert.That(form["client_id"], Is.EqualTo("amzn1.application-oa2-client.stub"));
            Assert.That(form["client_secret"], Is.EqualTo(TestOptions.ClientSecret));
            Assert.That(form["scope"], Is.Null);
            Assert.That(token.Headers.ContainsKey("x-amz-access-token"), Is.False);
            Assert.That(handler.ApiRequests.Single().Headers["x-amz-access-token"], Is.EqualTo("Atza|stub-access-token"));
        });
    }

    [Test]
    public async Task Token_IsCachedUntilAMinuteBeforeExpiry_AndSharedBetweenClientsOfTheSameAccount()
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.OK, OrderJson));
        var clock = new JumpingClock(TestOptions.Start);
        var factory = new SellingPartnerApiClientFactory(handler, clock);
        var first = factory.Create(TestOptions.Create());
        var second = factory.Create(TestOptions.Create());

        await first.Orders.GetOrderAsync("1", null, CancellationToken.None);
        await second.Orders.GetOrderAsync("1", null, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(3600 - 61));
        await first.Orders.GetOrderAsync("1", null, CancellationToken.None);
        Assert.That(handler.TokenRequests, Is.EqualTo(1));

        clock.Advance(TimeSpan.FromSeconds(2));
        await second.Orders.GetOrderAsync("1", null, CancellationToken.None);
        Assert.That(handler.TokenRequests, Is.EqualTo(2));
    }

    [Test]
    public async Task ConcurrentCallers_TriggerExactlyOneTokenRequest()
    {
        var handler = new StubHandler(request =>
        {
            if (request.Uri.Host != "api.amazon.com")
                return StubHandler.Json(HttpStatusCode.OK, OrderJson);
            Thread.Sleep(100);
            return StubHandler.Json(HttpStatusCode.OK, StubHandler.TokenJson);
        });
        var factory = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start));
        var clients = Enumerable.Range(0, 3).Select(_ => factory.Create(TestOptions.Create())).ToList();

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => clients[i % 3].Orders.GetOrderAsync("1", null, CancellationToken.None))));

        Assert.That(handler.TokenRequests, Is.EqualTo(1));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(24));
    }

    [Test]
    public void InvalidGrant_IsATypedError_TellingToReauthorize_WithoutRetrying()
    {
        var handler = TokenThen(_ => StubHandler.Json(HttpStatusCode.BadRequest, """{"error":"invalid_grant","error_description":"The request has an invalid grant parameter : refresh_token"}"""));
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());

        var error = Assert.ThrowsAsync<LwaAuthorizationException>(() => client.Orders.GetOrderAsync("1", null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.LwaError, Is.EqualTo("invalid_grant"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.Message, Does.Contain("re-authorize").And.Contain("refresh token"));
            Assert.That(error.Message, Does.Not.Contain(TestOptions.RefreshToken));
            Assert.That(handler.TokenRequests, Is.EqualTo(1));
            Assert.That(handler.ApiRequests, Is.Empty);
        });
    }

    [Test]
    public async Task InvalidGrant_ForManyConcurrentCallers_IsAskedOnce()
    {
        var handler = TokenThen(_ =>
        {
            Thread.Sleep(50);
            return StubHandler.Json(HttpStatusCode.BadRequest, """{"error":"invalid_grant","error_description":"revoked"}""");
        });
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());

        var calls = Enumerable.Range(0, 10).Select(_ => Task.Run(() => client.Orders.GetOrderAsync("1", null, CancellationToken.None))).ToList();
        foreach (var call in calls)
            Assert.That(async () => await call, Throws.InstanceOf<LwaAuthorizationException>());

        Assert.That(handler.TokenRequests, Is.EqualTo(1));
        await Task.CompletedTask;
    }

    [Test]
    public void InvalidClient_IsATypedError_TellingToCheckClientIdAndSecret()
    {
        var handler = TokenThen(_ => StubHandler.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed"}"""));
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());

        var error = Assert.ThrowsAsync<LwaAuthorizationException>(() => client.Sellers.GetMarketplaceParticipationsAsync(CancellationToken.None));

        Assert.That(error!.LwaError, Is.EqualTo("invalid_client"));
        Assert.That(error.Message, Does.Contain("client ID or client secret"));
    }

    [Test]
    public async Task TokenEndpoint_ServerErrors_AreRetried()
    {
        var calls = 0;
        var handler = TokenThen(_ => Interlocked.Increment(ref calls) == 1
            ? StubHandler.Json(HttpStatusCode.InternalServerError, "{}")
            : StubHandler.Json(HttpStatusCode.OK, StubHandler.TokenJson));
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());

        await client.Orders.GetOrderAsync("1", null, CancellationToken.None);

        Assert.That(handler.TokenRequests, Is.EqualTo(2));
    }

    [Test]
    public async Task TokenBucket_AdmitsTheBurst_ThenOneTokenPerRateInterval()
    {
        var clock = new JumpingClock(TestOptions.Start);
        var bucket = new TokenBucket(0.5, 3, clock);
        for (var i = 0; i < 3; i++)
            (await bucket.AcquireAsync(CancellationToken.None)).Consumed();
        Assert.That(clock.GetUtcNow(), Is.EqualTo(TestOptions.Start));

        (await bucket.AcquireAsync(CancellationToken.None)).Consumed();

        Assert.That(clock.GetUtcNow() - TestOptions.Start, Is.EqualTo(TimeSpan.FromSeconds(2) + TokenBucket.SafetyMargin));
    }

    [Test]
    public async Task TokenBucket_RequestsInFlight_HoldTheirToken_UntilAnswered()
    {
        var clock = new JumpingClock(TestOptions.Start);
        var bucket = new TokenBucket(1, 2, clock);
        var first = await bucket.AcquireAsync(CancellationToken.None);
        var second = await bucket.AcquireAsync(CancellationToken.None);
        Assert.That(bucket.InFlight, Is.EqualTo(2));
        Assert.That(bucket.Available, Is.EqualTo(0));

        first.NotSent();
        second.Throttled();

        Assert.That(bucket.InFlight, Is.Zero);
        Assert.That(bucket.Available, Is.EqualTo(0), "a 429 empties the bucket");
        clock.Advance(TimeSpan.FromHours(1));
        Assert.That(bucket.Available, Is.EqualTo(2), "never above the burst");
    }

    [Test]
    public void TokenBucket_CancelledWait_ThrowsAndHoldsNoToken()
    {
        var bucket = new TokenBucket(0.001, 1, new ManualClock(TestOptions.Start));
        _ = bucket.AcquireAsync(CancellationToken.None).AsTask().Result;
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.That(async () => await bucket.AcquireAsync(cts.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(bucket.InFlight, Is.EqualTo(1));
    }

    [TestCase("2.0", 2.0)]
    [TestCase("0.0167", 0.0167)]
    [TestCase("1000000", RateLimiterRegistry.MaxAcceptedRate)]
    [TestCase("abc", null)]
    [TestCase("-1", null)]
    [TestCase("", null)]
    public void RateHeader_IsParsedDefensively(string header, double? expected) =>
        Assert.That(RateLimiterRegistry.ParseRateHeader(header), Is.EqualTo(expected));

    [Test]
    public async Task RateHeader_AdaptsTheRate_ButNeverTheBurst()
    {
        var handler = TokenThen(_ => StubHandler.Json(HttpStatusCode.OK, StubHandler.TokenJson), OrderJson, ("x-amzn-RateLimit-Limit", "5.0"));
        var clock = new JumpingClock(TestOptions.Start);
        var factory = new SellingPartnerApiClientFactory(handler, clock);
        var client = factory.Create(TestOptions.Create());

        await client.Orders.GetOrderAsync("1", null, CancellationToken.None);

        var bucket = factory.RateLimiters.GetBucket("A1STUBSELLER", SpApiOperations.GetOrder);
        Assert.That(bucket.Rate, Is.EqualTo(5.0));
        Assert.That(bucket.Burst, Is.EqualTo(30));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.That(bucket.Available, Is.EqualTo(30));
    }

    [Test]
    public async Task TwoClientsOfTheSameSeller_ShareOneBucket_AndNeverExceedTheBurstTogether()
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.OK, """{"reportId":"R1"}"""));
        var clock = new JumpingClock(TestOptions.Start);
        var factory = new SellingPartnerApiClientFactory(handler, clock);
        var a = factory.Create(TestOptions.Create());
        var otherCredentials = TestOptions.Create();
        otherCredentials.ClientId = "another-app";
        var b = factory.Create(otherCredentials);
        var spec = new AmazonChannel.SellingPartnerApi.Reports.CreateReportSpecification { ReportType = "X", MarketplaceIds = ["M"] };

        // createReport: burst 15, rate 0.0167/s. 20 calls: 15 at once, then one per ~60 s.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).Reports.CreateReportAsync(spec, CancellationToken.None)));

        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(20));
        Assert.That(clock.GetUtcNow() - TestOptions.Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(5 / 0.0167)));
    }

    /// <summary>A clock whose timers use real time (to test cancellation of a real wait).</summary>
    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
