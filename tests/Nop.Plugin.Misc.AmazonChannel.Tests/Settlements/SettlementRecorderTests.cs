using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Settlements;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;
using static Nop.Plugin.Misc.AmazonChannel.Tests.Settlements.SettlementSamples;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Settlements;

/// <summary>
/// Recording settlements: the plugin's settlement tables and ledger on the SQLite test database, the store order in
/// the fake store (<see cref="FakeNopStore"/>), composed as the import tests compose them.
/// </summary>
public class SettlementRecorderTests : ImportTestBase
{
    private const string OrderId = "113-2222222-2222222";
    private const string Id = "99887766554";

    [SetUp]
    public async Task ImportAnOrder()
    {
        // One line of 20.00 + 2.00 tax + 5.00 shipping + 0.50 shipping tax: the store order total is 27.50.
        Assert.That(await Harness.ImportAsync(TestOrders.Order(OrderId, AmazonOrderStatus.Shipped)), Is.EqualTo(OrderImportOutcome.Created));
    }

    private Nop.Core.Domain.Orders.Order StoreOrder => Harness.Store.Orders.Single();

    [Test]
    public async Task AnOrderTransaction_RecordsFeesAndPayout_PerStoreOrder()
    {
        var outcome = await RecordAsync(Summary(Id, "18.00"),
            Amount(Id, "Order", OrderId, "ItemPrice", "Principal", "20.00"),
            Amount(Id, "Order", OrderId, "ItemFees", "Commission", "-3.00"),
            Amount(Id, "Order", OrderId, "ItemFees", "FBAPerUnitFulfillmentFee", "-3.22"));

        Assert.That(outcome.OrdersMatched, Is.EqualTo(1));
        var row = (await Transactions()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.OrderId, Is.EqualTo(StoreOrder.Id));
            Assert.That(row.Fees, Is.EqualTo(-6.22m));
            Assert.That(row.Net, Is.EqualTo(13.78m));
            Assert.That(StoreOrder.RefundedAmount, Is.Zero);
        });
        var settlement = (await Harness.Database.GetRepository<AmazonSettlement>().GetAllAsync(q => q)).Single();
        Assert.That(settlement.TotalAmount, Is.EqualTo(18.00m));
        Assert.That(settlement.TransactionCount, Is.EqualTo(1));
    }

    [TestCase("A-to-z Guarantee Refund")]
    [TestCase("Chargeback Refund")]
    [TestCase("Refund")]
    public async Task AnAmazonSideRefund_UpdatesTheStoreOrder_AndTheLedger(string type)
    {
        var outcome = await RecordAsync(Summary(Id, "-10.00"),
            Amount(Id, type, OrderId, "ItemPrice", "Principal", "-10.00", adjustmentId: "ADJ-7"),
            Amount(Id, type, OrderId, "ItemFees", "Commission", "1.50", adjustmentId: "ADJ-7"));

        Assert.That(outcome.AmazonSideRefundsApplied, Is.EqualTo(1));
        Assert.That(StoreOrder.RefundedAmount, Is.EqualTo(10.00m));
        Assert.That(StoreOrder.PaymentStatus, Is.EqualTo(PaymentStatus.PartiallyRefunded));
        Assert.That(Harness.Store.NotesOf(StoreOrder).Last(), Does.Contain(type).And.Contain(Id).And.Contain("do not refund it again"));
        var link = await Harness.LinkAsync(OrderId);
        Assert.That(await Ledger().GetAmazonSideRefundedAsync(link.Id), Is.EqualTo(10.00m));
    }

    [Test]
    public async Task AnAmazonSideRefund_IsARefundLedgerLinePerItemAndComponent_RecordedOnce()
    {
        string[] rows =
        [
            Summary(Id, "-12.00"),
            Amount(Id, "A-to-z Guarantee Refund", OrderId, "ItemPrice", "Principal", "-10.00", adjustmentId: "ADJ-L", itemCode: OrderId + "-1"),
            Amount(Id, "A-to-z Guarantee Refund", OrderId, "ItemPrice", "Shipping", "-2.00", adjustmentId: "ADJ-L", itemCode: OrderId + "-1")
        ];
        await RecordAsync(rows);
        await RecordAsync(rows);

        var entries = await Harness.Database.GetRepository<AmazonRefundLedgerEntry>().GetAllAsync(q => q.OrderBy(e => e.ComponentId));
        Assert.That(entries.Select(e => (e.AmazonOrderItemId, (AmazonRefundComponent)e.ComponentId, e.Amount, (AmazonRefundLedgerSource)e.SourceId)), Is.EqualTo(new[]
        {
            (OrderId + "-1", AmazonRefundComponent.Principal, 10.00m, AmazonRefundLedgerSource.AmazonSettlement),
            (OrderId + "-1", AmazonRefundComponent.Shipping, 2.00m, AmazonRefundLedgerSource.AmazonSettlement)
        }));
    }

    [Test]
    public async Task ARefundTheStoreSent_IsNotAppliedAgain()
    {
        var outcome = await RecordAsync(Summary(Id, "-10.00"),
            Amount(Id, "Refund", OrderId, "ItemPrice", "Principal", "-10.00", adjustmentId: "ADJ-8", merchantAdjustmentItemId: "store-refund-42"));

        Assert.That(outcome.AmazonSideRefundsApplied, Is.Zero);
        Assert.That(StoreOrder.RefundedAmount, Is.Zero);
        Assert.That(await Ledger().GetAmazonSideRefundedAsync((await Harness.LinkAsync(OrderId)).Id), Is.Zero);
    }

    [Test]
    public async Task AFullAmazonSideRefund_MarksTheOrderRefunded_AndNeverExceedsTheTotal()
    {
        await RecordAsync(Summary(Id, "-40.00"), Amount(Id, "A-to-z Guarantee Refund", OrderId, "ItemPrice", "Principal", "-40.00", adjustmentId: "ADJ-9"));

        Assert.That(StoreOrder.RefundedAmount, Is.EqualTo(StoreOrder.OrderTotal));
        Assert.That(StoreOrder.PaymentStatus, Is.EqualTo(PaymentStatus.Refunded));
    }

    [Test]
    public async Task TheSameSettlement_IsRecordedOnce()
    {
        string[] rows = [Summary(Id, "-10.00"), Amount(Id, "Chargeback Refund", OrderId, "ItemPrice", "Principal", "-10.00", adjustmentId: "ADJ-1")];
        await RecordAsync(rows);
        var again = await RecordAsync(rows);

        Assert.That(again.AlreadyRecorded, Is.True);
        Assert.That(StoreOrder.RefundedAmount, Is.EqualTo(10.00m));
        Assert.That(await Transactions(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ARunThatDied_IsResumed_WithoutApplyingARefundTwice()
    {
        string[] rows =
        [
            Summary(Id, "-10.00"),
            Amount(Id, "A-to-z Guarantee Refund", OrderId, "ItemPrice", "Principal", "-10.00", adjustmentId: "ADJ-2", itemCode: OrderId + "-1"),
            Amount(Id, "ServiceFee", null, "other-transaction", "Subscription Fee", "-39.99", sku: "")
        ];
        Harness.Crash.Reset();
        Harness.Crash.CrashAt = 6; // settlement, order update, note, refund ledger line, refund row: then the service fee row dies
        Assert.That(async () => await RecordAsync(rows), Throws.TypeOf<SimulatedCrashException>());

        var resumed = await RecordAsync(rows);

        Assert.That(resumed.AlreadyRecorded, Is.False);
        Assert.That(await Harness.Database.GetRepository<AmazonRefundLedgerEntry>().GetAllAsync(q => q), Has.Count.EqualTo(1));
        Assert.That(StoreOrder.RefundedAmount, Is.EqualTo(10.00m));
        Assert.That(await Transactions(), Has.Count.EqualTo(2));
        Assert.That((await Harness.Database.GetRepository<AmazonSettlement>().GetAllAsync(q => q)).Single().TransactionCount, Is.EqualTo(2));
    }

    [Test]
    public async Task ARunThatDiedBetweenTheRefundLedgerAndItsRow_DoesNotApplyTheRefundAgain()
    {
        string[] rows = [Summary(Id, "-10.00"), Amount(Id, "Chargeback Refund", OrderId, "ItemPrice", "Principal", "-10.00", adjustmentId: "ADJ-3", itemCode: OrderId + "-1")];
        Harness.Crash.Reset();
        Harness.Crash.CrashAt = 5; // settlement, order update, note, refund ledger line: the refund row dies
        Assert.That(async () => await RecordAsync(rows), Throws.TypeOf<SimulatedCrashException>());

        await RecordAsync(rows);

        Assert.That(StoreOrder.RefundedAmount, Is.EqualTo(10.00m));
        Assert.That(await Harness.Database.GetRepository<AmazonRefundLedgerEntry>().GetAllAsync(q => q), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AnAmazonSideRefundForAnOrderWithoutStoreOrder_IsASyncError()
    {
        var outcome = await RecordAsync(Summary(Id, "-10.00"), Amount(Id, "A-to-z Guarantee Refund", "113-0000000-0000404", "ItemPrice", "Principal", "-10.00"));

        Assert.That(outcome.Failed, Is.EqualTo(1));
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Code, Is.EqualTo(SettlementErrorCodes.RefundForUnknownOrder.Value));
        Assert.That(error.Message, Does.Contain("113-0000000-0000404"));
    }

    [Test]
    public async Task AnOtherTransactionAndAServiceFee_AreRecordedWithoutAnOrder()
    {
        var outcome = await RecordAsync(Summary(Id, "-14.99"),
            Amount(Id, "ServiceFee", null, "other-transaction", "Subscription Fee", "-39.99", sku: ""),
            Amount(Id, "other-transaction", null, "other-transaction", "Current Reserve Amount", "25.00", sku: ""));

        Assert.That(outcome.Transactions, Is.EqualTo(2));
        Assert.That((await Transactions()).Select(t => t.OrderLinkId), Is.All.Null);
        Assert.That((await Transactions()).Sum(t => t.Net), Is.EqualTo(-14.99m));
    }

    private Task<IList<AmazonSettlementTransaction>> Transactions() => Harness.Database.GetRepository<AmazonSettlementTransaction>().GetAllAsync(q => q.OrderBy(t => t.Id));

    private IAmazonSideRefundLedger Ledger() => Harness.Services.CreateScope().ServiceProvider.GetRequiredService<IAmazonSideRefundLedger>();

    private Task<SettlementOutcome> RecordAsync(params string[] rows)
    {
        var recorder = Harness.Services.CreateScope().ServiceProvider.GetRequiredService<SettlementRecorder>();
        return recorder.RecordAsync(Harness.Account, "report-1", SettlementReportParser.Parse(Report(rows), ["ATVPDKIKX0DER"]));
    }
}
