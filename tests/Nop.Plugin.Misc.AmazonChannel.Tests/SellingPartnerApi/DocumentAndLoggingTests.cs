using System.IO.Compression;
using System.Net;
using System.Text;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>Presigned uploads and downloads, GZIP, and what the logs may contain.</summary>
public class DocumentAndLoggingTests
{
    private const string PresignedHost = "tortuga-prod-na.s3-external-1.amazonaws.com";
    private const string Signature = "X-Amz-Signature=deadbeefsecret";

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return output.ToArray();
    }

    [Test]
    public void Gunzip_ReadsGzip_AndRejectsTruncatedOrCorruptStreams()
    {
        var text = string.Concat(Enumerable.Repeat("order-id\tsku\tquantity\n111-1\tSKU-1\t2\n", 200));
        var gzip = Gzip(text);

        Assert.That(Encoding.UTF8.GetString(DocumentTransfer.Gunzip(gzip)), Is.EqualTo(text));
        Assert.That(() => DocumentTransfer.Gunzip(gzip[..(gzip.Length / 2)]), Throws.InstanceOf<InvalidDataException>());
        var corrupt = gzip.ToArray();
        for (var i = 10; i < corrupt.Length - 8; i += 7)
            corrupt[i] ^= 0x5a;
        Assert.That(() => DocumentTransfer.Gunzip(corrupt), Throws.InstanceOf<InvalidDataException>());
        Assert.That(() => DocumentTransfer.Gunzip(Encoding.UTF8.GetBytes(text)), Throws.InstanceOf<InvalidDataException>());
    }

    [Test]
    public async Task FeedRoundTrip_UploadsWithoutToken_AndReturnsTheProcessingReport()
    {
        const string report = "<AmazonEnvelope><MessageType>ProcessingReport</MessageType></AmazonEnvelope>";
        var getFeedCalls = 0;
        var handler = StubHandler.WithToken(request => (request.Method.Method, request.Uri.AbsolutePath) switch
        {
            ("POST", "/feeds/2021-06-30/documents") => StubHandler.Json(HttpStatusCode.Created, $$"""{"feedDocumentId":"IN-1","url":"https://{{PresignedHost}}/in-1?{{Signature}}"}"""),
            ("PUT", "/in-1") => new HttpResponseMessage(HttpStatusCode.OK),
            ("POST", "/feeds/2021-06-30/feeds") => StubHandler.Json(HttpStatusCode.Accepted, """{"feedId":"F1"}"""),
            ("GET", "/feeds/2021-06-30/feeds/F1") => StubHandler.Json(HttpStatusCode.OK, Interlocked.Increment(ref getFeedCalls) < 3
                ? """{"feedId":"F1","feedType":"POST_ORDER_FULFILLMENT_DATA","createdTime":"2026-03-01T12:00:00Z","processingStatus":"IN_PROGRESS"}"""
                : """{"feedId":"F1","feedType":"POST_ORDER_FULFILLMENT_DATA","createdTime":"2026-03-01T12:00:00Z","processingStatus":"DONE","resultFeedDocumentId":"OUT-1"}"""),
            ("GET", "/feeds/2021-06-30/documents/OUT-1") => StubHandler.Json(HttpStatusCode.OK, $$"""{"feedDocumentId":"OUT-1","url":"https://{{PresignedHost}}/out-1?{{Signature}}","compressionAlgorithm":"GZIP"}"""),
            ("GET", "/out-1") => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Gzip(report)) },
            _ => new HttpResponseMessage(HttpStatusCode.NotFound)
        });
        var clock = new JumpingClock(TestOptions.Start);
        var client = new SellingPartnerApiClientFactory(handler, clock).Create(TestOptions.Create());

        var submitted = await client.Feeds.SubmitXmlFeedAsync(FeedTypes.OrderFulfillment, ["ATVPDKIKX0DER"], "<AmazonEnvelope/>", CancellationToken.None);
        var result = await client.Feeds.GetFeedResultAsync(submitted.FeedId, TimeSpan.FromSeconds(30), null, CancellationToken.None);

        var upload = handler.Requests.Single(r => r.Method == HttpMethod.Put);
        Assert.Multiple(() =>
        {
            Assert.That(submitted.FeedId, Is.EqualTo("F1"));
            Assert.That(submitted.InputFeedDocumentId, Is.EqualTo("IN-1"));
            Assert.That(upload.Headers.ContainsKey("x-amz-access-token"), Is.False, "no SP-API token on the presigned URL");
            Assert.That(upload.ContentType, Is.EqualTo(FeedTypes.XmlContentType));
            Assert.That(upload.BodyText, Is.EqualTo("<AmazonEnvelope/>"));
            Assert.That(handler.Requests.Single(r => r.Uri.AbsolutePath == "/feeds/2021-06-30/documents").BodyText, Is.EqualTo("""{"contentType":"text/xml; charset=UTF-8"}"""));
            Assert.That(handler.Requests.Single(r => r.Uri.AbsolutePath == "/feeds/2021-06-30/feeds" && r.Method == HttpMethod.Post).BodyText,
                Is.EqualTo("""{"feedType":"POST_ORDER_FULFILLMENT_DATA","marketplaceIds":["ATVPDKIKX0DER"],"inputFeedDocumentId":"IN-1"}"""));
            Assert.That(result.Feed.ProcessingStatus, Is.EqualTo(ProcessingStatuses.Done));
            Assert.That(result.ProcessingReportText, Is.EqualTo(report));
            Assert.That(getFeedCalls, Is.EqualTo(3));
            Assert.That(clock.Waits.Count(w => w == TimeSpan.FromSeconds(30)), Is.EqualTo(2), "polled on the time provider");
        });
    }

    [Test]
    public async Task CorruptDownload_IsRetried()
    {
        var downloads = 0;
        var handler = StubHandler.WithToken(request => request.Uri.Host == PresignedHost
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Interlocked.Increment(ref downloads) == 1 ? [0x1f, 0x8b, 1, 2, 3] : Gzip("a\tb\n")) }
            : StubHandler.Json(HttpStatusCode.OK, $$"""{"reportDocumentId":"D1","url":"https://{{PresignedHost}}/d1","compressionAlgorithm":"GZIP"}"""));
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());

        var document = await client.Reports.DownloadReportDocumentAsync(await client.Reports.GetReportDocumentAsync("D1", null, CancellationToken.None), CancellationToken.None);

        Assert.That(document.GetText(), Is.EqualTo("a\tb\n"));
        Assert.That(downloads, Is.EqualTo(2));
    }

    [Test]
    public void ExpiredPresignedUrl_IsATypedErrorWithS3sMessage()
    {
        var handler = StubHandler.WithToken(request => request.Uri.Host == PresignedHost
            ? new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>", Encoding.UTF8, "application/xml") }
            : StubHandler.Json(HttpStatusCode.OK, $$"""{"reportDocumentId":"D1","url":"https://{{PresignedHost}}/d1?{{Signature}}"}"""));
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());

        var error = Assert.ThrowsAsync<SellingPartnerApiException>(async () =>
            await client.Reports.DownloadReportDocumentAsync(await client.Reports.GetReportDocumentAsync("D1", null, CancellationToken.None), CancellationToken.None));

        Assert.That(error!.ErrorCode, Is.EqualTo("AccessDenied"));
        Assert.That(error.Message, Does.Contain("Request has expired").And.Contain("expired"));
        Assert.That(error.Message, Does.Not.Contain(Signature));
    }

    [Test]
    public async Task Logs_NeverContainSecretsTokensUrlsOrBuyerData()
    {
        const string buyerJson = """{"order":{"orderId":"111-2","createdTime":"2026-02-01T00:00:00Z","lastUpdatedTime":"2026-02-01T00:00:00Z","salesChannel":{"channelName":"AMAZON"},"buyer":{"buyerName":"Jane Buyer","buyerEmail":"jane@marketplace.amazon.com"},"recipient":{"deliveryAddress":{"name":"Jane Buyer","addressLine1":"1 Secret Street","phone":"+1 555 0100"}},"orderItems":[]}}""";
        var calls = 0;
        var handler = StubHandler.WithToken(request =>
        {
            if (request.Uri.Host == PresignedHost)
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("buyer-name\nJane Buyer\n") };
            if (request.Uri.AbsolutePath.Contains("/documents/", StringComparison.Ordinal))
                return StubHandler.Json(HttpStatusCode.OK, $$"""{"reportDocumentId":"D1","url":"https://{{PresignedHost}}/d1?{{Signature}}"}""");
            return Interlocked.Increment(ref calls) % 2 == 1
                ? StubHandler.Json(HttpStatusCode.ServiceUnavailable, """{"errors":[{"code":"ServiceUnavailable","message":"down"}]}""", ("x-amzn-RequestId", "rid-1"))
                : StubHandler.Json(HttpStatusCode.OK, buyerJson, ("x-amzn-RequestId", "rid-2"), ("x-amzn-RateLimit-Limit", "0.5"));
        });
        var logs = new CapturingLoggerProvider();
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start), logs).Create(TestOptions.Create());

        var order = await client.Orders.GetOrderAsync("111-2", ["BUYER", "RECIPIENT"], CancellationToken.None);
        await client.Reports.DownloadReportDocumentAsync(await client.Reports.GetReportDocumentAsync("D1", null, CancellationToken.None), CancellationToken.None);
        Assert.That(order.Buyer!.BuyerName, Is.EqualTo("Jane Buyer"));

        var failing = new SellingPartnerApiClientFactory(new StubHandler(_ => StubHandler.Json(HttpStatusCode.BadRequest, """{"error":"invalid_grant","error_description":"bad"}""")), new JumpingClock(TestOptions.Start), logs)
            .Create(TestOptions.Create());
        Assert.ThrowsAsync<LwaAuthorizationException>(() => failing.Orders.GetOrderAsync("1", null, CancellationToken.None));

        var text = logs.AllText;
        Assert.That(text, Does.Contain("getOrder").And.Contain("rid-1").And.Contain("invalid_grant"), "the logs say what happened");
        foreach (var forbidden in new[] { TestOptions.ClientSecret, TestOptions.RefreshToken, "Atza|", "Jane", "Secret Street", "555 0100", "jane@", Signature, PresignedHost })
            Assert.That(text, Does.Not.Contain(forbidden), forbidden);
        Assert.That(order.ToString(), Does.Not.Contain("Jane"));
    }
}
