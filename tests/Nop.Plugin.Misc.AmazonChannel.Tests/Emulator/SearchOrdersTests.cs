using System.Net;
using System.Text.Json.Nodes;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

[TestFixture]
public class SearchOrdersTests
{
    private const string Search = "/orders/2026-01-01/orders";

    [Test]
    public async Task Pagination_walks_every_order_exactly_once_and_the_last_page_has_no_pagination()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 57;
            o.MarketplaceIds = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"];
        });
        var seen = new List<string>();
        string? token = null;
        JsonNode page;
        var pages = 0;
        do
        {
            var query = $"{Search}?createdAfter=2026-02-01T00:00:00Z&marketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2&maxResultsPerPage=10";
            if (token is not null)
                query += "&paginationToken=" + Uri.EscapeDataString(token);
            using var response = await kit.GetAsync(query);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            page = await EmulatorTestKit.ReadJsonAsync(response);
            seen.AddRange(page["orders"]!.AsArray().Select(o => o!["orderId"]!.GetValue<string>()));
            token = page["pagination"]?["nextToken"]?.GetValue<string>();
            pages++;
        }
        while (token is not null);

        Assert.That(pages, Is.EqualTo(6));
        Assert.That(page.AsObject().ContainsKey("pagination"), Is.False);
        Assert.That(seen, Is.Unique);
        Assert.That(seen, Is.EquivalentTo(kit.Emulator.State.Orders.Keys));
        Assert.That(page["createdBefore"]!.GetValue<string>(), Is.EqualTo("2026-03-02T11:58:00Z"));
    }

    [TestCase("", "no *After")]
    [TestCase("createdAfter=2026-02-01T00:00:00Z&lastUpdatedAfter=2026-02-01T00:00:00Z", "both *After")]
    [TestCase("createdAfter=2026-02-01T00:00:00Z&lastUpdatedBefore=2026-02-02T00:00:00Z", "mixed")]
    [TestCase("createdAfter=yesterday", "not ISO 8601")]
    [TestCase("createdAfter=2026-02-01T00:00:00Z&createdBefore=2026-03-02T11:59:00Z", "before within 2 minutes of now")]
    [TestCase("createdAfter=2026-02-10T00:00:00Z&createdBefore=2026-02-01T00:00:00Z", "before earlier than after")]
    [TestCase("createdAfter=2026-02-01T00:00:00Z&maxResultsPerPage=101", "page size too large")]
    [TestCase("createdAfter=2026-02-01T00:00:00Z&fulfillmentStatuses=CANCELED", "v0 spelling")]
    [TestCase("createdAfter=2026-02-01T00:00:00Z&marketplaceIds=A1PA6795UKMFR9", "marketplace not participating")]
    [TestCase("createdAfter=2026-02-01T00:00:00Z&paginationToken=bogus", "unknown token")]
    public async Task Invalid_parameters_get_400_InvalidInput(string query, string why)
    {
        using var kit = new EmulatorTestKit();

        using var response = await kit.GetAsync($"{Search}?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), why);
        Assert.That(await EmulatorTestKit.ErrorCodeAsync(response), Is.EqualTo("InvalidInput"), why);
        Assert.That(response.Headers.GetValues("x-amzn-RateLimit-Limit").Single(), Is.EqualTo("0.0056"));
    }

    [Test]
    public async Task Pagination_token_requires_the_same_filters_but_page_size_may_change()
    {
        using var kit = new EmulatorTestKit(o => o.OrderCount = 30);
        var first = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"{Search}?createdAfter=2026-02-01T00:00:00Z&maxResultsPerPage=5"));
        var token = Uri.EscapeDataString(first["pagination"]!["nextToken"]!.GetValue<string>());

        using var changedFilter = await kit.GetAsync($"{Search}?createdAfter=2026-02-02T00:00:00Z&paginationToken={token}");
        using var changedSize = await kit.GetAsync($"{Search}?createdAfter=2026-02-01T00:00:00Z&maxResultsPerPage=20&includedData=FULFILLMENT&paginationToken={token}");

        Assert.That(changedFilter.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(changedSize.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await EmulatorTestKit.ReadJsonAsync(changedSize))["orders"]!.AsArray(), Has.Count.EqualTo(20));
    }

    [Test]
    public async Task Filters_by_status_fulfilled_by_and_last_updated()
    {
        using var kit = new EmulatorTestKit(o => o.OrderCount = 80);
        var state = kit.Emulator.State.Orders.Values.ToArray();

        var unshipped = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"{Search}?createdAfter=2026-02-01T00:00:00Z&fulfillmentStatuses=UNSHIPPED,PARTIALLY_SHIPPED&fulfilledBy=MERCHANT&includedData=FULFILLMENT"));
        var since = new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);
        var updated = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"{Search}?lastUpdatedAfter=2026-03-02T06:00:00Z"));

        var ids = unshipped["orders"]!.AsArray().Select(o => o!["orderId"]!.GetValue<string>()).ToArray();
        Assert.That(ids, Is.EquivalentTo(state.Where(o => o is { Status: "UNSHIPPED" or "PARTIALLY_SHIPPED", IsFba: false }).Select(o => o.OrderId)));
        Assert.That(unshipped["orders"]!.AsArray().All(o => o!["fulfillment"]!["fulfilledBy"]!.GetValue<string>() == "MERCHANT"), Is.True);
        Assert.That(updated["orders"]!.AsArray().Select(o => o!["orderId"]!.GetValue<string>()),
            Is.EquivalentTo(state.Where(o => o.LastUpdatedTime >= since && o.LastUpdatedTime <= EmulatorTestKit.Start.AddMinutes(-2)).Select(o => o.OrderId)));
        Assert.That(updated["lastUpdatedBefore"], Is.Not.Null);
    }
}
