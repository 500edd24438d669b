using System.Net;
using System.Text.Json.Nodes;
using AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

[TestFixture]
public class ReportTests
{
    private static async Task<JsonNode> CreateAndWaitAsync(EmulatorTestKit kit, string reportType, string? dataStart = null)
    {
        using var create = await kit.PostAsync("/reports/2021-06-30/reports", dataStart is null
            ? new { reportType, marketplaceIds = kit.Options.MarketplaceIds }
            : new { reportType, marketplaceIds = kit.Options.MarketplaceIds, dataStartTime = dataStart });
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await create.Content.ReadAsStringAsync());
        var reportId = (await EmulatorTestKit.ReadJsonAsync(create))["reportId"]!.GetValue<string>();

        var statuses = new List<string>();
        while (true)
        {
            var report = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/reports/{reportId}"));
            statuses.Add(report["processingStatus"]!.GetValue<string>());
            if (statuses[^1] == "DONE")
            {
                Assert.That(statuses, Does.Contain("IN_QUEUE").Or.Contain("IN_PROGRESS"));
                return report;
            }

            kit.Time.Advance(TimeSpan.FromSeconds(30));
        }
    }

    private static List<Dictionary<string, string>> ParseTsv(string text, out string[] header)
    {
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var columns = lines[0].Split('\t');
        header = columns;
        return lines.Skip(1).Select(l => l.Split('\t')).Select(cells =>
        {
            Assert.That(cells, Has.Length.EqualTo(columns.Length));
            return columns.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    [Test]
    public async Task Order_report_has_one_row_per_item_and_is_gzip_compressed()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 40;
            o.Mix.MultiItem = 0.5;
        });

        var report = await CreateAndWaitAsync(kit, "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL", "2026-02-01T00:00:00Z");
        var documentId = report["reportDocumentId"]!.GetValue<string>();
        var meta = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/documents/{documentId}"));
        var rows = ParseTsv(await kit.DownloadAsync($"/reports/2021-06-30/documents/{documentId}"), out var header);

        var orders = kit.Emulator.State.Orders.Values;
        Assert.That(meta["compressionAlgorithm"]!.GetValue<string>(), Is.EqualTo("GZIP"));
        Assert.That(header, Has.Length.EqualTo(32));
        Assert.That(header[0], Is.EqualTo("amazon-order-id"));
        Assert.That(header, Does.Not.Contain("order-item-id").And.Not.Contain("buyer-name"));
        Assert.That(rows, Has.Count.EqualTo(orders.Sum(o => o.Items.Count)));
        Assert.That(rows.Select(r => r["amazon-order-id"]).Distinct(), Is.EquivalentTo(orders.Select(o => o.OrderId)));
        var multi = orders.First(o => o.Items.Count > 1);
        Assert.That(rows.Where(r => r["amazon-order-id"] == multi.OrderId).Select(r => r["sku"]), Is.EquivalentTo(multi.Items.Select(i => i.Sku)));
    }

    [Test]
    public async Task Restricted_report_documents_need_an_rdt_for_the_exact_document_path()
    {
        using var kit = new EmulatorTestKit(o => o.Mix.PendingFirst = 0);
        var report = await CreateAndWaitAsync(kit, "GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING");
        var path = $"/reports/2021-06-30/documents/{report["reportDocumentId"]!.GetValue<string>()}";

        using var withAccessToken = await kit.GetAsync(path);
        using var rdtResponse = await kit.PostAsync("/tokens/2021-03-01/restrictedDataToken", new { restrictedResources = new[] { new { method = "GET", path } } });
        var rdt = (await EmulatorTestKit.ReadJsonAsync(rdtResponse))["restrictedDataToken"]!.GetValue<string>();
        using var genericRdtResponse = await kit.PostAsync("/tokens/2021-03-01/restrictedDataToken", new { restrictedResources = new[] { new { method = "GET", path = "/reports/2021-06-30/documents/{reportDocumentId}" } } });
        var genericRdt = (await EmulatorTestKit.ReadJsonAsync(genericRdtResponse))["restrictedDataToken"]!.GetValue<string>();
        using var withGeneric = await kit.GetAsync(path, genericRdt);
        var rows = ParseTsv(await kit.DownloadAsync(path, rdt), out var header);

        Assert.That(withAccessToken.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(rdt, Does.StartWith("Atz.sprdt|"));
        Assert.That(withGeneric.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(header, Does.Contain("buyer-name").And.Contain("quantity-to-ship"));
        var expected = kit.Emulator.State.Orders.Values.Where(o => o is { IsFba: false, Status: "UNSHIPPED" or "PARTIALLY_SHIPPED" }).Sum(o => o.Items.Count(i => i.QuantityUnshipped > 0));
        Assert.That(rows, Has.Count.EqualTo(expected));
    }

    [Test]
    public async Task Settlement_reports_are_generated_by_amazon_and_found_with_getReports()
    {
        using var kit = new EmulatorTestKit(o => o.Mix.Fba = 0.5);

        using var request = await kit.PostAsync("/reports/2021-06-30/reports", new { reportType = "GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2", marketplaceIds = new[] { "ATVPDKIKX0DER" } });
        using var noFilter = await kit.GetAsync("/reports/2021-06-30/reports");
        var list = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync("/reports/2021-06-30/reports?reportTypes=GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2"));
        var documentId = list["reports"]![0]!["reportDocumentId"]!.GetValue<string>();
        var rows = ParseTsv(await kit.DownloadAsync($"/reports/2021-06-30/documents/{documentId}"), out var header);

        Assert.That(request.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(noFilter.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(header, Has.Length.EqualTo(24));
        Assert.That(rows[0]["total-amount"], Is.Not.Empty);
        Assert.That(rows[0]["transaction-type"], Is.Empty);
        Assert.That(rows.Skip(1).Select(r => r["amount-type"]).Distinct(), Is.SupersetOf(new[] { "ItemPrice", "ItemFees" }));
        var total = rows.Skip(1).Sum(r => decimal.Parse(r["amount"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(decimal.Parse(rows[0]["total-amount"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(total));
    }

    [Test]
    public async Task GetReports_pages_with_next_token_as_the_only_parameter()
    {
        using var kit = new EmulatorTestKit(o => o.InitialSettlementReport = false);
        for (var i = 0; i < 3; i++)
            await kit.PostAsync("/reports/2021-06-30/reports", new { reportType = "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE", marketplaceIds = new[] { "ATVPDKIKX0DER" } });

        var first = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync("/reports/2021-06-30/reports?reportTypes=GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE&pageSize=2"));
        var token = Uri.EscapeDataString(first["nextToken"]!.GetValue<string>());
        using var mixed = await kit.GetAsync($"/reports/2021-06-30/reports?reportTypes=GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE&nextToken={token}");
        var second = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/reports?nextToken={token}"));

        Assert.That(first["reports"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(mixed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(second["reports"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(second["nextToken"], Is.Null);
    }

    [Test]
    public async Task Returns_report_lists_seeded_returns_with_human_readable_headers()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 80;
            o.Mix.Returned = 0.5;
            o.Mix.Fba = 0.5;
        });

        var report = await CreateAndWaitAsync(kit, ReportTypes.Returns);
        var text = await kit.DownloadAsync($"/reports/2021-06-30/documents/{report["reportDocumentId"]!.GetValue<string>()}");
        var header = text.Split("\r\n")[0].Split('\t');
        var parsed = Nop.Plugin.Misc.AmazonChannel.Services.Returns.ReturnsReportParser.Parse(text, Nop.Plugin.Misc.AmazonChannel.Services.Reports.MarketplaceAmountFormat.For(kit.Options.MarketplaceIds.Single())!);

        Assert.That(header[0], Is.EqualTo("Order ID"));
        Assert.That(header, Does.Contain("Return request date").And.Contain("Refunded Amount"));
        Assert.That(parsed.Errors, Is.Empty);
        Assert.That(parsed.Lines.Select(r => r.AmazonOrderId), Is.EquivalentTo(kit.Emulator.State.Orders.Values.Where(o => o.HasReturn).Select(o => o.OrderId)));
        Assert.That(parsed.Lines, Is.Not.Empty);
    }

    [Test]
    public async Task Malformed_rows_fault_breaks_some_rows()
    {
        using var kit = new EmulatorTestKit(o => o.Faults.MalformedReportRows = 1);

        var report = await CreateAndWaitAsync(kit, ReportTypes.AllOrdersByLastUpdate, "2026-02-01T00:00:00Z");
        var text = await kit.DownloadAsync($"/reports/2021-06-30/documents/{report["reportDocumentId"]!.GetValue<string>()}");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines.Skip(1).Any(l => l.Split('\t').Length != 32) || text.Contains("not-a-date"), Is.True);
    }
}
