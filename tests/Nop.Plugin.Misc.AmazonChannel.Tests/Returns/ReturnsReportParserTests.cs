using System.Text;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;
using Nop.Plugin.Misc.AmazonChannel.Services.Returns;
using static Nop.Plugin.Misc.AmazonChannel.Tests.Returns.ReturnsReportSamples;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Returns;

public class ReturnsReportParserTests
{
    private static readonly MarketplaceAmountFormat UsFormat = MarketplaceAmountFormat.For("ATVPDKIKX0DER")!;
    private static readonly MarketplaceAmountFormat DeFormat = MarketplaceAmountFormat.For("A1PA6795UKMFR9")!;
    [Test]
    public void ReadsAmazonsHumanReadableColumns_AndDayMonthNameDates()
    {
        var result = ReturnsReportParser.Parse(Report(Row("113-1234567-1234567", "DQBVxs2ZRRMA", "Approved", "SKU-1", 2, refunded: "27.50")), UsFormat);

        Assert.That(result.Errors, Is.Empty);
        var line = result.Lines.Single();
        Assert.Multiple(() =>
        {
            Assert.That(line.AmazonOrderId, Is.EqualTo("113-1234567-1234567"));
            Assert.That(line.RmaId, Is.EqualTo("DQBVxs2ZRRMA"));
            Assert.That(line.IsApproved, Is.True);
            Assert.That(line.SellerSku, Is.EqualTo("SKU-1"));
            Assert.That(line.Quantity, Is.EqualTo(2));
            Assert.That(line.ReasonCode, Is.EqualTo("AMZ-PG-BAD-DESC"));
            Assert.That(line.TrackingId, Is.EqualTo("1Z999AA10123456784"));
            Assert.That(line.RequestedOnUtc, Is.EqualTo(new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc)));
            Assert.That(line.RefundedAmount, Is.EqualTo(27.50m));
        });
    }

    [Test]
    public void ACellHoldingOnlyASpace_IsEmpty_AndARowShorterThanTheHeader_IsStillRead()
    {
        var full = Row("113-1234567-1234567", "RMA1", "Approved", "SKU-1", tracking: " ");
        var cut = string.Join('\t', full.Split('\t').Take(22)); // Amazon drops the trailing cells
        var result = ReturnsReportParser.Parse(Report(cut), UsFormat);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Lines.Single().TrackingId, Is.Null);
        Assert.That(result.Lines.Single().RefundedAmount, Is.Zero);
    }

    [TestCase("1.234,56", "1234.56")]
    [TestCase("12,50", "12.50")]
    [TestCase("-0,99", "-0.99")]
    [TestCase("1.234", "1234")]
    [TestCase("1141", "1141")]
    public void AGermanReport_IsReadWithDecimalCommas(string written, string expected)
    {
        var result = ReturnsReportParser.Parse(Report(Row("302-1234567-1234567", "RMA-DE", "Closed", "SKU-1", refunded: written)), DeFormat);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Lines.Single().RefundedAmount, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("1,234.56", "1234.56")]
    [TestCase("27.50", "27.50")]
    [TestCase("1,234", "1234")]
    public void AUsReport_IsReadWithDecimalPoints(string written, string expected)
    {
        var result = ReturnsReportParser.Parse(Report(Row("113-1234567-1234567", "RMA-US", "Closed", "SKU-1", refunded: written)), UsFormat);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Lines.Single().RefundedAmount, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("ATVPDKIKX0DER", "12,50")]
    [TestCase("ATVPDKIKX0DER", "1.234,56")]
    [TestCase("A1PA6795UKMFR9", "12.50")]
    [TestCase("A1PA6795UKMFR9", "1,234.56")]
    [TestCase("A1PA6795UKMFR9", "12,505")]
    [TestCase("A1PA6795UKMFR9", "€12,50")]
    public void AnAmountOfAnotherConvention_IsARowErrorNamingRowAndColumn_AndTheOthersAreRead(string marketplaceId, string written)
    {
        var result = ReturnsReportParser.Parse(Report(
            Row("1-1", "RMA-OK", "Closed", "SKU-1", refunded: "10"),
            Row("1-2", "RMA-BAD", "Closed", "SKU-1", refunded: written)), MarketplaceAmountFormat.For(marketplaceId)!);

        Assert.That(result.Lines.Select(l => l.RmaId), Is.EqualTo(new[] { "RMA-OK" }), "refused, never read as another number");
        var error = result.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(3));
        Assert.That(error.Message, Does.StartWith("column 'Refunded Amount'").And.Contain(marketplaceId).And.Not.Contain(written));
    }

    [Test]
    public void AMarketplaceWithoutAKnownConvention_ReadsOnlyAmountsEveryConventionReadsAlike()
    {
        var format = MarketplaceAmountFormat.ForOrUnambiguous("AXXXXXXXXXXXXX");
        var result = ReturnsReportParser.Parse(Report(
            Row("1-1", "RMA-1", "Closed", "SKU-1", refunded: "27.50"),
            Row("1-2", "RMA-2", "Closed", "SKU-1", refunded: "27,5"),
            Row("1-3", "RMA-3", "Closed", "SKU-1", refunded: "1.234")), format);

        Assert.That(result.Lines.Select(l => l.RefundedAmount), Is.EqualTo(new[] { 27.50m, 27.5m }));
        var error = result.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(4));
        Assert.That(error.Message, Does.Contain("marketplace AXXXXXXXXXXXXX has no known amount convention").And.Not.Contain("1.234"));
    }

    [Test]
    public void ABadRow_IsReportedByNumberAndColumn_WithoutItsValues_AndTheOthersAreRead()
    {
        var bad = Row("113-0000000-0000001", "RMA-BAD", "Approved", "SKU-1").Replace("\t1\tAMZ-PG", "\tzwei\tAMZ-PG", StringComparison.Ordinal);
        var result = ReturnsReportParser.Parse(Report(bad, Row("113-0000000-0000002", "RMA-OK", "Approved", "SKU-1")), UsFormat);

        Assert.That(result.Lines.Select(l => l.RmaId), Is.EqualTo(new[] { "RMA-OK" }));
        var error = result.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain("Return quantity"));
        Assert.That(error.Message, Does.Not.Contain("zwei"));
    }

    [Test]
    public void AMissingRequiredColumn_IsOneErrorNamingIt()
    {
        var result = ReturnsReportParser.Parse("Order ID\tMerchant SKU\r\n113-1\tSKU-1\r\n", UsFormat);

        Assert.That(result.Lines, Is.Empty);
        Assert.That(result.Errors.Single().Message, Does.Contain("Amazon RMA ID"));
    }

    [Test]
    public void ReturnlessRefunds_AreRecognised()
    {
        var result = ReturnsReportParser.Parse(Report(
            Row("113-1", "R1", "Approved", "SKU-1", returnType: "C-Returns", resolution: "ReturnlessRefund"),
            Row("113-2", "R2", "Approved", "SKU-1")), UsFormat);

        Assert.That(result.Lines.Select(l => l.IsReturnless), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void ACp1252Document_IsDecodedBeforeParsing()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Report(Row("302-1234567-1234567", "RMA-EU", "Approved", "SKU-Größe"));
        var document = new SpApiDocument("doc-1", Encoding.GetEncoding(1252).GetBytes(text), "text/plain;charset=Cp1252");

        var result = ReturnsReportParser.Parse(document.GetText(), UsFormat);

        Assert.That(result.Lines.Single().SellerSku, Is.EqualTo("SKU-Größe"));
    }

    [TestCase("Approved", Nop.Core.Domain.Orders.ReturnRequestStatus.Pending)]
    [TestCase("Closed", Nop.Core.Domain.Orders.ReturnRequestStatus.ItemsRefunded)]
    [TestCase("Rejected", Nop.Core.Domain.Orders.ReturnRequestStatus.RequestRejected)]
    [TestCase("Cancelled", Nop.Core.Domain.Orders.ReturnRequestStatus.Cancelled)]
    public void AmazonStatuses_MapToStoreStatuses(string amazon, Nop.Core.Domain.Orders.ReturnRequestStatus expected)
    {
        Assert.That(AmazonReturnStatuses.ToStoreStatus(amazon, 10m), Is.EqualTo(expected));
    }

    [Test]
    public void ReasonMapping_UsesTheAdminsLinesFirst_ThenTheDefaults_InTheStoresSpelling()
    {
        var reasons = new List<Nop.Core.Domain.Orders.ReturnRequestReason> { new() { Name = "There Was A Problem With The Product" }, new() { Name = "Too big" } };

        Assert.That(ReturnReasonMapper.MapReason("AMZ-PG-BAD-DESC", null, reasons), Is.EqualTo("There Was A Problem With The Product"));
        Assert.That(ReturnReasonMapper.MapReason("AMZ-PG-APP-TOO-LARGE", "AMZ-PG-APP-TOO-LARGE=too BIG", reasons), Is.EqualTo("Too big"));
        Assert.That(ReturnReasonMapper.MapReason("AMZ-PG-MISORDERED", null, reasons), Is.EqualTo(ReturnReasonMapper.WrongProductOrdered));
        Assert.That(ReturnReasonMapper.MapAction("StandardRefund", null, []), Is.EqualTo("Refund"));
        Assert.That(ReturnReasonMapper.MapAction("Replacement", "Replacement=Replacement\n*=Store Credit", []), Is.EqualTo("Replacement"));
        Assert.That(ReturnReasonMapper.MapAction("StandardRefund", "Replacement=Replacement\n*=Store Credit", []), Is.EqualTo("Store Credit"));
    }
}
