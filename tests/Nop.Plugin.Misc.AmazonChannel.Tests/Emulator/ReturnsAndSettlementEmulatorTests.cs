using System.Net;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;
using Nop.Plugin.Misc.AmazonChannel.Services.Returns;
using Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

/// <summary>The emulator's returns and settlement reports in Amazon's shapes, read by the plugin's own parsers.</summary>
public class ReturnsAndSettlementEmulatorTests
{
    private const string Us = "ATVPDKIKX0DER";
    private const string De = "A1PA6795UKMFR9";
    [Test]
    public async Task TheReturnsReport_HasAmazonsIrregularities_AndReturnsMoveFromApprovedToClosed()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 80;
            o.Mix.Returned = 0.5;
        });
        var returned = kit.Emulator.State.Orders.Values.Where(o => o.HasReturn).ToList();
        Assume.That(returned, Is.Not.Empty);
        var latest = returned.Max(o => o.ReturnRequestDate!.Value);
        kit.Time.AdvanceTo(latest.AddHours(1));
        await kit.LoginAsync();

        var early = await ReturnsReportAsync(kit);
        Assert.That(early.Split("\r\n")[1], Does.Match(@"^\S+\t\d{2}-[A-Z][a-z]{2}-\d{4}\t"), "dates as dd-MMM-yyyy");
        Assert.That(early, Does.Contain("\t \t"), "cells that hold only a space");
        Assert.That(early.Split("\r\n").Skip(1).Where(l => l.Length > 0).Any(l => l.Split('\t').Length < 32), Is.True, "rows shorter than the header");
        var before = ReturnsReportParser.Parse(early, MarketplaceAmountFormat.For(Us)!);
        Assert.That(before.Errors, Is.Empty);
        Assert.That(before.Lines.Select(l => l.ReasonCode), Has.Some.StartsWith("AMZ-PG-"));
        var recent = before.Lines.Where(l => l.RequestedOnUtc >= latest.UtcDateTime.Date.AddDays(-5)).ToList();
        Assert.That(recent, Is.Not.Empty);
        Assert.That(recent.Select(l => l.Status), Is.All.EqualTo("Approved"), "a return not back yet is Approved");

        kit.Time.Advance(TimeSpan.FromDays(8) /* the emulator closes a return 7 days after the request */);
        await kit.LoginAsync();
        var after = ReturnsReportParser.Parse(await ReturnsReportAsync(kit), MarketplaceAmountFormat.For(Us)!);
        Assert.That(after.Lines.Select(l => l.Status), Is.All.EqualTo("Closed"));
        Assert.That(after.Lines.Select(l => l.RmaId), Is.EquivalentTo(before.Lines.Select(l => l.RmaId)), "the same returns, a later status");
    }

    [Test]
    public async Task Settlements_AppearOnTheirOwnSchedule_WithEveryTransactionType()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 120;
            o.Mix.Returned = 0.6;
            o.InitialSettlementReport = true;
        });
        Assert.That(await SettlementReportsAsync(kit), Has.Count.EqualTo(kit.Options.MarketplaceIds.Length));

        kit.Time.Advance(TimeSpan.FromDays(15));
        await kit.LoginAsync();
        var listed = await SettlementReportsAsync(kit);
        Assert.That(listed, Has.Count.EqualTo(2 * kit.Options.MarketplaceIds.Length), "a second settlement fourteen days later");

        var reports = new List<SettlementReport>();
        foreach (var (id, marketplaceIds) in listed)
            reports.Add(SettlementReportParser.Parse(await DownloadReportAsync(kit, id), marketplaceIds));
        var types = reports.SelectMany(r => r.Transactions).Select(t => t.TransactionType).ToHashSet();
        Assert.That(reports.SelectMany(r => r.Errors), Is.Empty);
        Assert.That(types, Is.SupersetOf(new[] { "Order", "ServiceFee", "other-transaction" }));
        Assert.That(types.Overlaps(new[] { "A-to-z Guarantee Refund", "Chargeback Refund" }), Is.True);
        Assert.That(reports.Select(r => r.Summary.SettlementId).Distinct().Count(), Is.EqualTo(reports.Count));
        foreach (var report in reports)
            Assert.That(report.Transactions.Sum(t => t.Net), Is.EqualTo(report.Summary.TotalAmount), "the summary's total is the sum of the amounts");
    }

    [Test]
    public async Task EuropeanSettlements_UseDecimalCommasAndDottedDates()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.MarketplaceIds = [De];
            o.OrderCount = 150;
            o.Reports.AmazonCharsets = true;
        });
        kit.Time.Advance(TimeSpan.FromDays(15));
        await kit.LoginAsync();

        var (id, marketplaceIds) = (await SettlementReportsAsync(kit)).Last();
        var text = await DownloadReportAsync(kit, id);
        var report = SettlementReportParser.Parse(text, marketplaceIds);

        var lines = text.Split("\r\n").Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')).ToList();
        Assert.That(lines[0][1], Does.Match(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2} UTC$"));
        Assert.That(lines.Skip(1).Select(cells => cells[14]).Prepend(lines[0][4]), Has.All.Match(@"^-?\d+,\d{2}$"), "decimal commas, no thousands separators");
        Assert.That(report.Errors, Is.Empty);
        Assert.That(report.Summary.CurrencyCode, Is.EqualTo("EUR"));
        Assert.That(Math.Abs(report.Summary.TotalAmount), Is.GreaterThan(1000m), "a total with thousands, written without a separator");
        Assert.That(report.Transactions.Sum(t => t.Net), Is.EqualTo(report.Summary.TotalAmount));
    }

    [Test]
    public async Task Settlements_AreListedWithEveryMarketplace_AndEachFileIsReadByTheMarketplaceItsRowsName()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.MarketplaceIds = [Us, De];
            o.OrderCount = 120;
            o.InitialSettlementReport = true;
        });

        var listed = await SettlementReportsAsync(kit);
        Assert.That(listed.Select(r => r.MarketplaceIds), Has.All.EquivalentTo(new[] { Us, De }), "Amazon lists a settlement with every marketplace of the seller");

        var totals = new Dictionary<string, decimal>();
        foreach (var (id, marketplaceIds) in listed)
        {
            var text = await DownloadReportAsync(kit, id);
            var report = SettlementReportParser.Parse(text, marketplaceIds);
            Assert.That(report.Errors, Is.Empty);
            Assert.That(report.Transactions.Sum(t => t.Net), Is.EqualTo(report.Summary.TotalAmount));
            totals[report.Summary.CurrencyCode] = report.Summary.TotalAmount;
            Assert.That(text.Split("\r\n")[1].Split('\t')[4], Does.Match(report.Summary.CurrencyCode == "EUR" ? @"^-?\d+,\d{2}$" : @"^-?\d+\.\d{2}$"));
        }

        Assert.That(totals.Keys, Is.EquivalentTo(new[] { "USD", "EUR" }));
    }

    [Test]
    public async Task AGermanReturnsReport_WritesDecimalCommas_AndIsReadToTheCent()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.MarketplaceIds = [De];
            o.OrderCount = 80;
            o.Mix.Returned = 0.5;
        });
        var returned = kit.Emulator.State.Orders.Values.Where(o => o.HasReturn).ToList();
        Assume.That(returned, Is.Not.Empty);
        kit.Time.AdvanceTo(returned.Max(o => o.ReturnRequestDate!.Value).AddDays(8));
        await kit.LoginAsync();

        var text = await ReturnsReportAsync(kit);
        var report = ReturnsReportParser.Parse(text, MarketplaceAmountFormat.For(De)!);

        Assert.That(text, Does.Match(@"\t\d+,\d{2}(\t|\r\n)"), "amounts with a decimal comma");
        Assert.That(report.Errors, Is.Empty);
        var seeded = report.Lines.Where(l => l.Status == "Closed" && l.RmaId.EndsWith("RMA", StringComparison.Ordinal)).ToList();
        Assert.That(seeded, Is.Not.Empty);
        foreach (var line in seeded)
        {
            var order = kit.Emulator.State.Orders[line.AmazonOrderId];
            Assert.That(line.RefundedAmount, Is.EqualTo(order.Items[0].Principal), $"refund of {line.AmazonOrderId}");
        }
    }

    private static async Task<string> ReturnsReportAsync(EmulatorTestKit kit)
    {
        using var create = await kit.PostAsync("/reports/2021-06-30/reports", new { reportType = ReportTypes.Returns, marketplaceIds = kit.Options.MarketplaceIds });
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var reportId = (await EmulatorTestKit.ReadJsonAsync(create))["reportId"]!.GetValue<string>();
        while (true)
        {
            var report = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/reports/{reportId}"));
            if (report["processingStatus"]!.GetValue<string>() == "DONE")
                return await kit.DownloadAsync($"/reports/2021-06-30/documents/{report["reportDocumentId"]!.GetValue<string>()}");
            kit.Time.Advance(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>The settlement reports getReports lists (newest first): ID and the marketplaces Amazon lists each with.</summary>
    private static async Task<List<(string Id, string[] MarketplaceIds)>> SettlementReportsAsync(EmulatorTestKit kit)
    {
        using var response = await kit.GetAsync($"/reports/2021-06-30/reports?reportTypes={ReportTypes.Settlement}&pageSize=100");
        var list = await EmulatorTestKit.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), list.ToJsonString());
        return list["reports"]!.AsArray()
            .Select(r => (r!["reportId"]!.GetValue<string>(), r["marketplaceIds"]!.AsArray().Select(m => m!.GetValue<string>()).ToArray()))
            .ToList();
    }

    private static async Task<string> DownloadReportAsync(EmulatorTestKit kit, string reportId)
    {
        var report = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/reports/{reportId}"));
        return await kit.DownloadAsync($"/reports/2021-06-30/documents/{report["reportDocumentId"]!.GetValue<string>()}");
    }
}
