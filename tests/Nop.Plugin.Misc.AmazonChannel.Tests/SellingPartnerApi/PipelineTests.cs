using System.Net;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>Retries, errors, endpoints and the 401 refresh, against a scripted handler.</summary>
public class PipelineTests
{
    private const string OrderJson = """{"order":{"orderId":"111-0000000-0000001","createdTime":"2026-02-01T00:00:00Z","lastUpdatedTime":"2026-02-01T00:00:00Z","salesChannel":{"channelName":"AMAZON"},"orderItems":[]}}""";
    private const string ErrorJson = """{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}""";

    private static (SellingPartnerApiClient Client, JumpingClock Clock) Create(StubHandler handler, Action<SellingPartnerApiOptions>? configure = null)
    {
        var clock = new JumpingClock(TestOptions.Start);
        var options = TestOptions.Create();
        configure?.Invoke(options);
        var factory = new SellingPartnerApiClientFactory(handler, clock) { Random = () => 0.5 };
        return (factory.Create(options), clock);
    }

    [Test]
    public async Task Throttled_WithRetryAfter_WaitsThatLong_ThenSucceeds()
    {
        var calls = 0;
        var handler = StubHandler.WithToken(_ => Interlocked.Increment(ref calls) == 1
            ? StubHandler.Json(HttpStatusCode.TooManyRequests, ErrorJson, ("Retry-After", "7"))
            : StubHandler.Json(HttpStatusCode.OK, OrderJson));
        var (client, clock) = Create(handler);

        var order = await client.Orders.GetOrderAsync("111-0000000-0000001", null, CancellationToken.None);

        Assert.That(order.OrderId, Is.EqualTo("111-0000000-0000001"));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(2));
        Assert.That(clock.Waits, Does.Contain(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public async Task ServerErrors_AreRetriedWithGrowingBackoff_ThenSucceed()
    {
        var calls = 0;
        var handler = StubHandler.WithToken(_ => Interlocked.Increment(ref calls) <= 3
            ? StubHandler.Json(HttpStatusCode.ServiceUnavailable, """{"errors":[{"code":"ServiceUnavailable","message":"try later"}]}""")
            : StubHandler.Json(HttpStatusCode.OK, OrderJson));
        var (client, clock) = Create(handler);

        await client.Orders.GetOrderAsync("111-0000000-0000001", null, CancellationToken.None);

        // Random() = 0.5: half the step plus a quarter = 0.75 x 1 s, 2 s, 4 s.
        Assert.That(clock.Waits.Where(w => w >= TimeSpan.FromMilliseconds(500)), Is.EqualTo(new[] { TimeSpan.FromSeconds(0.75), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3) }));
    }

    [Test]
    public void RetriesExhausted_ThrowTypedError_WithStatusCodesAndRequestId()
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.TooManyRequests, ErrorJson, ("x-amzn-RequestId", "req-42")));
        var (client, _) = Create(handler, options => options.MaxRetries = 2);

        var error = Assert.ThrowsAsync<SellingPartnerApiException>(() => client.Orders.GetOrderAsync("111-0000000-0000001", null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(error.IsThrottled, Is.True);
            Assert.That(error.IsTransient, Is.True);
            Assert.That(error.Attempts, Is.EqualTo(3));
            Assert.That(error.Operation, Is.EqualTo("getOrder"));
            Assert.That(error.ErrorCode, Is.EqualTo("QuotaExceeded"));
            Assert.That(error.RequestId, Is.EqualTo("req-42"));
            Assert.That(error.Message, Does.Contain("req-42").And.Contain("QuotaExceeded"));
            Assert.That(handler.ApiRequests.Count(), Is.EqualTo(3));
        });
    }

    [Test]
    public void ClientErrors_AreNotRetried()
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.Forbidden, """{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}"""));
        var (client, _) = Create(handler);

        var error = Assert.ThrowsAsync<SellingPartnerApiException>(() => client.Orders.GetOrderAsync("111-0000000-0000001", null, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(error.IsTransient, Is.False);
        Assert.That(error.Message, Does.Contain("re-authorize"));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task NetworkErrorsAndTimeouts_AreRetried()
    {
        var calls = 0;
        var handler = StubHandler.WithToken(_ => Interlocked.Increment(ref calls) switch
        {
            1 => throw new HttpRequestException("connection reset"),
            2 => throw new TaskCanceledException("timeout", new TimeoutException()),
            _ => StubHandler.Json(HttpStatusCode.OK, OrderJson)
        });
        var (client, _) = Create(handler);

        var order = await client.Orders.GetOrderAsync("111-0000000-0000001", null, CancellationToken.None);

        Assert.That(order.OrderId, Is.EqualTo("111-0000000-0000001"));
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public void NetworkErrors_Exhausted_ThrowTypedErrorWithoutStatus()
    {
        var handler = StubHandler.WithToken(_ => throw new HttpRequestException("no route to host"));
        var (client, _) = Create(handler, options => options.MaxRetries = 1);

        var error = Assert.ThrowsAsync<SellingPartnerApiException>(() => client.Orders.GetOrderAsync("111-0000000-0000001", null, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.Null);
        Assert.That(error.IsTransient, Is.True);
        Assert.That(error.Attempts, Is.EqualTo(2));
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task Unauthorized_RefreshesTheTokenOnce()
    {
        var calls = 0;
        var handler = StubHandler.WithToken(_ => Interlocked.Increment(ref calls) == 1
            ? StubHandler.Json(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Unauthorized","message":"The access token you provided has expired."}]}""")
            : StubHandler.Json(HttpStatusCode.OK, OrderJson));
        var (client, _) = Create(handler);

        await client.Orders.GetOrderAsync("111-0000000-0000001", null, CancellationToken.None);

        Assert.That(handler.TokenRequests, Is.EqualTo(2));
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public void CancelledCall_ThrowsOperationCanceled_AndDoesNotRetry()
    {
        using var cts = new CancellationTokenSource();
        var handler = StubHandler.WithToken(_ =>
        {
            cts.Cancel();
            throw new TaskCanceledException();
        });
        var (client, _) = Create(handler);

        Assert.That(() => client.Orders.GetOrderAsync("111-0000000-0000001", null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(1));
    }

    [TestCase(SellingPartnerRegion.NorthAmerica, false, "https://sellingpartnerapi-na.amazon.com/")]
    [TestCase(SellingPartnerRegion.Europe, false, "https://sellingpartnerapi-eu.amazon.com/")]
    [TestCase(SellingPartnerRegion.FarEast, false, "https://sellingpartnerapi-fe.amazon.com/")]
    [TestCase(SellingPartnerRegion.NorthAmerica, true, "https://sandbox.sellingpartnerapi-na.amazon.com/")]
    [TestCase(SellingPartnerRegion.Europe, true, "https://sandbox.sellingpartnerapi-eu.amazon.com/")]
    [TestCase(SellingPartnerRegion.FarEast, true, "https://sandbox.sellingpartnerapi-fe.amazon.com/")]
    public void Endpoint_IsResolvedFromRegionAndSandbox(SellingPartnerRegion region, bool sandbox, string expected)
    {
        var options = new SellingPartnerApiOptions { Region = region, UseSandbox = sandbox };
        Assert.That(options.ResolveEndpoint().AbsoluteUri, Is.EqualTo(expected));
    }

    [Test]
    public async Task EndpointOverride_WinsAndKeepsItsBasePath()
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.OK, OrderJson));
        var (client, _) = Create(handler, options => { options.EndpointOverride = new Uri("http://localhost:5080/spapi/"); options.UseSandbox = true; });

        await client.Orders.GetOrderAsync("111-0000000-0000001", [IncludedData.Buyer, IncludedData.Recipient], CancellationToken.None);

        Assert.That(handler.ApiRequests.Single().Uri.AbsoluteUri, Is.EqualTo("http://localhost:5080/spapi/orders/2026-01-01/orders/111-0000000-0000001?includedData=BUYER,RECIPIENT"));
    }

    [Test]
    public void Options_AreValidated()
    {
        var factory = new SellingPartnerApiClientFactory(StubHandler.WithToken(_ => new HttpResponseMessage(HttpStatusCode.OK)));
        Assert.That(() => factory.Create(new SellingPartnerApiOptions { ClientId = "x", ClientSecret = "y", SellerId = "s" }),
            Throws.ArgumentException.With.Message.Contains("RefreshToken"));
    }

    [Test]
    public void Request_RejectsUndeclaredQueryParameters() =>
        Assert.That(() => new SpApiRequest(SpApiOperations.GetReports).WithQuery("NextToken", "x"), Throws.InvalidOperationException);

    [Test]
    public void SearchOrdersQuery_NeedsExactlyOneOfCreatedAfterAndLastUpdatedAfter()
    {
        Assert.That(() => new SearchOrdersQuery().Validate(), Throws.ArgumentException);
        Assert.That(() => new SearchOrdersQuery { CreatedAfter = TestOptions.Start, LastUpdatedAfter = TestOptions.Start }.Validate(), Throws.ArgumentException);
        Assert.That(() => new SearchOrdersQuery { LastUpdatedAfter = TestOptions.Start, MaxResultsPerPage = 101 }.Validate(), Throws.ArgumentException);
        Assert.That(() => new SearchOrdersQuery { LastUpdatedAfter = TestOptions.Start }.Validate(), Throws.Nothing);
    }

    [Test]
    public async Task SearchOrders_RepeatedPage_IsRequestedAgain_AndOrdersAreReturnedOnce()
    {
        var calls = 0;
        var handler = StubHandler.WithToken(request =>
        {
            var n = Interlocked.Increment(ref calls);
            var token = n switch { 1 => "T1", 2 => "T1", _ => null };
            var pagination = token is null ? string.Empty : $",\"pagination\":{{\"nextToken\":\"{token}\"}}";
            var id = n == 3 ? "2" : "1";
            return StubHandler.Json(HttpStatusCode.OK, $"{{\"orders\":[{{\"orderId\":\"{id}\",\"createdTime\":\"2026-02-01T00:00:00Z\",\"lastUpdatedTime\":\"2026-02-01T00:00:00Z\",\"salesChannel\":{{\"channelName\":\"AMAZON\"}},\"orderItems\":[]}}]{pagination}}}");
        });
        var (client, _) = Create(handler);

        var ids = new List<string>();
        await foreach (var order in client.Orders.SearchOrdersAsync(new SearchOrdersQuery { CreatedAfter = TestOptions.Start.AddDays(-1) }, CancellationToken.None))
            ids.Add(order.OrderId);

        Assert.That(ids, Is.EqualTo(new[] { "1", "2" }));
        Assert.That(calls, Is.EqualTo(3));
    }

    [Test]
    public void SearchOrders_EndlessRepeatedToken_Stops()
    {
        var handler = StubHandler.WithToken(_ => StubHandler.Json(HttpStatusCode.OK, """{"orders":[],"pagination":{"nextToken":"SAME"}}"""));
        var (client, _) = Create(handler);

        Assert.That(async () =>
        {
            await foreach (var _ in client.Orders.SearchOrderPagesAsync(new SearchOrdersQuery { CreatedAfter = TestOptions.Start.AddDays(-1) }, CancellationToken.None))
            {
            }
        }, Throws.InstanceOf<SellingPartnerApiException>().With.Message.Contains("same pagination token"));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(1 + OrdersClient.MaxRepeatedPageTokens));
    }
}
