using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The Amazon orders grid's queries on a real (SQLite) database: tabs, filters, work lists and paging.</summary>
public class AmazonOrderGridQueryTests : DatabaseTestBase
{
    private static readonly DateTime _now = new(2026, 12, 5, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DayWindow _today = new(new DateTime(2026, 12, 5, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc));

    private AmazonOrderGridQuery _query = null!;
    private AmazonOrderAdminActions _actions = null!;
    private int _accountId;

    [SetUp]
    public async Task SetUp()
    {
        var time = new ManualTimeProvider(_now);
        _query = new AmazonOrderGridQuery(Database.GetRepository<AmazonOrderLink>(), Database.GetRepository<AmazonOrderItemLink>(),
            Database.GetRepository<AmazonSyncError>(), time);
        _actions = new AmazonOrderAdminActions(Database.GetRepository<AmazonOrderLink>(),
            new AmazonSyncErrorService(Database.GetRepository<AmazonSyncError>(), time), time);
        _accountId = (await EntityFactory.InsertAccountAsync(Database)).Id;
    }

    private async Task<AmazonOrderLink> InsertAsync(string amazonOrderId, Action<AmazonOrderLink> set)
    {
        var link = new AmazonOrderLink
        {
            AccountId = _accountId,
            AmazonOrderId = amazonOrderId,
            MarketplaceId = "ATVPDKIKX0DER",
            AmazonOrderStatus = AmazonOrderStatus.Unshipped,
            FulfillmentChannel = AmazonFulfillmentChannel.Merchant,
            SyncStatus = AmazonOrderSyncStatus.Imported,
            OrderTotal = 10m,
            CurrencyCode = "USD",
            PurchaseDateUtc = _now.AddDays(-1),
            LatestShipDateUtc = _now.AddDays(3),
            CreatedOnUtc = _now,
            UpdatedOnUtc = _now
        };
        set(link);
        await Database.GetRepository<AmazonOrderLink>().InsertAsync(link);
        return link;
    }

    private async Task<string[]> IdsAsync(AmazonOrderGridFilter filter) =>
        (await _query.SearchAsync(filter, 0, 100, _today)).Select(link => link.AmazonOrderId).Order(StringComparer.Ordinal).ToArray();

    [Test]
    public async Task Tabs_SeparateOpenFailedAndArchivedOrders()
    {
        await InsertAsync("ok", _ => { });
        await InsertAsync("failed", link => link.SyncStatus = AmazonOrderSyncStatus.Failed);
        await InsertAsync("error-text", link => link.LastError = "SKU X not found");
        await InsertAsync("archived", link => { link.IsArchived = true; link.SyncStatus = AmazonOrderSyncStatus.Failed; });

        Assert.That(await IdsAsync(new() { Tab = AmazonOrderGridTab.All }), Is.EqualTo(new[] { "error-text", "failed", "ok" }));
        Assert.That(await IdsAsync(new() { Tab = AmazonOrderGridTab.Errors }), Is.EqualTo(new[] { "error-text", "failed" }));
        Assert.That(await IdsAsync(new() { Tab = AmazonOrderGridTab.Archived }), Is.EqualTo(new[] { "archived" }));
    }

    [Test]
    public async Task Filters_NarrowTheList()
    {
        await InsertAsync("114-0000001", link => { link.OrderTotal = 5m; link.FulfillmentChannel = AmazonFulfillmentChannel.Amazon; link.AmazonOrderStatus = AmazonOrderStatus.Shipped; });
        await InsertAsync("114-0000002", link => { link.OrderTotal = 50m; link.MarketplaceId = "A2EUQ1WTGCTBG2"; });
        await InsertAsync("114-0000003", link => { link.OrderTotal = 500m; link.PurchaseDateUtc = _now.AddDays(-40); link.SyncStatus = AmazonOrderSyncStatus.Waiting; });

        Assert.That(await IdsAsync(new() { AmazonOrderId = " 0000002 " }), Is.EqualTo(new[] { "114-0000002" }));
        Assert.That(await IdsAsync(new() { MarketplaceId = "A2EUQ1WTGCTBG2" }), Is.EqualTo(new[] { "114-0000002" }));
        Assert.That(await IdsAsync(new() { AmazonStatus = AmazonOrderStatus.Shipped }), Is.EqualTo(new[] { "114-0000001" }));
        Assert.That(await IdsAsync(new() { FulfillmentChannel = AmazonFulfillmentChannel.Merchant }), Is.EqualTo(new[] { "114-0000002", "114-0000003" }));
        Assert.That(await IdsAsync(new() { SyncStatus = AmazonOrderSyncStatus.Waiting }), Is.EqualTo(new[] { "114-0000003" }));
        Assert.That(await IdsAsync(new() { TotalFrom = 10m, TotalTo = 100m }), Is.EqualTo(new[] { "114-0000002" }));
        Assert.That(await IdsAsync(new() { PurchasedFromUtc = _now.AddDays(-2), PurchasedToUtc = _now }), Is.EqualTo(new[] { "114-0000001", "114-0000002" }));
        Assert.That(await IdsAsync(new() { AccountId = _accountId + 1 }), Is.Empty);
    }

    [Test]
    public async Task WorkLists_FindLateDueTodayAndOnHoldOrders_AmongMerchantOrdersStillToShip()
    {
        await InsertAsync("late", link => link.LatestShipDateUtc = _now.AddHours(-1));
        await InsertAsync("due-today", link => link.LatestShipDateUtc = _now.AddHours(5));
        await InsertAsync("due-tomorrow", link => link.LatestShipDateUtc = _now.AddHours(12));
        await InsertAsync("late-but-shipped", link => { link.LatestShipDateUtc = _now.AddHours(-1); link.AmazonOrderStatus = AmazonOrderStatus.Shipped; });
        await InsertAsync("late-but-fba", link => { link.LatestShipDateUtc = _now.AddHours(-1); link.FulfillmentChannel = AmazonFulfillmentChannel.Amazon; });
        await InsertAsync("partly-late", link => { link.LatestShipDateUtc = _now.AddDays(-2); link.AmazonOrderStatus = AmazonOrderStatus.PartiallyShipped; });
        await InsertAsync("on-hold", link => link.IsOnHold = true);

        Assert.That(await IdsAsync(new() { WorkList = AmazonOrderWorkList.Late }), Is.EqualTo(new[] { "late", "partly-late" }));
        Assert.That(await IdsAsync(new() { WorkList = AmazonOrderWorkList.DueToday }), Is.EqualTo(new[] { "due-today" }));
        Assert.That(await IdsAsync(new() { WorkList = AmazonOrderWorkList.OnHold }), Is.EqualTo(new[] { "on-hold" }));
        Assert.That(await _query.CountAsync(new() { WorkList = AmazonOrderWorkList.Late }, _today), Is.EqualTo(2));
    }

    [Test]
    public async Task Pages_AreCutInTheDatabase_NewestPurchaseFirst()
    {
        for (var i = 0; i < 7; i++)
        {
            var day = i;
            await InsertAsync($"order-{i}", link => link.PurchaseDateUtc = _now.AddDays(-day));
        }

        var second = await _query.SearchAsync(new AmazonOrderGridFilter(), 1, 3, _today);

        Assert.That(second.TotalCount, Is.EqualTo(7));
        Assert.That(second.Select(link => link.AmazonOrderId), Is.EqualTo(new[] { "order-3", "order-4", "order-5" }));
    }

    [Test]
    public async Task UnshippedUnits_AreCountedPerOrderOfThePage()
    {
        var first = await InsertAsync("a", _ => { });
        var second = await InsertAsync("b", _ => { });
        var items = Database.GetRepository<AmazonOrderItemLink>();
        await items.InsertAsync(new AmazonOrderItemLink { OrderLinkId = first.Id, AmazonOrderItemId = "1", SellerSku = "S", QuantityOrdered = 3, QuantityShipped = 1 });
        await items.InsertAsync(new AmazonOrderItemLink { OrderLinkId = first.Id, AmazonOrderItemId = "2", SellerSku = "T", QuantityOrdered = 2, QuantityCancelled = 2 });
        await items.InsertAsync(new AmazonOrderItemLink { OrderLinkId = second.Id, AmazonOrderItemId = "3", SellerSku = "U", QuantityOrdered = 4 });

        var units = await _query.GetUnshippedUnitsAsync([first.Id]);

        Assert.That(units, Is.EqualTo(new Dictionary<int, int> { [first.Id] = 2 }));
    }

    [Test]
    public async Task Resolve_ClearsTheErrorsAndMovesAFailedOrderOutOfTheErrorsTab()
    {
        var link = await InsertAsync("failed", l => { l.SyncStatus = AmazonOrderSyncStatus.Failed; l.LastError = "SKU X not found"; });
        var errors = new AmazonSyncErrorService(Database.GetRepository<AmazonSyncError>(), new ManualTimeProvider(_now));
        await errors.RecordAsync(_accountId, link, link.AmazonOrderId, AmazonSyncErrorKind.UnknownSku, "SKU X not found");

        Assert.That(await _actions.ResolveAsync(link.Id), Is.True);

        Assert.That(await IdsAsync(new() { Tab = AmazonOrderGridTab.Errors }), Is.Empty);
        Assert.That(await errors.GetOpenErrorsAsync(link.Id), Is.Empty);
        var stored = await _actions.GetLinkAsync(link.Id);
        Assert.That(stored!.SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.NotImported));
        Assert.That(await _actions.ResolveAsync(link.Id + 100), Is.False);
    }

    [Test]
    public async Task Archive_AndUnarchive_ChangeOnlyTheGivenOrders()
    {
        var a = await InsertAsync("a", _ => { });
        var b = await InsertAsync("b", _ => { });

        Assert.That(await _actions.SetArchivedAsync([a.Id, b.Id], true), Is.EqualTo(2));
        Assert.That(await _actions.SetArchivedAsync([a.Id], true), Is.EqualTo(0), "already archived");
        Assert.That(await _actions.SetArchivedAsync([b.Id], false), Is.EqualTo(1));

        Assert.That(await IdsAsync(new() { Tab = AmazonOrderGridTab.Archived }), Is.EqualTo(new[] { "a" }));
        Assert.That(await IdsAsync(new() { Tab = AmazonOrderGridTab.All }), Is.EqualTo(new[] { "b" }));
    }
}
