using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// One bad order never blocks the others: Amazon's JSON read order by order through the plugin's own client and
/// source, every failure a sync error on that order naming the field, never its value.
/// </summary>
public class MalformedOrderTests
{
    private const string Secret = "SECRET-GARBAGE-VALUE";

    private ImportHarness _harness = null!;
    private string _page = "{\"orders\":[]}";
    private readonly Dictionary<string, string> _getOrder = [];

    [SetUp]
    public void SetUp()
    {
        var handler = StubHandler.WithToken(request =>
        {
            var path = request.Uri.AbsolutePath;
            if (path.EndsWith("/orders", StringComparison.Ordinal))
                return StubHandler.Json(HttpStatusCode.OK, _page, ("x-amzn-RequestId", "req-page"));
            var id = path[(path.LastIndexOf('/') + 1)..];
            return _getOrder.TryGetValue(id, out var body)
                ? StubHandler.Json(HttpStatusCode.OK, body, ("x-amzn-RequestId", "req-get-" + id))
                : StubHandler.Json(HttpStatusCode.NotFound, "{\"errors\":[{\"code\":\"NotFound\",\"message\":\"no\"}]}");
        });
        _harness = new ImportHarness(services =>
        {
            services.RemoveAll<IAmazonOrderSource>();
            services.AddSellingPartnerApiHandler(handler);
        });
        _harness.Store.AddProduct("SKU-1");
        // A checkpoint an hour ago: the window is read with searchOrders.
        _harness.Database.GetRepository<AmazonSyncCheckpoint>().Insert(new AmazonSyncCheckpoint
        {
            AccountId = _harness.Account.Id, MarketplaceId = MoneyFixtures.AmazonCom, SyncKind = AmazonSyncKind.Orders,
            SyncedUpToUtc = _harness.Time.GetUtcNow().UtcDateTime.AddHours(-1), UpdatedOnUtc = _harness.Time.GetUtcNow().UtcDateTime
        });
    }

    [TearDown]
    public void TearDown() => _harness.Dispose();

    private JsonObject GoodOrder(string orderId)
    {
        var order = MoneyFixtures.Order(orderId, MoneyFixtures.AmazonCom, "USD", "US", 10.00m,
            [MoneyFixtures.Line(orderId + "-i1", "SKU-1", 1, 10.00m, "USD", new Proceed("ITEM", 10.00m))]);
        var node = JsonSerializer.SerializeToNode(order, SpApiJson.Options)!.AsObject();
        node["lastUpdatedTime"] = _harness.Time.GetUtcNow().UtcDateTime.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        return node;
    }

    private JsonObject Broken(string orderId, Action<JsonObject> breakIt)
    {
        var order = GoodOrder(orderId);
        breakIt(order);
        return order;
    }

    private static JsonObject Item(JsonObject order) => order["orderItems"]![0]!.AsObject();

    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    [TestCase("1e3")]
    [TestCase("12,50")]
    [TestCase("1,234.56")]
    [TestCase("79228162514264337593543950336")]
    [TestCase("")]
    [TestCase(" 10.00")]
    [TestCase("+10.00")]
    [TestCase("10.")]
    [TestCase(".5")]
    [TestCase("0x0A")]
    public async Task AJsonAmountNotInAmazonsDecimalFormat_SetsTheOrderAside_NeverZeroOrScaled(string amount)
    {
        _page = new JsonObject
        {
            ["orders"] = new JsonArray(GoodOrder("111-0000000-0000021"),
                Broken("111-0000000-0000022", o => Item(o)["proceeds"]!["breakdowns"]![0]!["subtotal"]!["amount"] = amount))
        }.ToJsonString();

        await _harness.CreateImportService().ImportWindowAsync(_harness.Account, MoneyFixtures.AmazonCom);

        Assert.That(_harness.Store.Orders.Select(o => o.CustomOrderNumber), Is.EqualTo(new[] { "111-0000000-0000021" }));
        var error = (await _harness.OpenErrorsAsync()).Single();
        Assert.That(Describe(error), Is.EqualTo("Import.InvalidAmount orderItems[0].proceeds.breakdowns[ITEM].subtotal.amount"));
        Assert.That((await _harness.LinkAsync("111-0000000-0000022")).SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.Failed));
    }

    [Test]
    public async Task APageWithBadOrders_StillImportsEveryGoodOrder_AndSetsEachBadOneAsideNamingTheField()
    {
        var orders = new[]
        {
            GoodOrder("111-0000000-0000001"),
            Broken("111-0000000-0000002", o => o["createdTime"] = Secret),
            Broken("111-0000000-0000003", o => Item(o)["quantityOrdered"] = JsonValue.Create(1e40)),
            Broken("111-0000000-0000004", o => o["orderItems"] = null),
            Broken("111-0000000-0000005", o => o["fulfillment"]!["fulfillmentStatus"] = "TELEPORTED"),
            Broken("111-0000000-0000006", o => Item(o)["proceeds"]!["breakdowns"]![0]!["subtotal"]!["amount"] = "NaN"),
            Broken("111-0000000-0000007", o => Item(o)["product"]!["sellerSku"] = null),
            Broken("111-0000000-0000008", o => Item(o)["quantityOrdered"] = 0),
            Broken("111-0000000-0000009", o => o["orderItems"]!.AsArray().Add(Item(o).DeepClone())),
            GoodOrder("111-0000000-0000010")
        };
        _page = new JsonObject { ["orders"] = new JsonArray(orders.Select(o => (JsonNode)o).ToArray()) }.ToJsonString();

        await _harness.CreateImportService().ImportWindowAsync(_harness.Account, MoneyFixtures.AmazonCom);

        Assert.That(_harness.Store.Orders.Select(o => o.CustomOrderNumber), Is.EquivalentTo(new[] { "111-0000000-0000001", "111-0000000-0000010" }));
        var errors = (await _harness.OpenErrorsAsync()).ToDictionary(e => e.AmazonOrderId!);
        Assert.That(errors.Keys, Is.EquivalentTo(Enumerable.Range(2, 8).Select(n => $"111-0000000-{n:0000000}")));
        Assert.That(Describe(errors["111-0000000-0000002"]), Is.EqualTo("Import.InvalidField createdTime"));
        Assert.That(Describe(errors["111-0000000-0000003"]), Is.EqualTo("Import.InvalidField orderItems[0].quantityOrdered"));
        Assert.That(Describe(errors["111-0000000-0000004"]), Is.EqualTo("Import.MissingField orderItems"));
        Assert.That(Describe(errors["111-0000000-0000005"]), Is.EqualTo("Import.UnknownStatus fulfillment.fulfillmentStatus"));
        Assert.That(Describe(errors["111-0000000-0000006"]), Is.EqualTo("Import.InvalidAmount orderItems[0].proceeds.breakdowns[ITEM].subtotal.amount"));
        Assert.That(Describe(errors["111-0000000-0000007"]), Is.EqualTo("Import.MissingField orderItems[0].sellerSku"));
        Assert.That(errors["111-0000000-0000008"].Code, Is.EqualTo("Import.QuantityOutOfRange"));
        Assert.That(errors["111-0000000-0000009"].Code, Is.EqualTo("Import.DuplicateOrderItem"));
        foreach (var (orderId, error) in errors)
        {
            var link = await _harness.LinkAsync(orderId);
            Assert.That((link.SyncStatus, link.LastError), Is.EqualTo((AmazonOrderSyncStatus.Failed, error.Message)), orderId);
            Assert.That(error.OrderLinkId, Is.EqualTo(link.Id));
        }
        Assert.That(await _harness.ItemLinksAsync((await _harness.LinkAsync("111-0000000-0000009")).Id), Is.Empty, "duplicate items are not merged into one");
        Assert.That(errors.Values.Select(e => e.Message + e.Arguments + e.Details).Concat(_harness.Store.LogLines), Has.None.Contains(Secret));

        var checkpoint = (await _harness.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q)).Single(c => c.SyncKind == AmazonSyncKind.Orders);
        Assert.That(checkpoint.SyncedUpToUtc, Is.EqualTo(_harness.Time.GetUtcNow().UtcDateTime - AmazonOrderImportService.WindowEndLag), "set-aside orders do not hold the window");
    }

    [Test]
    public async Task ImportByIdAndRetry_GiveTheSameClearError_AndTheOrderImportsOnceAmazonsDataIsSound()
    {
        const string orderId = "111-0000000-0000020";
        _getOrder[orderId] = new JsonObject { ["order"] = Broken(orderId, o => o["lastUpdatedTime"] = Secret) }.ToJsonString();
        var service = _harness.CreateImportService();

        Assert.That(await service.ImportByAmazonOrderIdAsync(_harness.Account, orderId), Is.EqualTo(OrderImportOutcome.Failed));
        var link = await _harness.LinkAsync(orderId);
        Assert.That(await service.RetryAsync(link.Id), Is.EqualTo(OrderImportOutcome.Failed));

        var error = (await _harness.OpenErrorsAsync()).Single();
        Assert.That(Describe(error), Is.EqualTo("Import.InvalidField lastUpdatedTime"));
        Assert.That(error.Details, Is.EqualTo("Amazon request ID req-get-" + orderId));
        Assert.That(error.Message + error.Arguments, Does.Not.Contain(Secret));

        _getOrder[orderId] = new JsonObject { ["order"] = GoodOrder(orderId) }.ToJsonString();
        Assert.That(await service.RetryAsync(link.Id), Is.EqualTo(OrderImportOutcome.Created));
        Assert.That(await _harness.OpenErrorsAsync(), Is.Empty, "a successful import resolves the order's errors");
        Assert.That((await _harness.LinkAsync(orderId)).LastError, Is.Null);
    }

    private static string Describe(AmazonSyncError error) => $"{error.Code} {error.GetArguments()[1]}";
}
