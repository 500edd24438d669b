using System.Text;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;
using Nop.Plugin.Misc.AmazonChannel.Services.Returns;
using static Nop.Plugin.Misc.AmazonChannel.Tests.Returns.ReturnsReportSamples;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Returns;

public class ReturnsReportParserTests
{
    [Test]
    public void ReadsAmazonsHumanReadableColumns_AndDayMonthNameDates()
    {
        var result = ReturnsReportParser.Parse(Report(Row("113-1234567-1234567", "DQBVxs2ZRRMA", "Approved", "SKU-1", 2, refunded: "27.50")));

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
        var result = ReturnsReportParser.Parse(Report(cut));

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Lines.Single().TrackingId, Is.Null);
        Assert.That(result.Lines.Single().RefundedAmount, Is.Zero);
    }

    [Test]
    public void EuDecimalComma_IsReadAsAnAmount()
    {
        var result = ReturnsReportParser.Parse(Report(Row("302-1234567-1234567", "RMA-DE", "Closed", "SKU-1", refunded: "1.234,56")));

        Assert.That(result.Lines.Single().RefundedAmount, Is.EqualTo(1234.56m));
    }

    [Test]
    public void ABadRow_IsReportedByNumberAndColumn_WithoutItsValues_AndTheOthersAreRead()
    {
        var bad = Row("113-0000000-0000001", "RMA-BAD", "Approved", "SKU-1").Replace("\t1\tAMZ-PG", "\tzwei\tAMZ-PG", StringComparison.Ordinal);
        var result = ReturnsReportParser.Parse(Report(bad, Row("113-0000000-0000002", "RMA-OK", "Approved", "SKU-1")));

        Assert.That(result.Lines.Select(l => l.RmaId), Is.EqualTo(new[] { "RMA-OK" }));
        var error = result.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain("Return quantity"));
        Assert.That(error.Message, Does.Not.Contain("zwei"));
    }

    [Test]
    public void AMissingRequiredColumn_IsOneErrorNamingIt()
    {
        var result = ReturnsReportParser.Parse("Order ID\tMerchant SKU\r\n113-1\tSKU-1\r\n");

        Assert.That(result.Lines, Is.Empty);
        Assert.That(result.Errors.Single().Message, Does.Contain("Amazon RMA ID"));
    }

    [Test]
    public void ReturnlessRefunds_AreRecognised()
    {
        var result = ReturnsReportParser.Parse(Report(
            Row("113-1", "R1", "Approved", "SKU-1", returnType: "C-Returns", resolution: "ReturnlessRefund"),
            Row("113-2", "R2", "Approved", "SKU-1")));

        Assert.That(result.Lines.Select(l => l.IsReturnless), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void ACp1252Document_IsDecodedBeforeParsing()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Report(Row("302-1234567-1234567", "RMA-EU", "Approved", "SKU-Größe"));
        var document = new SpApiDocument("doc-1", Encoding.GetEncoding(1252).GetBytes(text), "text/plain;charset=Cp1252");

        var result = ReturnsReportParser.Parse(document.GetText());

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
