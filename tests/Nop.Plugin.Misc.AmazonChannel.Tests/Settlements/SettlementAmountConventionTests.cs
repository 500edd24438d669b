using Nop.Plugin.Misc.AmazonChannel.Services.Settlements;
using static Nop.Plugin.Misc.AmazonChannel.Tests.Settlements.SettlementSamples;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Settlements;

/// <summary>
/// A settlement's amounts are read by the convention of the marketplace its rows name, never guessed from the cell:
/// "1.234" is a thousand two hundred thirty-four in an Amazon.de file, and refused where it could be either.
/// </summary>
public class SettlementAmountConventionTests
{
    private const string Id = "11223344556";
    private const string Us = "ATVPDKIKX0DER";
    private const string Uk = "A1F83G8C2ARO7P";
    private const string De = "A1PA6795UKMFR9";
    private const string Fr = "A13V1IB3VIYZZH";

    /// <summary>Amazon lists a settlement with every marketplace of the account (selling-partner-api-models#2911).</summary>
    private static readonly string[] EveryMarketplace = [Us, Uk, De, Fr];

    [Test]
    public void AnAmazonDeSettlement_IsReadWithDecimalCommas_WhateverTheListingSays()
    {
        var report = SettlementReportParser.Parse(Report(Summary(Id, "1.234,56", "EUR"),
            Order("302-1", "Principal", "1141,18", "Amazon.de"),
            Order("302-1", "Commission", "-12,50", "Amazon.de", "ItemFees"),
            Order("302-2", "Principal", "1.234", "Amazon.de"),
            Order("302-3", "Principal", "-0,5", "Amazon.de")), EveryMarketplace);

        Assert.Multiple(() =>
        {
            Assert.That(report.Errors, Is.Empty);
            Assert.That(report.Summary.TotalAmount, Is.EqualTo(1234.56m));
            Assert.That(Sales(report, "302-1"), Is.EqualTo(1141.18m));
            Assert.That(report.Transactions.Single(t => t.AmazonOrderId == "302-1").Fees, Is.EqualTo(-12.50m));
            Assert.That(Sales(report, "302-2"), Is.EqualTo(1234m), "a point groups thousands in a German file");
            Assert.That(Sales(report, "302-3"), Is.EqualTo(-0.5m));
        });
    }

    [Test]
    public void AnAmazonComSettlement_IsReadWithDecimalPoints()
    {
        var report = SettlementReportParser.Parse(Report(Summary(Id, "1,234.56"),
            Order("113-1", "Principal", "1234.56", "Amazon.com"),
            Order("113-2", "Principal", "1,234", "Amazon.com"),
            Order("113-3", "Principal", "-12.50", "Amazon.com")), EveryMarketplace);

        Assert.Multiple(() =>
        {
            Assert.That(report.Errors, Is.Empty);
            Assert.That(report.Summary.TotalAmount, Is.EqualTo(1234.56m));
            Assert.That(Sales(report, "113-1"), Is.EqualTo(1234.56m));
            Assert.That(Sales(report, "113-2"), Is.EqualTo(1234m), "a comma groups thousands in a US file");
            Assert.That(Sales(report, "113-3"), Is.EqualTo(-12.50m));
        });
    }

    [TestCase("Amazon.de", "12.50")]
    [TestCase("Amazon.de", "1,234.56")]
    [TestCase("Amazon.de", "12,505")]
    [TestCase("Amazon.com", "12,50")]
    [TestCase("Amazon.com", "1.234,56")]
    [TestCase("Amazon.co.jp", "1500.50")]
    public void AnAmountOfTheOtherConvention_IsARowErrorNamingRowAndColumn_NeverReadAnotherWay(string marketplace, string written)
    {
        var report = SettlementReportParser.Parse(Report(Summary(Id, "0"),
            Order("1-1", "Principal", "10", marketplace),
            Order("1-2", "Principal", written, marketplace)), EveryMarketplace);

        var error = report.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(4));
        Assert.That(error.Message, Does.StartWith("column 'amount'").And.Not.Contain(written));
        Assert.That(report.Transactions.Select(t => t.AmazonOrderId), Is.EqualTo(new[] { "1-1" }), "the row is left out, not read as another number");
    }

    [Test]
    public void ASummaryThatDoesNotFit_MakesTheFileUnreadable_NamingRowAndColumn()
    {
        var content = Report(Summary(Id, "1,234.56", "EUR"), Order("302-1", "Principal", "12,50", "Amazon.de"));

        var exception = Assert.Throws<FormatException>(() => SettlementReportParser.Parse(content, EveryMarketplace))!;

        Assert.That(exception.Message, Does.Contain("row 2").And.Contain("'total-amount'").And.Not.Contain("1,234.56"));
    }

    [Test]
    public void RowsNamingNoMarketplace_AreReadByTheListedMarketplace_WhenTheListingNamesOneConvention()
    {
        var report = SettlementReportParser.Parse(Report(Summary(Id, "-1.039,99", "EUR"),
            Fee("ServiceFee", "Subscription Fee", "-39,99"),
            Fee("other-transaction", "Current Reserve Amount", "-1.000,00")), [De, Fr]);

        Assert.That(report.Errors, Is.Empty);
        Assert.That(report.Summary.TotalAmount, Is.EqualTo(-1039.99m));
        Assert.That(report.Transactions.Sum(t => t.Net), Is.EqualTo(-1039.99m));
    }

    [Test]
    public void WithoutOneKnownConvention_OnlyAmountsEveryConventionReadsAlike_AreRead()
    {
        // No row names a marketplace, and the listing holds marketplaces of both conventions.
        var report = SettlementReportParser.Parse(Report(Summary(Id, "-14,99", "EUR"),
            Fee("ServiceFee", "Subscription Fee", "-39,99"),
            Fee("other-transaction", "Current Reserve Amount", "25.00"),
            Fee("other-transaction", "Previous Reserve Amount Balance", "1.234")), EveryMarketplace);

        Assert.That(report.Summary.TotalAmount, Is.EqualTo(-14.99m));
        Assert.That(report.Transactions.Single(t => t.TransactionType == "ServiceFee").Net, Is.EqualTo(-39.99m));
        var error = report.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(5));
        Assert.That(error.Message, Does.StartWith("column 'amount'").And.Contain("no row of the settlement names a marketplace").And.Not.Contain("1.234"));
        Assert.That(report.Transactions.Single(t => t.TransactionType == "other-transaction").Net, Is.EqualTo(25.00m), "1.234 could be a thousand or 1.234: left out");
    }

    [Test]
    public void RowsOfMarketplacesWithDifferentConventions_AreReadOnlyWhereUnambiguous()
    {
        var report = SettlementReportParser.Parse(Report(Summary(Id, "0", "EUR"),
            Order("302-1", "Principal", "12,50", "Amazon.de"),
            Order("202-1", "Principal", "1.234,56", "Amazon.co.uk"),
            Fee("ServiceFee", "Subscription Fee", "-39.99", "Non-Amazon")), [De]);

        Assert.That(Sales(report, "302-1"), Is.EqualTo(12.50m));
        Assert.That(report.Transactions.Single(t => t.TransactionType == "ServiceFee").Net, Is.EqualTo(-39.99m));
        var error = report.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(4));
        Assert.That(error.Message, Does.Contain("different amount conventions").And.Contain(De).And.Contain(Uk));
    }

    private static decimal Sales(SettlementReport report, string orderId) => report.Transactions.Single(t => t.AmazonOrderId == orderId).Sales;

    private static string Order(string orderId, string description, string amount, string marketplace, string amountType = "ItemPrice") =>
        Amount(Id, "Order", orderId, amountType, description, amount, itemCode: "IT-" + orderId, marketplace: marketplace);

    private static string Fee(string type, string description, string amount, string marketplace = "") =>
        Amount(Id, type, null, "other-transaction", description, amount, sku: "", marketplace: marketplace);
}
