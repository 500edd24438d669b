using System.Net;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Services.Returns;
using Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

/// <summary>The emulator's returns and settlement reports in Amazon's shapes, read by the plugin's own parsers.</summary>
public class ReturnsAndSettlementEmulatorTests
{
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
        var before = ReturnsReportParser.Parse(early);
        Assert.That(before.Errors, Is.Empty);
        Assert.That(before.Lines.Select(l => l.ReasonCode), Has.Some.StartsWith("AMZ-PG-"));
        var recent = before.Lines.Where(l => l.RequestedOnUtc >= latest.UtcDateTime.Date.AddDays(-5)).ToList();
        Assert.That(recent, Is.Not.Empty);
        Assert.That(recent.Select(l => l.Status), Is.All.EqualTo("Approved"), "a return not back yet is Approved");

        kit.Time.Advance(TimeSpan.FromDays(8) /* the emulator closes a return 7 days after the request */);
        await kit.LoginAsync();
        var after = ReturnsReportParser.Parse(await ReturnsReportAsync(kit));
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
        Assert.That(await SettlementReportIdsAsync(kit), Has.Count.EqualTo(kit.Options.MarketplaceIds.Length));

        kit.Time.Advance(TimeSpan.FromDays(15));
        await kit.LoginAsync();
        var ids = await SettlementReportIdsAsync(kit);
        Assert.That(ids, Has.Count.EqualTo(2 * kit.Options.MarketplaceIds.Length), "a second settlement fourteen days later");

        var reports = new List<SettlementReport>();
        foreach (var id in ids)
            reports.Add(SettlementReportParser.Parse(await DownloadReportAsync(kit, id)));
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
            o.MarketplaceIds = ["A1PA6795UKMFR9"];
            o.Reports.AmazonCharsets = true;
        });

        var id = (await SettlementReportIdsAsync(kit)).Single();
        var text = await DownloadReportAsync(kit, id);
        var report = SettlementReportParser.Parse(text);

        Assert.That(text.Split('\n')[1], Does.Match(@"\t\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2} UTC\t"));
        Assert.That(text.Split('\n')[1], Does.Match(@"\t-?\d+,\d{2}\t"));
        Assert.That(report.Summary.CurrencyCode, Is.EqualTo("EUR"));
        Assert.That(report.Transactions.Sum(t => t.Net), Is.EqualTo(report.Summary.TotalAmount));
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

    private static async Task<List<string>> SettlementReportIdsAsync(EmulatorTestKit kit)
    {
        using var response = await kit.GetAsync($"/reports/2021-06-30/reports?reportTypes={ReportTypes.Settlement}&pageSize=100");
        var list = await EmulatorTestKit.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), list.ToJsonString());
        return list["reports"]!.AsArray().Select(r => r!["reportId"]!.GetValue<string>()).ToList();
    }

    private static async Task<string> DownloadReportAsync(EmulatorTestKit kit, string reportId)
    {
        var report = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/reports/{reportId}"));
        return await kit.DownloadAsync($"/reports/2021-06-30/documents/{report["reportDocumentId"]!.GetValue<string>()}");
    }
}
