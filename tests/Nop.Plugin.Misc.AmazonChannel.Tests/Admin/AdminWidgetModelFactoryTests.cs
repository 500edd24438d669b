using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Services.Helpers;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The dashboard card's counts and the order page panel, on SQLite with the admin in UTC.</summary>
public class AdminWidgetModelFactoryTests : DatabaseTestBase
{
    private static readonly DateTime _now = new(2026, 12, 5, 15, 0, 0, DateTimeKind.Utc);

    private AdminWidgetModelFactory _factory = null!;
    private int _accountId;

    [SetUp]
    public async Task SetUp()
    {
        var time = new ManualTimeProvider(_now);
        var dateTimeHelper = new Mock<IDateTimeHelper>();
        dateTimeHelper.Setup(h => h.GetCurrentTimeZoneAsync()).ReturnsAsync(TimeZoneInfo.Utc);
        dateTimeHelper.Setup(h => h.ConvertToUserTimeAsync(It.IsAny<DateTime>(), DateTimeKind.Utc)).ReturnsAsync((DateTime utc, DateTimeKind _) => utc);
        dateTimeHelper.Setup(h => h.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>())).Returns((DateTime local, TimeZoneInfo _) => local);
        var clock = new AdminClock(dateTimeHelper.Object, time);
        var localization = AdminTestKit.PluginResources().Object;
        var query = new AmazonOrderGridQuery(Database.GetRepository<AmazonOrderLink>(), Database.GetRepository<AmazonOrderItemLink>(),
            Database.GetRepository<AmazonSyncError>(), time);
        var accounts = new AmazonAccountService(Database.GetRepository<AmazonAccount>(), Mock.Of<IEncryptionService>(), time);
        _factory = new AdminWidgetModelFactory(query, new AmazonOrderModelFactory(accounts, query, clock, localization), Database.GetRepository<AmazonOrderLink>(),
            Database.GetRepository<AmazonOutboundRequest>(), clock, localization);
        _accountId = (await EntityFactory.InsertAccountAsync(Database)).Id;
    }

    private async Task<AmazonOrderLink> LinkAsync(string id, DateTime shipBy, int? orderId = null, bool onHold = false)
    {
        var link = new AmazonOrderLink
        {
            AccountId = _accountId, AmazonOrderId = id, MarketplaceId = "ATVPDKIKX0DER", AmazonOrderStatus = AmazonOrderStatus.Unshipped, OrderId = orderId, IsOnHold = onHold,
            FulfillmentChannel = AmazonFulfillmentChannel.Merchant, SyncStatus = AmazonOrderSyncStatus.Imported, LatestShipDateUtc = shipBy,
            PurchaseDateUtc = _now.AddDays(-1), CreatedOnUtc = _now, UpdatedOnUtc = _now
        };
        await Database.GetRepository<AmazonOrderLink>().InsertAsync(link);
        return link;
    }

    private async Task RequestAsync(int? linkId, AmazonOutboundRequestState state, string key)
    {
        await Database.GetRepository<AmazonOutboundRequest>().InsertAsync(new AmazonOutboundRequest
        {
            AccountId = _accountId, OrderLinkId = linkId, AmazonOrderId = "x", Kind = AmazonOutboundRequestKind.ShipmentConfirmation, State = state,
            IdempotencyKey = key, Payload = "{}", FeedId = "F-1", ResultCode = state == AmazonOutboundRequestState.Rejected ? "25" : null,
            ResultMessage = state == AmazonOutboundRequestState.Rejected ? "Carrier <b>unknown</b>" : null, CreatedOnUtc = _now, UpdatedOnUtc = _now
        });
    }

    [Test]
    public async Task DashboardCard_CountsTodaysWork()
    {
        await LinkAsync("late", _now.AddHours(-2));
        await LinkAsync("due", _now.AddHours(3));
        await LinkAsync("due-2", _now.AddHours(4), onHold: true);
        await LinkAsync("later", _now.AddDays(2));
        await RequestAsync(null, AmazonOutboundRequestState.AwaitingApproval, "a");
        await RequestAsync(null, AmazonOutboundRequestState.Pending, "b");
        await RequestAsync(null, AmazonOutboundRequestState.Accepted, "c");
        var errors = new AmazonSyncErrorService(Database.GetRepository<AmazonSyncError>(), new ManualTimeProvider(_now));
        await errors.RecordAsync(_accountId, null, "late", AmazonSyncErrorKind.UnknownSku, "SKU X unknown");

        var card = await _factory.PrepareDashboardCardAsync();

        Assert.That((card.DueToday, card.Late, card.OnHold, card.SyncErrors, card.QueueWaiting), Is.EqualTo((2, 1, 1, 1, 2)));
    }

    [Test]
    public async Task OrderPanel_ShowsTheAmazonSideAndTheRequests_OnlyForAmazonOrders()
    {
        var link = await LinkAsync("114-1", _now.AddHours(-1), orderId: 42, onHold: true);
        await RequestAsync(link.Id, AmazonOutboundRequestState.Rejected, "r");

        var panel = await _factory.PrepareOrderPanelAsync(42);

        Assert.That(panel, Is.Not.Null);
        Assert.That((panel!.Order.AmazonOrderId, panel.Order.IsLate, panel.Order.IsOnHold), Is.EqualTo(("114-1", true, true)));
        var request = panel.Requests.Single();
        Assert.That((request.Kind, request.State, request.FeedId), Is.EqualTo(("Shipment confirmation", "Rejected", "F-1")));
        Assert.That(request.Result, Is.EqualTo("25: Carrier <b>unknown</b>"), "raw text; the view encodes it");
        Assert.That(await _factory.PrepareOrderPanelAsync(43), Is.Null, "a store order that did not come from Amazon");
        Assert.That(await _factory.PrepareOrderPanelAsync(0), Is.Null);
    }
}
