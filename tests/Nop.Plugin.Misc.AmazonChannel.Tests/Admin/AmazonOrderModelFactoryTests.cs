using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Services.Helpers;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// The orders grid's model factory with nopCommerce's date-time helper mocked to an admin in New York (UTC-5 in
/// December): rows show admin-time dates, "today" is the admin's day, date filters are admin days.
/// </summary>
public class AmazonOrderModelFactoryTests : DatabaseTestBase
{
    // 15:00 UTC = 10:00 in New York.
    private static readonly DateTime _now = new(2026, 12, 5, 15, 0, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo _newYork = TimeZoneInfo.CreateCustomTimeZone("Test/NewYork", TimeSpan.FromHours(-5), "New York", "New York");

    private AmazonOrderModelFactory _factory = null!;
    private AmazonAccount _account = null!;

    [SetUp]
    public async Task SetUp()
    {
        var time = new ManualTimeProvider(_now);
        var dateTimeHelper = new Mock<IDateTimeHelper>();
        dateTimeHelper.Setup(h => h.GetCurrentTimeZoneAsync()).ReturnsAsync(_newYork);
        dateTimeHelper.Setup(h => h.ConvertToUserTimeAsync(It.IsAny<DateTime>(), DateTimeKind.Utc))
            .ReturnsAsync((DateTime utc, DateTimeKind _) => TimeZoneInfo.ConvertTimeFromUtc(utc, _newYork));
        dateTimeHelper.Setup(h => h.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>()))
            .Returns((DateTime local, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone));

        var encryption = new Mock<IEncryptionService>();
        encryption.Setup(e => e.EncryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string plain, string _) => "enc:" + plain);
        var accounts = new AmazonAccountService(Database.GetRepository<AmazonAccount>(), encryption.Object, time);
        _account = new AmazonAccount { Name = "US <shop>", SellerId = "A1", Region = AmazonRegion.NorthAmerica, MarketplaceIds = "ATVPDKIKX0DER", LwaClientId = "c" };
        await accounts.InsertAccountAsync(_account, "secret", "token");

        var query = new AmazonOrderGridQuery(Database.GetRepository<AmazonOrderLink>(), Database.GetRepository<AmazonOrderItemLink>(),
            Database.GetRepository<AmazonSyncError>(), time);
        _factory = new AmazonOrderModelFactory(accounts, query, new AdminClock(dateTimeHelper.Object, time), AdminTestKit.PluginResources().Object);
    }

    private async Task InsertAsync(string amazonOrderId, DateTime latestShipUtc, DateTime purchaseUtc)
    {
        await Database.GetRepository<AmazonOrderLink>().InsertAsync(new AmazonOrderLink
        {
            AccountId = _account.Id, AmazonOrderId = amazonOrderId, MarketplaceId = "ATVPDKIKX0DER", AmazonOrderStatus = AmazonOrderStatus.Unshipped,
            FulfillmentChannel = AmazonFulfillmentChannel.Merchant, SyncStatus = AmazonOrderSyncStatus.Imported, OrderTotal = 12.5m, CurrencyCode = "USD",
            PurchaseDateUtc = purchaseUtc, LatestShipDateUtc = latestShipUtc, CreatedOnUtc = _now, UpdatedOnUtc = _now, OrderId = 7
        });
    }

    [Test]
    public async Task Rows_ShowAdminTime_AndFlagLateAndDueTodayByTheAdminsDay()
    {
        // 04:30 UTC on the 6th is 23:30 on the 5th in New York: still due today for this admin.
        await InsertAsync("due-tonight", new DateTime(2026, 12, 6, 4, 30, 0, DateTimeKind.Utc), _now.AddHours(-2));
        await InsertAsync("late", _now.AddHours(-1), _now.AddHours(-3));
        // 06:00 UTC on the 6th is 01:00 on the 6th in New York: tomorrow.
        await InsertAsync("tomorrow", new DateTime(2026, 12, 6, 6, 0, 0, DateTimeKind.Utc), _now.AddHours(-4));

        var list = await _factory.PrepareListModelAsync(new AmazonOrderSearchModel { Start = 0, Length = 10, Draw = "3" });

        var rows = list.Data.ToDictionary(row => row.AmazonOrderId);
        Assert.That(list.Draw, Is.EqualTo("3"));
        Assert.That(list.RecordsTotal, Is.EqualTo(3));
        Assert.That((rows["due-tonight"].IsDueToday, rows["due-tonight"].IsLate), Is.EqualTo((true, false)));
        Assert.That((rows["late"].IsDueToday, rows["late"].IsLate), Is.EqualTo((false, true)));
        Assert.That((rows["tomorrow"].IsDueToday, rows["tomorrow"].IsLate), Is.EqualTo((false, false)));
        Assert.That(rows["late"].LatestShipDate, Is.EqualTo(new DateTime(2026, 12, 5, 9, 0, 0)), "14:00 UTC shown as 09:00 New York time");
        Assert.That(rows["late"].AccountName, Is.EqualTo("US <shop>"), "raw text; the grid column encodes it");
        Assert.That(rows["late"].Total, Is.EqualTo("12.50 USD"));
        Assert.That(rows["late"].FulfillmentChannel, Is.EqualTo("Fulfilled by merchant (FBM)"));
        Assert.That(rows["late"].SyncStatus, Is.EqualTo("Imported"));
        Assert.That(rows["late"].OrderId, Is.EqualTo(7));
    }

    [Test]
    public async Task PurchaseDateFilter_TakesWholeDaysOfTheAdminsTimeZone()
    {
        var filter = await _factory.ToFilterAsync(new AmazonOrderSearchModel
        {
            SearchPurchasedFrom = new DateTime(2026, 12, 1), SearchPurchasedTo = new DateTime(2026, 12, 3), SearchSyncStatusId = 0, Tab = 7
        });

        Assert.That(filter.PurchasedFromUtc, Is.EqualTo(new DateTime(2026, 12, 1, 5, 0, 0)));
        Assert.That(filter.PurchasedToUtc, Is.EqualTo(new DateTime(2026, 12, 4, 5, 0, 0)), "the whole last day is included");
        Assert.That(filter.SyncStatus, Is.Null, "0 = all");
        Assert.That(filter.Tab, Is.EqualTo(AmazonOrderGridTab.All), "an unknown tab falls back to All");
    }

    [Test]
    public async Task SearchModel_OffersTheAccountsMarketplacesAndLocalizedStatuses()
    {
        var model = await _factory.PrepareSearchModelAsync(new AmazonOrderSearchModel());

        Assert.That(model.AvailableAccounts.Select(item => item.Text), Has.Member("US <shop>"));
        Assert.That(model.AvailableImportAccounts.Select(item => item.Value), Is.EqualTo(new[] { _account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(model.AvailableMarketplaces.Select(item => item.Value), Is.EqualTo(new[] { string.Empty, "ATVPDKIKX0DER" }));
        Assert.That(model.AvailableSyncStatuses.Select(item => item.Text), Is.SupersetOf(new[] { "Waiting", "Imported", "Not imported", "Failed" }));
        Assert.That(model.AvailableAmazonStatuses.Select(item => item.Value), Does.Contain("PARTIALLY_SHIPPED"));
    }
}
