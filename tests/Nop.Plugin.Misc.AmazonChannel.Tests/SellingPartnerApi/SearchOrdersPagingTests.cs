using System.Net;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>searchOrders paging: token cycles and runaway walks stop with an error naming the window; the newest version of an order wins.</summary>
public class SearchOrdersPagingTests
{
    private static readonly DateTimeOffset _from = TestOptions.Start.AddHours(-1);
    private static readonly DateTimeOffset _to = TestOptions.Start.AddMinutes(-2);

    private static SearchOrdersQuery Window(int maxPages = SearchOrdersQuery.DefaultMaxPages) =>
        new() { LastUpdatedAfter = _from, LastUpdatedBefore = _to, MaxPages = maxPages };

    private static string OrderJson(string id, string updated) =>
        $"{{\"orderId\":\"{id}\",\"createdTime\":\"2026-02-01T00:00:00Z\",\"lastUpdatedTime\":\"{updated}\",\"salesChannel\":{{\"channelName\":\"AMAZON\"}},\"orderItems\":[]}}";

    private static HttpResponseMessage Page(string? nextToken, params string[] orders)
    {
        var pagination = nextToken is null ? string.Empty : $",\"pagination\":{{\"nextToken\":\"{nextToken}\"}}";
        return StubHandler.Json(HttpStatusCode.OK, $"{{\"orders\":[{string.Join(',', orders)}]{pagination}}}");
    }

    /// <summary>Answers page n (1-based) with the n-th next token of <paramref name="tokens"/> (null ends the walk).</summary>
    private static (SellingPartnerApiClient Client, StubHandler Handler) Scripted(params string?[] tokens)
    {
        var calls = 0;
        var handler = StubHandler.WithToken(_ =>
        {
            var n = Interlocked.Increment(ref calls);
            return Page(n <= tokens.Length ? tokens[n - 1] : null, OrderJson($"order-{n}", "2026-02-01T00:00:00Z"));
        });
        return (Create(handler), handler);
    }

    private static SellingPartnerApiClient Create(StubHandler handler) =>
        new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)) { Random = () => 0.5 }.Create(TestOptions.Create());

    private static async Task<List<Order>> ReadAll(SellingPartnerApiClient client, SearchOrdersQuery query)
    {
        var orders = new List<Order>();
        await foreach (var order in client.Orders.SearchOrdersAsync(query, CancellationToken.None))
            orders.Add(order);
        return orders;
    }

    [TestCase(new[] { "A", "B", "A" }, 3)]
    [TestCase(new[] { "A", "B", "C", "B" }, 4)]
    public void ATokenCycle_StopsWithAnErrorNamingTheWindow(string[] tokens, int pages)
    {
        var (client, handler) = Scripted(tokens);

        var error = Assert.ThrowsAsync<SearchOrdersPagingException>(() => ReadAll(client, Window()));

        Assert.That(error!.Message, Does.Contain("cycle").And.Contain("lastUpdatedAfter 2026-03-01T11:00:00Z").And.Contain("lastUpdatedBefore 2026-03-01T11:58:00Z"));
        Assert.That(error.Pages, Is.EqualTo(pages));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(pages), "no request after the cycle was seen");
    }

    [Test]
    public async Task ARepeatedPage_IsNoCycle()
    {
        var (client, _) = Scripted("A", "A", "B");

        var orders = await ReadAll(client, Window());

        Assert.That(orders.Select(o => o.OrderId), Is.EqualTo(new[] { "order-1", "order-2", "order-3", "order-4" }));
    }

    [Test]
    public void MorePagesThanTheCap_StopWithAnError()
    {
        // 50 pages, far more than the cap of 5 (and finite, so a walk without a cap ends instead of hanging).
        var calls = 0;
        var handler = StubHandler.WithToken(_ =>
        {
            var n = Interlocked.Increment(ref calls);
            return Page(n < 50 ? $"T{n}" : null, OrderJson($"order-{n}", "2026-02-01T00:00:00Z"));
        });
        var client = Create(handler);

        var error = Assert.ThrowsAsync<SearchOrdersPagingException>(() => ReadAll(client, Window(maxPages: 5)));

        Assert.That(error!.Message, Does.Contain("limit of 5 pages").And.Contain("lastUpdatedAfter 2026-03-01T11:00:00Z"));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(5));
    }

    [Test]
    public async Task AWalkOfExactlyTheCap_Completes()
    {
        var (client, handler) = Scripted("A", "B", null);

        var orders = await ReadAll(client, Window(maxPages: 3));

        Assert.That(orders, Has.Count.EqualTo(3));
        Assert.That(handler.ApiRequests.Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task TheSameOrderTwiceInOnePage_IsReturnedOnceInItsNewestVersion()
    {
        var handler = StubHandler.WithToken(_ => Page(null,
            OrderJson("X", "2026-02-01T10:00:00Z"), OrderJson("Y", "2026-02-01T09:00:00Z"), OrderJson("X", "2026-02-01T12:00:00Z")));

        var orders = await ReadAll(Create(handler), Window());

        Assert.That(orders.Select(o => (o.OrderId, o.LastUpdatedTime.Hour)), Is.EqualTo(new[] { ("X", 12), ("Y", 9) }));
    }

    [Test]
    public async Task AcrossPages_TheLastVersionReturnedIsTheNewest()
    {
        var calls = 0;
        var handler = StubHandler.WithToken(_ => Interlocked.Increment(ref calls) switch
        {
            1 => Page("P2", OrderJson("X", "2026-02-01T10:00:00Z"), OrderJson("Y", "2026-02-01T12:00:00Z")),
            _ => Page(null, OrderJson("X", "2026-02-01T11:00:00Z"), OrderJson("Y", "2026-02-01T08:00:00Z"))
        });

        var orders = await ReadAll(Create(handler), Window());

        Assert.That(orders.Select(o => (o.OrderId, o.LastUpdatedTime.Hour)), Is.EqualTo(new[] { ("X", 10), ("Y", 12), ("X", 11) }),
            "a newer X is returned again; an older Y is not");
    }
}
