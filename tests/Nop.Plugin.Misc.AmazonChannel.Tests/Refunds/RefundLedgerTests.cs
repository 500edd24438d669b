using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

public class RefundLedgerTests : DatabaseTestBase
{
    private const string OrderId = "113-1234567-1234567";
    private const string ItemA = "11111111111111";
    private const string ItemB = "22222222222222";

    private FakeOrderSource _source = null!;
    private RefundLedger _ledger = null!;
    private AmazonAccount _account = null!;
    private AmazonOrderLink _link = null!;

    [SetUp]
    public async Task SetUpLedger()
    {
        _source = new FakeOrderSource();
        _ledger = new RefundLedger(Database.GetRepository<AmazonRefundLedgerEntry>(), _source, TimeProvider.System);
        _account = await EntityFactory.InsertAccountAsync(Database);
        _link = await EntityFactory.InsertOrderLinkAsync(Database, _account.Id, OrderId);
        _source.FullOrders[OrderId] = Order();
    }

    internal static AmazonOrderSnapshot Order(string orderId = OrderId) => new()
    {
        AmazonOrderId = orderId,
        MarketplaceId = "ATVPDKIKX0DER",
        Status = AmazonOrderStatus.Shipped,
        FulfillmentChannel = AmazonFulfillmentChannel.Merchant,
        PurchaseDateUtc = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
        LastUpdateDateUtc = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc),
        CurrencyCode = "USD",
        Items =
        [
            new AmazonOrderItemSnapshot { AmazonOrderItemId = ItemA, SellerSku = "SKU-A", QuantityOrdered = 2, QuantityShipped = 2, ItemPrice = 40m, ItemDiscount = 5m, ItemTax = 3.50m, ShippingPrice = 6m, ShippingTax = 0.60m, GiftWrapPrice = 2m },
            new AmazonOrderItemSnapshot { AmazonOrderItemId = ItemB, SellerSku = "SKU-B", QuantityOrdered = 1, QuantityShipped = 1, ItemPrice = 10m, ItemTax = 1m }
        ]
    };

    [Test]
    public async Task EnsureCharges_ReadsTheOrderOnce_AndRecordsWhatTheBuyerPaidPerComponent()
    {
        Assert.That(await _ledger.EnsureChargesAsync(_account, _link, CancellationToken.None), Is.True);
        Assert.That(await _ledger.EnsureChargesAsync(_account, _link, CancellationToken.None), Is.True);

        var balance = await _ledger.GetBalanceAsync(_link);
        Assert.Multiple(() =>
        {
            Assert.That(_source.GetOrderCalls, Has.Count.EqualTo(1));
            Assert.That(balance.Paid(ItemA, AmazonRefundComponent.Principal), Is.EqualTo(35m), "item price less its promotion");
            Assert.That(balance.Paid(ItemA, AmazonRefundComponent.Shipping), Is.EqualTo(6m));
            Assert.That(balance.Paid(ItemA, AmazonRefundComponent.Tax), Is.EqualTo(3.50m));
            Assert.That(balance.Paid(ItemA, AmazonRefundComponent.GiftWrapTax), Is.EqualTo(3.50m), "gift wrap tax shares the item tax");
            Assert.That(balance.Paid(ItemA, AmazonRefundComponent.ShippingTax), Is.EqualTo(0.60m));
            Assert.That(balance.Paid(ItemA, AmazonRefundComponent.GiftWrap), Is.EqualTo(2m));
            Assert.That(balance.ItemPaid(ItemA), Is.EqualTo(47.10m));
            Assert.That(balance.ItemPaid(ItemB), Is.EqualTo(11m));
            Assert.That(balance.OrderRemaining, Is.EqualTo(58.10m));
            Assert.That(balance.CurrencyCode, Is.EqualTo("USD"));
        });
    }

    [Test]
    public async Task EnsureCharges_UnknownOrder_ReturnsFalse()
    {
        _source.FullOrders.Clear();

        Assert.That(await _ledger.EnsureChargesAsync(_account, _link, CancellationToken.None), Is.False);
    }

    [Test]
    public async Task Check_RefundWithinEachCharge_IsAllowed_AndAboveACharge_IsNamed()
    {
        await _ledger.RecordChargesAsync(_link, Order());
        var balance = await _ledger.GetBalanceAsync(_link);

        Assert.That(balance.Check([new RefundLine(ItemA, AmazonRefundComponent.Principal, 35m), new RefundLine(ItemA, AmazonRefundComponent.Tax, 3.50m)]), Is.Empty);

        var violations = balance.Check([new RefundLine(ItemA, AmazonRefundComponent.Principal, 35.01m), new RefundLine(ItemB, AmazonRefundComponent.Shipping, 1m)]);
        Assert.That(violations, Is.EquivalentTo(new[]
        {
            new RefundCapViolation(ItemA, AmazonRefundComponent.Principal, 35.01m, 35m),
            new RefundCapViolation(ItemB, AmazonRefundComponent.Shipping, 1m, 0m)
        }));
    }

    [Test]
    public async Task Check_ComponentsSharingACap_AreAddedUp()
    {
        await _ledger.RecordChargesAsync(_link, Order());
        var balance = await _ledger.GetBalanceAsync(_link);

        var violations = balance.Check([new RefundLine(ItemA, AmazonRefundComponent.Tax, 3m), new RefundLine(ItemA, AmazonRefundComponent.GiftWrapTax, 1m)]);

        Assert.That(violations, Is.EqualTo(new[] { new RefundCapViolation(ItemA, AmazonRefundComponent.Tax, 4m, 3.50m) }));
    }

    [Test]
    public async Task Check_GoodwillIsCappedByWhatIsLeftOfTheItem_DeductionsMakeRoom()
    {
        await _ledger.RecordChargesAsync(_link, Order());
        var balance = await _ledger.GetBalanceAsync(_link);

        Assert.That(balance.Check([new RefundLine(ItemB, AmazonRefundComponent.Principal, 10m), new RefundLine(ItemB, AmazonRefundComponent.Goodwill, 1.5m)]),
            Is.EqualTo(new[] { new RefundCapViolation(ItemB, null, 11.5m, 11m) }));
        Assert.That(balance.Check([new RefundLine(ItemB, AmazonRefundComponent.Principal, 10m), new RefundLine(ItemB, AmazonRefundComponent.Goodwill, 1.5m),
            new RefundLine(ItemB, AmazonRefundComponent.RestockingFee, 0.5m)]), Is.Empty);
    }

    [Test]
    public async Task Reserved_CountsAgainstTheCap_Released_DoesNot_Confirmed_Stays()
    {
        await _ledger.RecordChargesAsync(_link, Order());
        await _ledger.ReserveAsync(_link, 7, "USD", [(new RefundLine(ItemA, AmazonRefundComponent.Principal, 20m), "R7-1")]);
        await _ledger.ReserveAsync(_link, 8, "USD", [(new RefundLine(ItemA, AmazonRefundComponent.Principal, 10m), "R8-1"), (new RefundLine(ItemA, AmazonRefundComponent.RestockingFee, 2m), "R8-1")]);

        var balance = await _ledger.GetBalanceAsync(_link);
        Assert.That(balance.Remaining(ItemA, AmazonRefundComponent.Principal), Is.EqualTo(5m));
        Assert.That(balance.ItemRemaining(ItemA), Is.EqualTo(47.10m - 30m + 2m), "a restocking fee is kept from the refund");

        await _ledger.ReleaseAsync(7);
        await _ledger.ConfirmAsync(8);
        await _ledger.ConfirmAsync(7);

        balance = await _ledger.GetBalanceAsync(_link);
        Assert.That(balance.Remaining(ItemA, AmazonRefundComponent.Principal), Is.EqualTo(25m));
        var entries = await _ledger.GetRequestEntriesAsync(7);
        Assert.That(entries.Single().Status, Is.EqualTo(AmazonRefundLedgerEntryStatus.Released), "a released line is never confirmed again");
    }

    [Test]
    public async Task Reserve_Twice_ReservesOnce()
    {
        await _ledger.RecordChargesAsync(_link, Order());
        var lines = new[] { (new RefundLine(ItemA, AmazonRefundComponent.Principal, 20m), "R7-1") };

        await _ledger.ReserveAsync(_link, 7, "USD", lines);
        await _ledger.ReserveAsync(_link, 7, "USD", lines);

        Assert.That(await _ledger.GetRequestEntriesAsync(7), Has.Count.EqualTo(1));
        Assert.That((await _ledger.GetBalanceAsync(_link)).Remaining(ItemA, AmazonRefundComponent.Principal), Is.EqualTo(15m));
    }

    [Test]
    public async Task AmazonRefund_FromTheSettlement_CountsOnce_AndOwnRefundsAreConfirmedNotCountedAgain()
    {
        await _ledger.RecordChargesAsync(_link, Order());
        await _ledger.ReserveAsync(_link, 7, "USD", [(new RefundLine(ItemA, AmazonRefundComponent.Principal, 20m), "R7-1")]);

        var own = await _ledger.RecordAmazonRefundAsync(_link, ItemA, AmazonRefundComponent.Principal, 20m, "USD", AmazonRefundLedgerSource.AmazonSettlement, "S1:4", "R7-1");
        var foreign = await _ledger.RecordAmazonRefundAsync(_link, ItemA, AmazonRefundComponent.Principal, 5m, "USD", AmazonRefundLedgerSource.AmazonSettlement, "S1:5");
        var again = await _ledger.RecordAmazonRefundAsync(_link, ItemA, AmazonRefundComponent.Principal, 5m, "USD", AmazonRefundLedgerSource.AmazonSettlement, "S1:5");

        Assert.Multiple(async () =>
        {
            Assert.That(own, Is.False);
            Assert.That(foreign, Is.True);
            Assert.That(again, Is.False);
            Assert.That((await _ledger.GetRequestEntriesAsync(7)).Single().Status, Is.EqualTo(AmazonRefundLedgerEntryStatus.Confirmed));
            Assert.That((await _ledger.GetBalanceAsync(_link)).Remaining(ItemA, AmazonRefundComponent.Principal), Is.EqualTo(10m));
        });
    }

    [Test]
    public void AmazonRefund_CannotBeRecordedAsACharge()
    {
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            _ledger.RecordAmazonRefundAsync(_link, ItemA, AmazonRefundComponent.Principal, 1m, "USD", AmazonRefundLedgerSource.Charge, "x"));
    }

    [Test]
    public async Task LedgerLine_RoundTrips_AndTheSameLineCannotBeStoredTwice()
    {
        var entry = EntityFactory.Filled<AmazonRefundLedgerEntry>();
        entry.AccountId = _account.Id;
        entry.CurrencyCode = "EUR";
        entry.Amount = 12.3456m;
        var repository = Database.GetRepository<AmazonRefundLedgerEntry>();
        await repository.InsertAsync(entry);

        EntityFactory.AssertColumnsEqual(entry, await repository.GetByIdAsync(entry.Id));
        var copy = EntityFactory.Filled<AmazonRefundLedgerEntry>();
        copy.AccountId = _account.Id;
        copy.CurrencyCode = "EUR";
        Assert.That(async () => await repository.InsertAsync(copy), Throws.Exception);
    }
}
