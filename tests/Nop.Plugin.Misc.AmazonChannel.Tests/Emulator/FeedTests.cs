using System.Net;
using System.Text;
using System.Xml.Linq;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

[TestFixture]
public class FeedTests
{
    private static EmulatorTestKit NewKit(Action<EmulatorOptions>? configure = null) => new(o =>
    {
        o.OrderCount = 60;
        o.Mix.Fba = 0.2;
        o.Mix.PendingFirst = 0;
        o.Mix.AlreadyShipped = 0;
        o.Mix.AmazonCancelled = 0.1;
        configure?.Invoke(o);
    });

    private static EmulatedOrder Unshipped(EmulatorTestKit kit, Func<EmulatedOrder, bool>? extra = null) =>
        kit.Emulator.State.Orders.Values.First(o => o is { Status: "UNSHIPPED", IsFba: false } && (extra?.Invoke(o) ?? true));

    private static async Task<XDocument> ProcessingReportAsync(EmulatorTestKit kit, System.Text.Json.Nodes.JsonNode feed)
    {
        var xml = await kit.DownloadAsync($"/feeds/2021-06-30/documents/{feed["resultFeedDocumentId"]!.GetValue<string>()}");
        var report = XDocument.Parse(xml);
        AssertValidProcessingReport(report);
        return report;
    }

    /// <summary>Checks the report against the emulator's own ProcessingReport schema (Amazon's: <see cref="Processing_reports_are_valid_per_amazons_ProcessingReport_xsd"/>).</summary>
    private static void AssertValidProcessingReport(XDocument report, string? xsdDirectory = null)
    {
        var inner = report.Root!.Element("Message")!.Element("ProcessingReport")!;
        Assert.That(FeedSchemas.Validate(inner, FeedSchemas.ForMessage(xsdDirectory, "ProcessingReport")), Is.Empty, "processing report schema errors");
        Assert.That(report.Root!.Element("MessageType")!.Value, Is.EqualTo("ProcessingReport"));
    }

    private static int Summary(XDocument report, string name) =>
        int.Parse(report.Descendants("ProcessingSummary").Single().Element(name)!.Value);

    [Test]
    public async Task Fulfillment_feed_round_trip_ships_the_order_and_reports_no_errors()
    {
        using var kit = NewKit();
        var order = Unshipped(kit);
        var feedXml = EmulatorTestKit.Envelope("OrderFulfillment",
            $"<OrderFulfillment><AmazonOrderID>{order.OrderId}</AmazonOrderID><MerchantFulfillmentID>1001</MerchantFulfillmentID>" +
            "<FulfillmentDate>2026-03-02T11:00:00Z</FulfillmentDate><FulfillmentData><CarrierCode>UPS</CarrierCode>" +
            "<ShippingMethod>Ground</ShippingMethod><ShipperTrackingNumber>1Z999AA10123456784</ShipperTrackingNumber></FulfillmentData></OrderFulfillment>");

        var feed = await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", feedXml);
        var report = await ProcessingReportAsync(kit, feed);

        Assert.That(feed["processingStatus"]!.GetValue<string>(), Is.EqualTo("DONE"));
        Assert.That(report.Descendants("StatusCode").First().Value, Is.EqualTo("Complete"));
        Assert.That(report.Descendants("DocumentTransactionID").Single().Value, Is.EqualTo(feed["feedId"]!.GetValue<string>()));
        Assert.That(Summary(report, "MessagesProcessed"), Is.EqualTo(1));
        Assert.That(Summary(report, "MessagesSuccessful"), Is.EqualTo(1));
        Assert.That(Summary(report, "MessagesWithError"), Is.Zero);
        var json = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/orders/2026-01-01/orders/{order.OrderId}?includedData=FULFILLMENT,PACKAGES"));
        Assert.That(json["order"]!["fulfillment"]!["fulfillmentStatus"]!.GetValue<string>(), Is.EqualTo("SHIPPED"));
        Assert.That(json["order"]!["packages"]![0]!["trackingNumber"]!.GetValue<string>(), Is.EqualTo("1Z999AA10123456784"));
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Items.All(i => i.QuantityUnshipped == 0), Is.True);
    }

    [Test]
    public async Task Per_record_errors_carry_codes_and_order_ids_while_good_messages_apply()
    {
        using var kit = NewKit(o => o.Mix.MultiQuantity = 1);
        var order = Unshipped(kit);
        var item = order.Items[0];
        var fba = kit.Emulator.State.Orders.Values.First(o => o.IsFba && !o.IsCancelled);
        var cancelled = kit.Emulator.State.Orders.Values.First(o => o.IsCancelled);
        var feedXml = EmulatorTestKit.Envelope("OrderFulfillment",
            Ship("111-0000000-0000000", null, null),
            Ship(order.OrderId, item.OrderItemId, 1),
            Ship(order.OrderId, "99999999999999", 1),
            Ship(order.OrderId, item.OrderItemId, 50),
            Ship(fba.OrderId, null, null),
            Ship(cancelled.OrderId, null, null),
            $"<OrderFulfillment><AmazonOrderID>{order.OrderId}</AmazonOrderID><FulfillmentDate>yesterday</FulfillmentDate></OrderFulfillment>");

        var feed = await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", feedXml);
        var report = await ProcessingReportAsync(kit, feed);
        var results = report.Descendants("Result").ToDictionary(r => int.Parse(r.Element("MessageID")!.Value));

        Assert.That(Summary(report, "MessagesProcessed"), Is.EqualTo(7));
        Assert.That(Summary(report, "MessagesSuccessful"), Is.EqualTo(1));
        Assert.That(Summary(report, "MessagesWithError"), Is.EqualTo(6));
        Assert.That(results.Keys, Is.EquivalentTo(new[] { 1, 3, 4, 5, 6, 7 }));
        Assert.That(results[1].Element("ResultMessageCode")!.Value, Is.EqualTo("25"));
        Assert.That(results[1].Element("ResultCode")!.Value, Is.EqualTo("Error"));
        Assert.That(results[1].Element("AdditionalInfo")!.Element("AmazonOrderID")!.Value, Is.EqualTo("111-0000000-0000000"));
        Assert.That(results[3].Element("ResultMessageCode")!.Value, Is.EqualTo("18030"));
        Assert.That(results[4].Element("ResultMessageCode")!.Value, Is.EqualTo("18031"));
        Assert.That(results[5].Element("ResultMessageCode")!.Value, Is.EqualTo("18033"));
        Assert.That(results[6].Element("ResultMessageCode")!.Value, Is.EqualTo("18032"));
        Assert.That(results[7].Element("ResultMessageCode")!.Value, Is.EqualTo("18028"), "xsd:dateTime violation");
        var state = kit.Emulator.State.GetOrder(order.OrderId);
        Assert.That(state.Items[0].QuantityShipped, Is.EqualTo(1));
        Assert.That(state.Status, Is.EqualTo("PARTIALLY_SHIPPED"));
    }

    [TestCase("this is not xml", 5001)]
    [TestCase("<AmazonEnvelope><Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>X</MerchantIdentifier></Header><MessageType>OrderAdjustment</MessageType></AmazonEnvelope>", 5000)]
    public async Task Unusable_envelopes_end_FATAL_with_a_result_document(string content, int code)
    {
        using var kit = NewKit();

        var feed = await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", content);
        var report = await ProcessingReportAsync(kit, feed);

        Assert.That(feed["processingStatus"]!.GetValue<string>(), Is.EqualTo("FATAL"));
        Assert.That(report.Descendants("ResultMessageCode").Single().Value, Is.EqualTo(code.ToString()));
    }

    [Test]
    public async Task Messages_failing_the_xsd_get_per_message_errors()
    {
        using var kit = NewKit();
        var order = Unshipped(kit);
        var feedXml = EmulatorTestKit.Envelope("OrderFulfillment",
            $"<OrderFulfillment><AmazonOrderID>{order.OrderId}</AmazonOrderID><FulfillmentDate>2026-03-02T11:00:00Z</FulfillmentDate>" +
            "<FulfillmentData><CarrierCode>Pigeon Post</CarrierCode></FulfillmentData></OrderFulfillment>",
            "<OrderFulfillment><FulfillmentDate>2026-03-02T11:00:00Z</FulfillmentDate></OrderFulfillment>");

        var feed = await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", feedXml);
        var report = await ProcessingReportAsync(kit, feed);

        Assert.That(feed["processingStatus"]!.GetValue<string>(), Is.EqualTo("DONE"));
        Assert.That(report.Descendants("ResultMessageCode").Select(e => e.Value), Is.EqualTo(new[] { "18028", "18028" }));
        Assert.That(report.Descendants("ResultDescription").First().Value, Does.Contain("CarrierCode"));
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Status, Is.EqualTo("UNSHIPPED"));
    }

    [Test]
    public async Task With_an_XsdDirectory_messages_are_validated_against_amazons_original_xsds()
    {
        TestPaths.RequireAmazonReferenceFiles();
        using var kit = NewKit(o => o.XsdDirectory = TestPaths.AmazonXsdDir);
        var order = Unshipped(kit);
        var feedXml = EmulatorTestKit.Envelope("OrderFulfillment",
            $"<OrderFulfillment><AmazonOrderID>{order.OrderId}</AmazonOrderID><FulfillmentDate>2026-03-02T11:00:00Z</FulfillmentDate>" +
            "<FulfillmentData><CarrierCode>Royal mail</CarrierCode></FulfillmentData></OrderFulfillment>",
            Ship(order.OrderId, null, null));

        var feed = await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", feedXml);
        var xml = await kit.DownloadAsync($"/feeds/2021-06-30/documents/{feed["resultFeedDocumentId"]!.GetValue<string>()}");
        var report = XDocument.Parse(xml);
        AssertValidProcessingReport(report, TestPaths.AmazonXsdDir);

        var result = report.Descendants("Result").Single();
        Assert.That(result.Element("MessageID")!.Value, Is.EqualTo("1"));
        Assert.That(result.Element("ResultMessageCode")!.Value, Is.EqualTo("18028"));
        Assert.That(result.Element("ResultDescription")!.Value, Does.Contain("CarrierCode"));
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Status, Is.EqualTo("SHIPPED"), "message 2 is valid per Amazon's XSD");
    }

    [Test]
    public void An_XsdDirectory_without_amazons_xsds_stops_the_emulator_from_starting()
    {
        var empty = Directory.CreateTempSubdirectory("no-amazon-xsd-");
        try
        {
            Assert.That(() => new SpApiEmulator(new EmulatorOptions { XsdDirectory = empty.FullName }),
                Throws.TypeOf<FileNotFoundException>().With.Message.Contains("OrderFulfillment.xsd"));
        }
        finally
        {
            empty.Delete();
        }
    }

    [Test]
    public async Task Processing_reports_are_valid_per_amazons_ProcessingReport_xsd()
    {
        TestPaths.RequireAmazonReferenceFiles();
        using var kit = NewKit();
        var order = Unshipped(kit);
        var shipped = await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", EmulatorTestKit.Envelope("OrderFulfillment",
            Ship(order.OrderId, null, null), Ship("111-0000000-0000000", null, null), Ship(order.OrderId, "99999999999999", 1)));
        var fatal = await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", "this is not xml");

        foreach (var feed in new[] { shipped, fatal })
        {
            var xml = await kit.DownloadAsync($"/feeds/2021-06-30/documents/{feed["resultFeedDocumentId"]!.GetValue<string>()}");
            var report = XDocument.Parse(xml);
            AssertValidProcessingReport(report, TestPaths.AmazonXsdDir);
            Assert.That(report.Descendants("Result"), Is.Not.Empty);
        }
    }

    [Test]
    public async Task Cancellation_feed_cancels_whole_orders_and_single_items()
    {
        using var kit = NewKit(o => o.Mix.MultiItem = 1);
        var whole = Unshipped(kit);
        var partial = Unshipped(kit, o => o.OrderId != whole.OrderId && o.Items.Count > 1);
        var feedXml = EmulatorTestKit.Envelope("OrderAcknowledgement",
            $"<OrderAcknowledgement><AmazonOrderID>{whole.OrderId}</AmazonOrderID><StatusCode>Failure</StatusCode></OrderAcknowledgement>",
            $"<OrderAcknowledgement><AmazonOrderID>{partial.OrderId}</AmazonOrderID><MerchantOrderID>NOP-1001</MerchantOrderID><StatusCode>Success</StatusCode>" +
            $"<Item><AmazonOrderItemCode>{partial.Items[0].OrderItemId}</AmazonOrderItemCode><CancelReason>NoInventory</CancelReason></Item></OrderAcknowledgement>");

        var feed = await kit.SubmitFeedAsync("POST_ORDER_ACKNOWLEDGEMENT_DATA", feedXml);
        var report = await ProcessingReportAsync(kit, feed);

        Assert.That(Summary(report, "MessagesWithError"), Is.Zero);
        var wholeJson = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/orders/2026-01-01/orders/{whole.OrderId}?includedData=FULFILLMENT,CANCELLATION"));
        Assert.That(wholeJson["order"]!["fulfillment"]!["fulfillmentStatus"]!.GetValue<string>(), Is.EqualTo("CANCELLED"));
        Assert.That(wholeJson["order"]!["orderItems"]![0]!["cancellation"]!["cancellationExecution"]!["cancelledBy"]!.GetValue<string>(), Is.EqualTo("MERCHANT"));
        var partialState = kit.Emulator.State.GetOrder(partial.OrderId);
        Assert.That(partialState.Status, Is.EqualTo("UNSHIPPED"));
        Assert.That(partialState.Items[0].QuantityActive, Is.Zero);
        Assert.That(partialState.Items[0].CancelReason, Is.EqualTo("NoInventory"));
        Assert.That(partialState.MerchantOrderId, Is.EqualTo("NOP-1001"));
    }

    [Test]
    public async Task Refund_feed_records_refunds_and_rejects_over_refunds()
    {
        using var kit = NewKit();
        var order = Unshipped(kit);
        var item = order.Items[0];
        kit.Emulator.State.GetOrder(order.OrderId);
        var ship = await kit.SubmitFeedAsync("POST_ORDER_FULFILLMENT_DATA", EmulatorTestKit.Envelope("OrderFulfillment", Ship(order.OrderId, null, null)));
        Assert.That(ship["processingStatus"]!.GetValue<string>(), Is.EqualTo("DONE"));
        var half = (item.Principal / 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var tooMuch = (item.Principal * 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

        var feed = await kit.SubmitFeedAsync("POST_PAYMENT_ADJUSTMENT_DATA", EmulatorTestKit.Envelope("OrderAdjustment",
            Refund(order.OrderId, item.OrderItemId, "CustomerReturn", half, "USD"),
            Refund(order.OrderId, item.OrderItemId, "CustomerReturn", tooMuch, "USD"),
            Refund(order.OrderId, item.OrderItemId, "GeneralAdjustment", "1.00", "EUR")));
        var report = await ProcessingReportAsync(kit, feed);

        Assert.That(report.Descendants("ResultMessageCode").Select(e => e.Value), Is.EqualTo(new[] { "18035", "18037" }));
        var refunds = kit.Emulator.State.GetOrder(order.OrderId).Refunds;
        Assert.That(refunds, Has.Count.EqualTo(1));
        Assert.That(refunds[0].Components["Principal"], Is.EqualTo(decimal.Parse(half, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(refunds[0].AdjustmentReason, Is.EqualTo("CustomerReturn"));
        Assert.That(kit.Emulator.State.Refunds.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Upload_with_another_content_type_or_after_expiry_is_rejected_like_s3()
    {
        using var kit = NewKit();
        var doc = await EmulatorTestKit.ReadJsonAsync(await kit.PostAsync("/feeds/2021-06-30/documents", new { contentType = "text/xml; charset=UTF-8" }));
        var url = doc["url"]!.GetValue<string>();

        using var wrongType = await kit.Http.PutAsync(url, new StringContent("<x/>", Encoding.UTF8, "application/json"));
        kit.Time.Advance(TimeSpan.FromMinutes(6));
        using var expired = await kit.Http.PutAsync(url, new StringContent("<x/>", Encoding.UTF8, "text/xml"));
        using var feed = await kit.PostAsync("/feeds/2021-06-30/feeds", new
        {
            feedType = "POST_ORDER_FULFILLMENT_DATA",
            marketplaceIds = new[] { "ATVPDKIKX0DER" },
            inputFeedDocumentId = doc["feedDocumentId"]!.GetValue<string>(),
        });

        Assert.That(new Uri(url).Host, Does.EndWith(".amazonaws.com"));
        Assert.That(wrongType.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await wrongType.Content.ReadAsStringAsync(), Does.Contain("SignatureDoesNotMatch"));
        Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await expired.Content.ReadAsStringAsync(), Does.Contain("Request has expired"));
        Assert.That(feed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "nothing was uploaded");
    }

    private static string Ship(string orderId, string? itemId, int? quantity) =>
        $"<OrderFulfillment><AmazonOrderID>{orderId}</AmazonOrderID><FulfillmentDate>2026-03-02T11:00:00Z</FulfillmentDate>" +
        "<FulfillmentData><CarrierCode>USPS</CarrierCode><ShipperTrackingNumber>9400100000000000000000</ShipperTrackingNumber></FulfillmentData>" +
        (itemId is null ? "" : $"<Item><AmazonOrderItemCode>{itemId}</AmazonOrderItemCode>{(quantity is null ? "" : $"<Quantity>{quantity}</Quantity>")}</Item>") +
        "</OrderFulfillment>";

    private static string Refund(string orderId, string itemId, string reason, string amount, string currency) =>
        $"<OrderAdjustment><AmazonOrderID>{orderId}</AmazonOrderID><ActionType>Refund</ActionType><AdjustedItem>" +
        $"<AmazonOrderItemCode>{itemId}</AmazonOrderItemCode><AdjustmentReason>{reason}</AdjustmentReason>" +
        $"<ItemPriceAdjustments><Component><Type>Principal</Type><Amount currency=\"{currency}\">{amount}</Amount></Component></ItemPriceAdjustments>" +
        "</AdjustedItem></OrderAdjustment>";
}
