using System.IO.Compression;
using System.Net;
using System.Text;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;
using Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Reports;

/// <summary>The emulator writes flat-file reports as Amazon really does (EmulatorOptions.Reports, docs/emulator.md).</summary>
public class EmulatorReportTruthTests
{
    private const string De = "A1PA6795UKMFR9";
    private const string Fr = "A13V1IB3VIYZZH";
    private const string Uk = "A1F83G8C2ARO7P";
    private const string Jp = "A1VC38T7YXB528";

    static EmulatorReportTruthTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private sealed record RawDocument(string? MediaType, string? Charset, byte[] Bytes);

    /// <summary>createReport for <paramref name="marketplaceIds"/>, wait, then download (with an RDT for restricted types) and gunzip.</summary>
    private static async Task<RawDocument> RunReportAsync(EmulatorTestKit kit, string reportType, params string[] marketplaceIds)
    {
        using var create = await kit.PostAsync("/reports/2021-06-30/reports", new { reportType, marketplaceIds, dataStartTime = "2026-02-01T00:00:00Z" });
        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await create.Content.ReadAsStringAsync());
        var reportId = (await EmulatorTestKit.ReadJsonAsync(create))["reportId"]!.GetValue<string>();
        kit.Time.Advance(kit.Options.ReportProcessingDelay + TimeSpan.FromSeconds(1));
        var report = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/reports/{reportId}"));
        Assert.That(report["processingStatus"]!.GetValue<string>(), Is.EqualTo("DONE"));

        var path = $"/reports/2021-06-30/documents/{report["reportDocumentId"]!.GetValue<string>()}";
        string? token = null;
        if (ReportTypes.Restricted.Contains(reportType))
        {
            using var rdt = await kit.PostAsync("/tokens/2021-03-01/restrictedDataToken", new { restrictedResources = new[] { new { method = "GET", path } } });
            token = (await EmulatorTestKit.ReadJsonAsync(rdt))["restrictedDataToken"]!.GetValue<string>();
        }

        var document = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync(path, token));
        using var download = await kit.Http.GetAsync(document["url"]!.GetValue<string>());
        var bytes = await download.Content.ReadAsByteArrayAsync();
        if (document["compressionAlgorithm"]?.GetValue<string>() == "GZIP")
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await gzip.CopyToAsync(plain);
            bytes = plain.ToArray();
        }

        return new RawDocument(download.Content.Headers.ContentType?.MediaType, download.Content.Headers.ContentType?.CharSet, bytes);
    }

    private static EmulatorTestKit EuSeller(Action<EmulatorOptions>? configure = null) => new(o =>
    {
        o.MarketplaceIds = [De, Fr, Uk];
        o.OrderCount = 60;
        o.Mix.PendingFirst = 0;
        configure?.Invoke(o);
    });

    [Test]
    public async Task EuFlatFiles_AreCp1252Bytes_ServedAsCharsetCp1252()
    {
        using var kit = EuSeller();

        var document = await RunReportAsync(kit, ReportTypes.AllOrdersByLastUpdate, De);

        Assert.That((document.MediaType, document.Charset), Is.EqualTo(("text/plain", "Cp1252")));
        Assert.That(() => new UTF8Encoding(false, true).GetString(document.Bytes), Throws.InstanceOf<DecoderFallbackException>(), "not UTF-8");
        Assert.That(Encoding.GetEncoding(1252).GetString(document.Bytes), Does.Contain("München").Or.Contain("Köln"));
    }

    [Test]
    public async Task JapaneseFlatFiles_AreShiftJis()
    {
        using var kit = new EmulatorTestKit(o => o.MarketplaceIds = [Jp]);

        var document = await RunReportAsync(kit, ReportTypes.AllOrdersByLastUpdate, Jp);

        Assert.That((document.MediaType, document.Charset), Is.EqualTo(("text/plain", "Shift_JIS")));
        Assert.That(Encoding.GetEncoding(932).GetString(document.Bytes), Does.Contain("渋谷区"));
    }

    [Test]
    public async Task TheTrackingReport_HasRowsOfEveryEuMarketplace_WhateverTheFilter()
    {
        using var kit = EuSeller();

        var rows = FlatFileReport.Parse(Encoding.GetEncoding(1252).GetString((await RunReportAsync(kit, ReportTypes.AllOrdersByLastUpdate, De)).Bytes)).Rows;
        var shipping = FlatFileReport.Parse(Encoding.GetEncoding(1252).GetString((await RunReportAsync(kit, ReportTypes.OrdersShipping, De)).Bytes)).Rows;

        Assert.That(rows.Select(r => r.Text("sales-channel")).Distinct(), Is.EquivalentTo(new[] { "Amazon.de", "Amazon.fr", "Amazon.co.uk" }));
        Assert.That(rows.Select(r => r.Text("amazon-order-id")).Distinct().Count(), Is.EqualTo(kit.Emulator.State.Orders.Count));
        Assert.That(shipping.Select(r => r.Text("sales-channel")).Distinct(), Is.EqualTo(new[] { "Amazon.de" }), "the shipping report keeps to its filter");
    }

    [Test]
    public async Task EachMarketplaceWritesAmountsInItsConvention_DecimalCommasOnTheContinent()
    {
        using var kit = EuSeller();

        var rows = FlatFileReport.Parse(Encoding.GetEncoding(1252).GetString((await RunReportAsync(kit, ReportTypes.AllOrdersByLastUpdate, De)).Bytes)).Rows;

        var prices = rows.Where(r => r.Text("item-price") is not null).GroupBy(r => r.Text("sales-channel")).ToDictionary(g => g.Key!, g => g.Select(r => r.Text("item-price")!).ToList());
        Assert.That(prices["Amazon.de"].Concat(prices["Amazon.fr"]), Has.All.Match(@"^-?\d{1,3}(\.\d{3})*,\d{2}$"));
        Assert.That(prices["Amazon.co.uk"], Has.All.Match(@"^-?\d+\.\d{2}$"));
        foreach (var row in rows.Where(r => r.Text("sales-channel") == "Amazon.de" && r.Text("item-price") is not null))
            Assert.That(() => row.Amount("item-price", MarketplaceAmountFormat.For(De)!), Throws.Nothing);
    }

    [Test]
    public async Task TheTrackingReport_UsesAmazonsStatusWords_EachMeaningTheOrdersRealStatus()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 150;
            o.Mix.Fba = 0.5;
            o.Mix.Returned = 0.3;
        });
        kit.Time.Advance(kit.Options.PendingDuration);

        var rows = FlatFileReport.Parse(Encoding.UTF8.GetString((await RunReportAsync(kit, ReportTypes.AllOrdersByLastUpdate, "ATVPDKIKX0DER")).Bytes)).Rows;

        var words = rows.Select(r => r.Text("order-status")!).Distinct().ToList();
        Assert.That(words, Is.SupersetOf(new[] { "Shipping", "Pending - Waiting for Pick Up", "Shipped - Delivered to Buyer", "Complete" }));
        Assert.That(words.Any(w => w.StartsWith("Shipped - Return", StringComparison.Ordinal) || w is "Shipped - Rejected by Buyer" or "Shipped - Damaged" or "Shipped - Lost in Transit"), Is.True);
        foreach (var row in rows)
        {
            var order = kit.Emulator.State.GetOrder(row.Text("amazon-order-id")!);
            Assert.That(AmazonOrderStatusParser.Parse(row.Text("order-status")), Is.EqualTo(AmazonOrderStatusParser.Parse(order.Status)), $"{order.OrderId}: {row.Text("order-status")}");
        }
    }

    [Test]
    public async Task ACancelledLineInsideAShippedOrder_IsItemStatusCancelledWithQuantityZero()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 20;
            o.Mix = new OrderMixOptions { Fba = 0, PendingFirst = 0, AmazonCancelled = 0, MultiItem = 1, AlreadyShipped = 1, CancelledLineInShippedOrder = 1 };
        });

        var tracking = FlatFileReport.Parse(Encoding.UTF8.GetString((await RunReportAsync(kit, ReportTypes.AllOrdersByLastUpdate, "ATVPDKIKX0DER")).Bytes)).Rows;
        var shipping = FlatFileReport.Parse(Encoding.UTF8.GetString((await RunReportAsync(kit, ReportTypes.OrdersShipping, "ATVPDKIKX0DER")).Bytes)).Rows;

        var order = kit.Emulator.State.OrdersInCreationOrder.First();
        var cancelled = order.Items[^1];
        Assert.That((order.Status, cancelled.QuantityActive, order.Items[0].QuantityShipped), Is.EqualTo((FulfillmentStatuses.Shipped, 0, order.Items[0].QuantityOrdered)));
        var trackingRow = tracking.Single(r => r.Text("amazon-order-id") == order.OrderId && r.Text("sku") == cancelled.Sku);
        Assert.That((trackingRow.Text("item-status"), trackingRow.Text("quantity"), trackingRow.Text("item-price")), Is.EqualTo(("Cancelled", "0", (string?)null)));
        Assert.That(shipping.Single(r => r.Text("order-item-id") == cancelled.OrderItemId).Text("quantity-purchased"), Is.EqualTo("0"));
        Assert.That(order.Packages.Single().Items.Select(i => i.OrderItemId), Does.Not.Contain(cancelled.OrderItemId));
    }

    [Test]
    public async Task DeliveryInstructionsWithTabsAndLineBreaks_AreQuotedCells()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.Mix.PendingFirst = 0;
            o.Reports.MultilineDeliveryInstructions = 1;
        });

        var text = Encoding.UTF8.GetString((await RunReportAsync(kit, ReportTypes.OrdersShipping, "ATVPDKIKX0DER")).Bytes);
        var rows = FlatFileReport.Parse(text).Rows;

        Assert.That(text, Does.Contain("\t\"Bitte beim Nachbarn abgeben\nHinterhaus,\t2. Stock \"\"links\"\"\"\t"));
        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.Select(r => r.Text("delivery-Instructions")), Has.All.EqualTo("Bitte beim Nachbarn abgeben\nHinterhaus,\t2. Stock \"links\""));
        Assert.That(rows.Select(r => r.Text("sales-channel")), Has.All.EqualTo("Amazon.com"), "the cells after the quoted one stay in step");
    }

    [TestCase(1.0)]
    [TestCase(0.0)]
    public async Task MalformedRows_ComeAtTheConfiguredRate(double rate)
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.Faults.MalformedReportRows = 1;
            o.Faults.MalformedRowRate = rate;
        });

        var rows = FlatFileReport.Parse(Encoding.UTF8.GetString((await RunReportAsync(kit, ReportTypes.AllOrdersByLastUpdate, "ATVPDKIKX0DER")).Bytes)).Rows;

        static bool IsBroken(FlatFileRow row) => row.IsTruncated || row.Text("item-price") == "12,3O" || row.Text("purchase-date") == "01/02/2026";
        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.Count(IsBroken), Is.EqualTo(rate == 0 ? 0 : rows.Count));
        if (rate > 0)
            Assert.That(rows.Select(r => r.IsTruncated ? "cut" : r.Text("item-price") == "12,3O" ? "values" : "dates").Distinct(), Is.EquivalentTo(new[] { "cut", "values", "dates" }));
    }

    [Test]
    public async Task EachTruthCanBeTurnedOff_ForTheDocumentedFile()
    {
        using var kit = EuSeller(o =>
        {
            o.Reports.AmazonCharsets = false;
            o.Reports.EuWideTrackingReport = false;
            o.Reports.DetailedStatuses = false;
        });

        var document = await RunReportAsync(kit, ReportTypes.AllOrdersByLastUpdate, De);
        var rows = FlatFileReport.Parse(Encoding.UTF8.GetString(document.Bytes)).Rows;

        Assert.That(document.Charset, Is.EqualTo("UTF-8"));
        Assert.That(rows.Select(r => r.Text("sales-channel")).Distinct(), Is.EqualTo(new[] { "Amazon.de" }));
        Assert.That(rows.Select(r => r.Text("order-status")).Distinct(), Is.SubsetOf(new[] { "Pending", "Unshipped", "PartiallyShipped", "Shipped", "Cancelled" }));
    }
}
