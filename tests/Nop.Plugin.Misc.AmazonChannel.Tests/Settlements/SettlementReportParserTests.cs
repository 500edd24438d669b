using Nop.Plugin.Misc.AmazonChannel.Services.Settlements;
using static Nop.Plugin.Misc.AmazonChannel.Tests.Settlements.SettlementSamples;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Settlements;

public class SettlementReportParserTests
{
    private const string Id = "11223344556";

    /// <summary>How Amazon lists a settlement report: with every marketplace of the account (selling-partner-api-models#2911).</summary>
    private static readonly string[] EveryMarketplace = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1F83G8C2ARO7P", "A1PA6795UKMFR9", "A13V1IB3VIYZZH"];

    [Test]
    public void TheFirstRow_IsTheSummary()
    {
        var report = Parse(Report(Summary(Id, "1234.56"), Amount(Id, "Order", "113-1", "ItemPrice", "Principal", "20.00")));

        Assert.That(report.Summary, Is.EqualTo(new SettlementSummary(Id, new DateTime(2026, 11, 9, 7, 41, 43, DateTimeKind.Utc), new DateTime(2026, 11, 23, 7, 41, 43, DateTimeKind.Utc),
            new DateTime(2026, 11, 25, 7, 41, 43, DateTimeKind.Utc), 1234.56m, "USD")));
        Assert.That(report.Transactions, Has.Count.EqualTo(1));
    }

    [Test]
    public void AmountRows_AreGroupedByTypeOrderAndAdjustment_AndSummedByKind()
    {
        var report = Parse(Report(Summary(Id, "0"),
            Amount(Id, "Order", "113-1", "ItemPrice", "Principal", "20.00", itemCode: "IT-1"),
            Amount(Id, "Order", "113-1", "ItemPrice", "Shipping", "5.00", itemCode: "IT-1"),
            Amount(Id, "Order", "113-1", "Promotion", "Principal", "-2.00", itemCode: "IT-1"),
            Amount(Id, "Order", "113-1", "ItemFees", "Commission", "-3.00", itemCode: "IT-1"),
            Amount(Id, "Order", "113-1", "ItemFees", "FBAPerUnitFulfillmentFee", "-3.22", itemCode: "IT-2"),
            Amount(Id, "Order", "113-2", "ItemPrice", "Principal", "10.00", itemCode: "IT-3")));

        var first = report.Transactions.Single(t => t.AmazonOrderId == "113-1");
        Assert.Multiple(() =>
        {
            Assert.That(report.Transactions, Has.Count.EqualTo(2));
            Assert.That(first.Sales, Is.EqualTo(25.00m));
            Assert.That(first.Promotions, Is.EqualTo(-2.00m));
            Assert.That(first.Fees, Is.EqualTo(-6.22m));
            Assert.That(first.Net, Is.EqualTo(16.78m));
            Assert.That(first.OrderItemCodes, Is.EqualTo(new[] { "IT-1", "IT-2" }));
            Assert.That(first.RefundedToBuyer, Is.Zero);
        });
    }

    [TestCase("Refund", "", false)]
    [TestCase("Refund", "MADJ-1", true)]
    [TestCase("Chargeback Refund", "", false)]
    [TestCase("A-to-z Guarantee Refund", "", false)]
    public void RefundTypes_AreAmazonSideUnlessTheStoreSentThem(string type, string merchantAdjustmentItemId, bool sentByStore)
    {
        var report = Parse(Report(Summary(Id, "0"),
            Amount(Id, type, "113-1", "ItemPrice", "Principal", "-20.00", adjustmentId: "ADJ-1", merchantAdjustmentItemId: merchantAdjustmentItemId),
            Amount(Id, type, "113-1", "ItemFees", "Commission", "3.00", adjustmentId: "ADJ-1", merchantAdjustmentItemId: merchantAdjustmentItemId),
            Amount(Id, type, "113-1", "ItemFees", "RefundCommission", "-0.60", adjustmentId: "ADJ-1", merchantAdjustmentItemId: merchantAdjustmentItemId)));

        var refund = report.Transactions.Single();
        Assert.That(refund.RefundedToBuyer, Is.EqualTo(20.00m));
        Assert.That(refund.Fees, Is.EqualTo(2.40m));
        Assert.That(refund.IsAmazonSideRefund, Is.EqualTo(!sentByStore));
    }

    [Test]
    public void ServiceFeesAndOtherTransactions_HaveNoOrder_AndAreNoRefunds()
    {
        var report = Parse(Report(Summary(Id, "-39.99"),
            Amount(Id, "ServiceFee", null, "Cost of Advertising", "TransactionTotalAmount", "-25.00", sku: ""),
            Amount(Id, "ServiceFee", null, "other-transaction", "Subscription Fee", "-39.99", sku: ""),
            Amount(Id, "other-transaction", null, "other-transaction", "Current Reserve Amount", "25.00", sku: "")));

        Assert.That(report.Transactions.Select(t => (t.TransactionType, t.AmazonOrderId, t.IsAmazonSideRefund)),
            Is.EquivalentTo(new[] { ("ServiceFee", (string?)null, false), ("other-transaction", (string?)null, false) }));
        Assert.That(report.Transactions.Single(t => t.TransactionType == "ServiceFee").Fees, Is.EqualTo(-39.99m));
        Assert.That(report.Transactions.Single(t => t.TransactionType == "ServiceFee").Other, Is.EqualTo(-25.00m));
    }

    [Test]
    public void EuFiles_DecimalCommasAndDottedDates_AreRead()
    {
        var report = Parse(Report(
            Summary(Id, "1.234,56", "EUR", start: "09.11.2026 07:41:43 UTC", end: "23.11.2026 07:41:43 UTC"),
            Amount(Id, "Order", "302-1", "ItemPrice", "Principal", "19,99", posted: "20.11.2026", postedTime: "20.11.2026 10:00:00 UTC", marketplace: "Amazon.de")));

        Assert.That(report.Summary.TotalAmount, Is.EqualTo(1234.56m));
        Assert.That(report.Summary.StartUtc, Is.EqualTo(new DateTime(2026, 11, 9, 7, 41, 43, DateTimeKind.Utc)));
        Assert.That(report.Transactions.Single().Sales, Is.EqualTo(19.99m));
        Assert.That(report.Transactions.Single().PostedUtc, Is.EqualTo(new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void ABadAmount_IsAnErrorNamingRowAndColumn_AndTheRestIsRead()
    {
        var report = Parse(Report(Summary(Id, "0"),
            Amount(Id, "Order", "113-1", "ItemPrice", "Principal", "12,3O"),
            Amount(Id, "Order", "113-2", "ItemPrice", "Principal", "10.00")));

        Assert.That(report.Errors.Single().RowNumber, Is.EqualTo(3));
        Assert.That(report.Errors.Single().Message, Does.Contain("amount").And.Not.Contain("12,3O"));
        Assert.That(report.Transactions.Single().AmazonOrderId, Is.EqualTo("113-2"));
    }

    [Test]
    public void AFileWithoutSummary_IsRefused()
    {
        Assert.That(() => Parse("order-id\tamount\n"), Throws.TypeOf<FormatException>());
    }

    private static SettlementReport Parse(string content) => SettlementReportParser.Parse(content, EveryMarketplace);
}
