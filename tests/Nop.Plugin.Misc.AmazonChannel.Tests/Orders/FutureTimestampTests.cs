using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>Last-update times in the future (clock skew at Amazon or here) never freeze later updates.</summary>
public class FutureTimestampTests : ImportTestBase
{
    private const string Marketplace = "ATVPDKIKX0DER";
    private DateTime _now;

    [SetUp]
    public void SetUp() => _now = Harness.Time.GetUtcNow().UtcDateTime;

    [Test]
    public async Task AnOrderStampedInTheFuture_DoesNotMakeItsLaterUpdatesStale()
    {
        var skewed = TestOrders.Order("115-0000009-0000001") with { LastUpdateDateUtc = _now.AddHours(3) };
        Assert.That(await Harness.ImportAsync(skewed), Is.EqualTo(OrderImportOutcome.Created));
        Assert.That((await Harness.LinkAsync(skewed.AmazonOrderId)).LastUpdateDateUtc, Is.EqualTo(_now), "stored clamped to now");

        Harness.Time.Advance(TimeSpan.FromMinutes(30));
        var cancelled = skewed with { Status = AmazonOrderStatus.Canceled, LastUpdateDateUtc = _now.AddMinutes(29) };
        var outcome = await Harness.ImportAsync(cancelled);

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Updated));
        Assert.That((await Harness.LinkAsync(skewed.AmazonOrderId)).AmazonOrderStatus, Is.EqualTo(AmazonOrderStatus.Canceled));
    }

    [Test]
    public async Task ALinkStoredInTheFutureBeforeTheFix_CountsAsNow()
    {
        var order = TestOrders.Order("115-0000009-0000002") with { LastUpdateDateUtc = _now.AddMinutes(-5) };
        await Harness.ImportAsync(order);
        var link = await Harness.LinkAsync(order.AmazonOrderId);
        link.LastUpdateDateUtc = _now.AddDays(2);
        await Harness.Database.GetRepository<AmazonOrderLink>().UpdateAsync(link, false);

        var outcome = await Harness.ImportAsync(order with { Status = AmazonOrderStatus.Canceled, LastUpdateDateUtc = _now });

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Updated));
    }

    [Test]
    public async Task TheCheckpointStore_NeverSavesAPointAfterNow_AndHealsOneInTheFuture()
    {
        var store = new AmazonSyncCheckpointStore(Harness.Database.GetRepository<AmazonSyncCheckpoint>(), Harness.Time);

        await store.SaveAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.Orders, _now.AddHours(5));
        Assert.That((await store.FindAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.Orders))!.SyncedUpToUtc, Is.EqualTo(_now));

        var checkpoint = (await store.FindAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.Orders))!;
        checkpoint.SyncedUpToUtc = _now.AddHours(5);
        await Harness.Database.GetRepository<AmazonSyncCheckpoint>().UpdateAsync(checkpoint, false);
        await store.SaveAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.Orders, _now.AddMinutes(-2));

        Assert.That((await store.FindAsync(Harness.Account.Id, Marketplace, AmazonSyncKind.Orders))!.SyncedUpToUtc, Is.EqualTo(_now.AddMinutes(-2)));
    }

    [Test]
    public async Task ACheckpointInTheFuture_StillLetsTheNextRunReadUpToNow()
    {
        var service = Harness.CreateImportService();
        await service.ImportWindowAsync(Harness.Account, Marketplace);
        var checkpoint = (await Harness.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q)).Single(c => c.SyncKind == AmazonSyncKind.Orders);
        checkpoint.SyncedUpToUtc = _now.AddDays(1);
        await Harness.Database.GetRepository<AmazonSyncCheckpoint>().UpdateAsync(checkpoint, false);
        Harness.Time.Advance(TimeSpan.FromMinutes(30));
        Harness.Source.Reads.Clear();
        Harness.Source.Orders.Add(TestOrders.Order("115-0000009-0000003") with { LastUpdateDateUtc = _now.AddMinutes(20), PurchaseDateUtc = _now.AddMinutes(19) });

        var summary = await service.ImportWindowAsync(Harness.Account, Marketplace);

        Assert.That(Harness.Source.Reads.Single().From, Is.EqualTo(_now.AddMinutes(30 - 10)), "from now less the overlap");
        Assert.That(summary!.Created, Is.EqualTo(1));
        Assert.That(summary.SyncedUpToUtc, Is.EqualTo(_now.AddMinutes(30) - AmazonOrderImportService.WindowEndLag));
    }
}
