using System.Globalization;
using System.Net;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Emu = AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>The client against the SP-API emulator, in virtual time.</summary>
public class EmulatorClientTests
{
    private sealed record Harness(Emu.SpApiEmulator Emulator, SellingPartnerApiClientFactory Factory, SellingPartnerApiClient Client, CapturingLoggerProvider Logs, SellingPartnerApiOptions Options)
    {
        public IEnumerable<Emu.RecordedRequest> Calls(string operation) => Emulator.Requests.Where(r => r.Operation == operation);

        public DateTimeOffset Now => Emulator.Time.GetUtcNow();
    }

    private static Harness Start(Action<Emu.EmulatorOptions>? emulator = null, Action<SellingPartnerApiOptions>? client = null)
    {
        var emulatorOptions = new Emu.EmulatorOptions { Seed = 11, OrderCount = 50 };
        emulator?.Invoke(emulatorOptions);
        var emu = new Emu.SpApiEmulator(emulatorOptions);
        var options = new SellingPartnerApiOptions
        {
            ClientId = emulatorOptions.ClientId,
            ClientSecret = emulatorOptions.ClientSecret,
            RefreshToken = emulatorOptions.RefreshToken,
            SellerId = emulatorOptions.SellerId,
            PollInterval = TimeSpan.FromSeconds(30)
        };
        client?.Invoke(options);
        var logs = new CapturingLoggerProvider();
        var factory = new SellingPartnerApiClientFactory(emu.CreateHandler(), emu.Time, logs);
        return new Harness(emu, factory, factory.Create(options), logs, options);
    }

    private static SearchOrdersQuery AllOrders(Harness h, int? pageSize = null) => new()
    {
        CreatedAfter = h.Now.AddDays(-30),
        MarketplaceIds = ["ATVPDKIKX0DER"],
        MaxResultsPerPage = pageSize,
        IncludedData = IncludedData.ForImport
    };

    [Test]
    public async Task TestConnection_ReturnsTheMarketplaces()
    {
        var h = Start();

        var participations = await h.Client.TestConnectionAsync(CancellationToken.None);

        Assert.That(participations.Select(p => p.Marketplace.Id), Is.EqualTo(new[] { "ATVPDKIKX0DER" }));
        Assert.That(participations[0].Participation.IsParticipating, Is.True);
    }

    [Test]
    public async Task Token_IsReused_ThenRefreshedBeforeItExpires_InVirtualTime()
    {
        var h = Start(e => e.AccessTokenLifetime = TimeSpan.FromHours(1));
        var orderId = h.Emulator.State.OrdersInCreationOrder[0].OrderId;

        await h.Client.Orders.GetOrderAsync(orderId, null, CancellationToken.None);
        h.Emulator.Time.Advance(TimeSpan.FromMinutes(58));
        await h.Client.Orders.GetOrderAsync(orderId, null, CancellationToken.None);
        Assert.That(h.Calls("lwaToken").Count(), Is.EqualTo(1));

        h.Emulator.Time.Advance(TimeSpan.FromSeconds(90));
        await h.Client.Orders.GetOrderAsync(orderId, null, CancellationToken.None);

        Assert.That(h.Calls("lwaToken").Count(), Is.EqualTo(2));
        Assert.That(h.Calls("getOrder").All(r => r.StatusCode == 200), Is.True, "never sent an expired token");
    }

    [Test]
    public async Task ManyConcurrentCalls_OfSeveralClients_RequestExactlyOneToken()
    {
        var h = Start();
        var clients = Enumerable.Range(0, 4).Select(_ => h.Factory.Create(h.Options)).ToList();
        var ids = h.Emulator.State.OrdersInCreationOrder.Select(o => o.OrderId).Take(28).ToList();

        await Task.WhenAll(ids.Select((id, i) => Task.Run(() => clients[i % 4].Orders.GetOrderAsync(id, null, CancellationToken.None))));

        Assert.That(h.Calls("lwaToken").Count(), Is.EqualTo(1));
        Assert.That(h.Calls("getOrder").Count(), Is.EqualTo(28));
    }

    [Test]
    public void InvalidRefreshToken_IsATypedLwaError()
    {
        var h = Start(client: o => o.RefreshToken = "Atzr|revoked");

        var error = Assert.ThrowsAsync<LwaAuthorizationException>(() => h.Client.TestConnectionAsync(CancellationToken.None));

        Assert.That(error!.LwaError, Is.EqualTo("invalid_grant"));
        Assert.That(error.Message, Does.Contain("re-authorize"));
        Assert.That(h.Emulator.Requests.Select(r => r.Operation), Is.EqualTo(new[] { "lwaToken" }));
    }

    [Test]
    public void WrongClientSecret_IsATypedLwaError()
    {
        var h = Start(client: o => o.ClientSecret = "wrong");

        var error = Assert.ThrowsAsync<LwaAuthorizationException>(() => h.Client.TestConnectionAsync(CancellationToken.None));

        Assert.That(error!.LwaError, Is.EqualTo("invalid_client"));
    }

    [Test]
    public async Task SearchOrders_WalksEveryPage()
    {
        var h = Start();
        var expected = h.Emulator.State.OrdersInCreationOrder.Where(o => o.MarketplaceId == "ATVPDKIKX0DER").Select(o => o.OrderId).ToList();

        var orders = new List<Order>();
        await foreach (var order in h.Client.Orders.SearchOrdersAsync(AllOrders(h, pageSize: 7), CancellationToken.None))
            orders.Add(order);

        Assert.That(orders.Select(o => o.OrderId), Is.EquivalentTo(expected));
        Assert.That(h.Calls("searchOrders").Count(), Is.EqualTo((expected.Count + 6) / 7));
        Assert.That(orders.All(o => o.OrderItems.Count > 0 && o.Fulfillment is not null), Is.True);
    }

    [Test]
    public async Task ConcurrentCalls_AreThrottledByTheClient_SoAmazonNeverAnswers429()
    {
        var h = Start(e => e.OrderCount = 80);
        var ids = h.Emulator.State.OrdersInCreationOrder.Select(o => o.OrderId).ToList();

        // getOrder: burst 30, 0.5/s. searchOrders: burst 20, one per 180 s; 2 orders per page = 40 pages.
        var search = Task.Run(async () =>
        {
            var count = 0;
            await foreach (var _ in h.Client.Orders.SearchOrdersAsync(AllOrders(h, pageSize: 2), CancellationToken.None))
                count++;
            return count;
        });
        var reads = ids.Select(id => Task.Run(() => h.Client.Orders.GetOrderAsync(id, [IncludedData.Recipient], CancellationToken.None))).ToList();
        var orders = await Task.WhenAll(reads);
        var found = await search;

        Assert.Multiple(() =>
        {
            Assert.That(orders.Select(o => o.OrderId), Is.EquivalentTo(ids));
            Assert.That(found, Is.EqualTo(h.Emulator.State.OrdersInCreationOrder.Count(o => o.MarketplaceId == "ATVPDKIKX0DER")));
            Assert.That(h.Emulator.Requests.Where(r => r.StatusCode == 429), Is.Empty, "the emulator throttled a call");
            Assert.That(h.Calls("getOrder").Count(), Is.EqualTo(ids.Count), "no call needed a retry");
            Assert.That(h.Now - new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero), Is.GreaterThan(TimeSpan.FromSeconds(((found + 1) / 2 - 20 - 1) / 0.0056)), "waited in virtual time (one searchOrders page per 1/0.0056 s after the burst)");
        });
    }

    [Test]
    public async Task InjectedThrottlingServerErrorsAndTimeouts_AreRetriedToSuccess()
    {
        var h = Start(e => e.Faults = new Emu.FaultOptions { Throttle429 = 0.1, ServerError5xx = 0.1, Timeout = 0.05 });
        var ids = h.Emulator.State.OrdersInCreationOrder.Select(o => o.OrderId).Take(40).ToList();

        var orders = await Task.WhenAll(ids.Select(id => h.Client.Orders.GetOrderAsync(id, null, CancellationToken.None)));

        var calls = h.Calls("getOrder").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(orders.Select(o => o.OrderId), Is.EquivalentTo(ids));
            Assert.That(calls.Count(r => r.StatusCode == 429), Is.GreaterThan(0));
            Assert.That(calls.Count(r => r.StatusCode >= 500), Is.GreaterThan(0));
            Assert.That(calls.Count(r => r.StatusCode == 0), Is.GreaterThan(0), "timeouts");
            Assert.That(h.Logs.AllText, Does.Contain("retrying"));
        });
    }

    [Test]
    public void ThrottleStorm_ExhaustsTheRetries_AndEndsInATypedError()
    {
        var h = Start(client: o => o.MaxRetries = 2);
        h.Emulator.StartThrottleStorm("getOrder", 10);

        var error = Assert.ThrowsAsync<SellingPartnerApiException>(() => h.Client.Orders.GetOrderAsync(h.Emulator.State.OrdersInCreationOrder[0].OrderId, null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(error.Operation, Is.EqualTo("getOrder"));
            Assert.That(error.Attempts, Is.EqualTo(3));
            Assert.That(error.RequestId, Is.Not.Null.And.Not.Empty);
            Assert.That(error.ErrorCode, Is.EqualTo("QuotaExceeded"));
        });
    }

    [Test]
    public async Task ConfirmShipment_ShipsTheOrder()
    {
        var h = Start();
        var order = h.Emulator.State.OrdersInCreationOrder.First(o => !o.IsFba && o.Status == Emu.FulfillmentStatuses.Unshipped);

        await h.Client.Orders.ConfirmShipmentAsync(order.OrderId, new ConfirmShipmentRequest
        {
            MarketplaceId = order.MarketplaceId,
            PackageDetail = new PackageDetail
            {
                PackageReferenceId = "1",
                CarrierCode = "UPS",
                ShippingMethod = "Ground",
                TrackingNumber = "1Z999AA10123456784",
                ShipDate = h.Now.AddMinutes(-5),
                OrderItems = order.Items.Select(i => new ConfirmShipmentOrderItem { OrderItemId = i.OrderItemId, Quantity = i.QuantityUnshipped }).ToList()
            }
        }, CancellationToken.None);

        var after = await h.Client.Orders.GetOrderAsync(order.OrderId, [IncludedData.Fulfillment, IncludedData.Packages], CancellationToken.None);
        Assert.That(after.Fulfillment!.FulfillmentStatus, Is.EqualTo(FulfillmentStatuses.Shipped));
        Assert.That(after.Packages!.Single().TrackingNumber, Is.EqualTo("1Z999AA10123456784"));
    }

    [Test]
    public async Task ReportRoundTrip_CreatesPollsAndDownloadsTheGzipDocument()
    {
        var h = Start(e => e.CompressReports = true);

        var result = await h.Client.Reports.RunReportAsync(new CreateReportSpecification
        {
            ReportType = ReportTypes.AllOrdersByLastUpdate,
            MarketplaceIds = ["ATVPDKIKX0DER"],
            DataStartTime = h.Now.AddDays(-30)
        }, null, null, CancellationToken.None);

        var lines = result.Document!.GetText().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(result.IsDone, Is.True);
            Assert.That(lines[0], Does.StartWith("amazon-order-id\t"));
            Assert.That(lines.Length, Is.GreaterThan(1));
            Assert.That(h.Calls("getReport").Count(), Is.GreaterThan(1), "polled until DONE");
            Assert.That(h.Calls("createRestrictedDataToken"), Is.Empty, "not a restricted report");
        });
    }

    [Test]
    public async Task RestrictedReport_IsDownloadedWithARestrictedDataToken()
    {
        var h = Start();

        var result = await h.Client.Reports.RunReportAsync(new CreateReportSpecification
        {
            ReportType = ReportTypes.OrdersShipping,
            MarketplaceIds = ["ATVPDKIKX0DER"],
            DataStartTime = h.Now.AddDays(-30)
        }, null, null, CancellationToken.None);

        Assert.That(result.IsDone, Is.True);
        Assert.That(result.Document!.GetText(), Does.Contain("order-item-id"));
        Assert.That(h.Calls("createRestrictedDataToken").Count(), Is.EqualTo(1));
        Assert.That(h.Calls("getReportDocument").Single().StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task FeedRoundTrip_ReturnsTheProcessingReport()
    {
        var h = Start();
        var order = h.Emulator.State.OrdersInCreationOrder.First(o => !o.IsFba && o.Status == Emu.FulfillmentStatuses.Unshipped);
        var items = string.Concat(order.Items.Select(i => $"<Item><AmazonOrderItemCode>{i.OrderItemId}</AmazonOrderItemCode><Quantity>{i.QuantityUnshipped}</Quantity></Item>"));
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <AmazonEnvelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="amzn-envelope.xsd">
            <Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>{h.Options.SellerId}</MerchantIdentifier></Header>
            <MessageType>OrderFulfillment</MessageType>
            <Message><MessageID>1</MessageID><OrderFulfillment><AmazonOrderID>{order.OrderId}</AmazonOrderID><FulfillmentDate>{h.Now.AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}</FulfillmentDate>
            <FulfillmentData><CarrierCode>UPS</CarrierCode><ShippingMethod>Ground</ShippingMethod><ShipperTrackingNumber>1Z999AA10123456785</ShipperTrackingNumber></FulfillmentData>{items}</OrderFulfillment></Message>
            </AmazonEnvelope>
            """;

        var submitted = await h.Client.Feeds.SubmitXmlFeedAsync(FeedTypes.OrderFulfillment, [order.MarketplaceId], xml, CancellationToken.None);
        var result = await h.Client.Feeds.GetFeedResultAsync(submitted.FeedId, null, null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Feed.ProcessingStatus, Is.EqualTo(ProcessingStatuses.Done));
            Assert.That(result.ProcessingReportText, Does.Contain("ProcessingReport").And.Contain("<MessagesSuccessful>1</MessagesSuccessful>"));
            Assert.That(h.Emulator.State.GetOrder(order.OrderId).Status, Is.EqualTo(Emu.FulfillmentStatuses.Shipped));
        });
    }

    [Test]
    public void Cancellation_StopsThePaginationWithoutFurtherCalls()
    {
        var h = Start();
        using var cts = new CancellationTokenSource();

        Assert.That(async () =>
        {
            await foreach (var _ in h.Client.Orders.SearchOrderPagesAsync(AllOrders(h, pageSize: 5), cts.Token))
                cts.Cancel();
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(h.Calls("searchOrders").Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Logs_OfAFullRun_HoldNoSecretsTokensOrBuyerData()
    {
        var h = Start(e => e.Faults = new Emu.FaultOptions { ServerError5xx = 0.2 });
        var orders = new List<Order>();
        await foreach (var order in h.Client.Orders.SearchOrdersAsync(AllOrders(h, pageSize: 20), CancellationToken.None))
            orders.Add(order);

        var text = h.Logs.AllText;
        var buyerData = orders.SelectMany(o => new[] { o.Buyer?.BuyerName, o.Buyer?.BuyerEmail, o.Recipient?.DeliveryAddress?.AddressLine1, o.Recipient?.DeliveryAddress?.Phone }).OfType<string>().Where(s => s.Length > 3).ToList();
        Assert.That(buyerData, Is.Not.Empty);
        Assert.That(text, Does.Contain("searchOrders"));
        foreach (var forbidden in buyerData.Concat([h.Options.ClientSecret, h.Options.RefreshToken, "Atza|"]))
            Assert.That(text, Does.Not.Contain(forbidden));
    }
}
