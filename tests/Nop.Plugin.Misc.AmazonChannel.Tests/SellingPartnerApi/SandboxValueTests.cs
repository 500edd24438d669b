using System.Net;
using System.Text.Json.Nodes;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>The fields the plugin reads, with the values of Amazon's sandbox examples.</summary>
public class SandboxValueTests
{
    private static T Example<T>(SpApiOperation operation, string code, int index) =>
        SpApiJson.Deserialize<T>(AmazonModels.SandboxExamples(operation).Where(e => e.Code == code).ElementAt(index).Response!.ToJsonString());

    [Test]
    public void SearchOrders_JapanExample_OrderItemsAmountsAndNextToken()
    {
        var page = Example<SearchOrdersResponse>(SpApiOperations.SearchOrders, "200", 0);
        var order = page.Orders.Single();
        Assert.Multiple(() =>
        {
            Assert.That(page.NextToken, Is.EqualTo("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4"));
            Assert.That(page.CreatedBefore, Is.EqualTo(new DateTimeOffset(2024, 12, 25, 3, 0, 0, TimeSpan.Zero)));
            Assert.That(order.OrderId, Is.EqualTo("250-1234567-8901234"));
            Assert.That(order.SellerOrderId, Is.EqualTo("JP-ORDER-2024-001"));
            Assert.That(order.CreatedTime, Is.EqualTo(new DateTimeOffset(2024, 12, 25, 2, 30, 0, TimeSpan.Zero)));
            Assert.That(order.LastUpdatedTime, Is.EqualTo(new DateTimeOffset(2024, 12, 25, 6, 45, 0, TimeSpan.Zero)));
            Assert.That(order.Programs, Is.EqualTo(new[] { "PRIME" }));
            Assert.That(order.SalesChannel.MarketplaceId, Is.EqualTo("A1VC38T7YXB528"));
            Assert.That(order.Proceeds!.GrandTotal!.Value, Is.EqualTo(19940m));
            Assert.That(order.Proceeds.GrandTotal.CurrencyCode, Is.EqualTo("JPY"));
            Assert.That(order.Fulfillment!.FulfillmentStatus, Is.EqualTo(FulfillmentStatuses.Shipped));
            Assert.That(order.Fulfillment.FulfilledBy, Is.EqualTo(FulfilledBy.Amazon));
            Assert.That(order.OrderItems, Has.Count.EqualTo(2));
            Assert.That(order.OrderItems[1].OrderItemId, Is.EqualTo("25012345678902"));
            Assert.That(order.OrderItems[1].QuantityOrdered, Is.EqualTo(2));
            Assert.That(order.OrderItems[1].Product.SellerSku, Is.EqualTo("FIRE-TV-4K-MAX-JP"));
            Assert.That(order.OrderItems[1].Product.Price!.UnitPrice!.Value, Is.EqualTo(6980m));
            Assert.That(order.OrderItems[1].Proceeds!.ProceedsTotal!.Value, Is.EqualTo(13960m));
            Assert.That(order.OrderItems[0].Promotion!.Breakdowns![0].PromotionId, Is.EqualTo("JP-WINTER-SALE-2024"));
            Assert.That(order.OrderItems[0].Expense!.PointsCost!.PointsGranted!.PointsNumber, Is.EqualTo(60));
        });
    }

    [Test]
    public void SearchOrders_UkExample_AddressPackagesAndLastPage()
    {
        var page = Example<SearchOrdersResponse>(SpApiOperations.SearchOrders, "200", 1);
        var order = page.Orders.Single();
        var address = order.Recipient!.DeliveryAddress!;
        var package = order.Packages!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(page.NextToken, Is.Null);
            Assert.That(order.Buyer!.BuyerEmail, Is.EqualTo("buyer-email@marketplace.amazon.co.uk"));
            Assert.That(address.Name, Is.EqualTo("Sarah Thompson"));
            Assert.That(address.AddressLine1, Is.EqualTo("45 Oak Avenue"));
            Assert.That(address.City, Is.EqualTo("London"));
            Assert.That(address.PostalCode, Is.EqualTo("SW1A 1AA"));
            Assert.That(address.CountryCode, Is.EqualTo("GB"));
            Assert.That(address.Phone, Is.EqualTo("+44 20 7946 0958"));
            Assert.That(order.Fulfillment!.FulfilledBy, Is.EqualTo(FulfilledBy.Merchant));
            Assert.That(order.Fulfillment.ShipByWindow!.LatestDateTime, Is.EqualTo(new DateTimeOffset(2024, 12, 25, 23, 59, 59, TimeSpan.Zero)));
            Assert.That(order.OrderItems[0].Measurement!.Value, Is.EqualTo(1m));
            Assert.That(order.OrderItems[0].Fulfillment!.Picking!.SubstitutionPreference!.SubstitutionOptions, Has.Count.EqualTo(2));
            Assert.That(package.Carrier, Is.EqualTo("DPD"));
            Assert.That(package.TrackingNumber, Is.EqualTo("15501234567890123456"));
            Assert.That(package.PackageStatus!.Status, Is.EqualTo("IN_TRANSIT"));
            Assert.That(package.PackageItems![0].OrderItemId, Is.EqualTo("20276543210987"));
            Assert.That(package.PackageItems[0].Quantity, Is.EqualTo(1));
        });
    }

    [Test]
    public void SearchOrders_BrazilBusinessExample_TaxPaymentAndBusinessPrice()
    {
        var order = Example<SearchOrdersResponse>(SpApiOperations.SearchOrders, "200", 2).Orders.Single();
        Assert.Multiple(() =>
        {
            Assert.That(order.Buyer!.BuyerCompanyName, Is.EqualTo("Oliveira Tecnologia Ltda"));
            Assert.That(order.Buyer.BuyerPurchaseOrderNumber, Is.EqualTo("PO-BR-2024-5678"));
            Assert.That(order.Recipient!.DeliveryAddress!.ExtendedFields!.Neighborhood, Is.EqualTo("Bela Vista"));
            Assert.That(order.Tax!.TaxRegistrations, Has.Count.EqualTo(3));
            Assert.That(order.Payment!.PaymentExecutions![0].PaymentAmount!.Value, Is.EqualTo(1599.90m));
            Assert.That(order.OrderItems[0].Product.Price!.PriceDesignation, Is.EqualTo("BUSINESS_PRICE"));
            Assert.That(order.Fulfillment!.FulfillmentStatus, Is.EqualTo(FulfillmentStatuses.Unshipped));
        });
    }

    [Test]
    public void GetOrder_Examples_GiftMessageTaxAndBreakdowns()
    {
        var brazil = Example<GetOrderResponse>(SpApiOperations.GetOrder, "200", 0).Order;
        var turkey = Example<GetOrderResponse>(SpApiOperations.GetOrder, "200", 1).Order;
        var pickup = Example<GetOrderResponse>(SpApiOperations.GetOrder, "200", 2).Order;
        Assert.Multiple(() =>
        {
            Assert.That(brazil.OrderId, Is.EqualTo("171-9876543-2109876"));
            Assert.That(brazil.OrderItems[0].Fulfillment!.Packing!.GiftOption!.GiftMessage, Does.StartWith("Feliz Natal!"));
            Assert.That(brazil.Fulfillment!.LabelPrintingWindow!.EarliestDateTime, Is.EqualTo(new DateTimeOffset(2024, 12, 26, 17, 0, 0, TimeSpan.Zero)));
            Assert.That(brazil.Proceeds!.GrandTotal!.Value, Is.EqualTo(299.90m));
            Assert.That(turkey.Tax!.TaxRegistrations![0].TaxRegistrationAttributes![0].Value, Is.EqualTo("tax office"));
            Assert.That(turkey.OrderItems[0].Tax!.TaxCollections![0].Model, Is.EqualTo("MARKETPLACE_FACILITATOR"));
            Assert.That(turkey.OrderItems[0].Product.Price!.UnitPrice!.Value, Is.EqualTo(62.50m));
            Assert.That(pickup.Programs, Does.Contain("IN_STORE_PICK_UP"));
            Assert.That(pickup.Buyer, Is.Null);
            Assert.That(pickup.OrderItems[0].Proceeds!.Breakdowns!.Select(b => (b.Type, b.Subtotal.Value)), Is.EqualTo(new[] { ("ITEM", 39.99m), ("TAX", 10.00m) }));
            Assert.That(pickup.OrderItems[0].AssociatedOrderItems![0].AssociationType, Is.EqualTo("VALUE_ADD_SERVICE"));
        });
    }

    [Test]
    public void ReportsFeedsTokensSellers_ExampleValues()
    {
        var report = Example<Report>(SpApiOperations.GetReport, "200", 0);
        var reports = Example<GetReportsResponse>(SpApiOperations.GetReports, "200", 0);
        var reportDocument = Example<ReportDocument>(SpApiOperations.GetReportDocument, "200", 0);
        var feed = Example<AmazonChannel.SellingPartnerApi.Feeds.Feed>(SpApiOperations.GetFeed, "200", 0);
        var feedDocument = Example<AmazonChannel.SellingPartnerApi.Feeds.CreateFeedDocumentResponse>(SpApiOperations.CreateFeedDocument, "201", 0);
        var feedId = Example<AmazonChannel.SellingPartnerApi.Feeds.CreateFeedResponse>(SpApiOperations.CreateFeed, "202", 0);
        var rdt = Example<AmazonChannel.SellingPartnerApi.Tokens.CreateRestrictedDataTokenResponse>(SpApiOperations.CreateRestrictedDataToken, "200", 0);
        var participations = Example<AmazonChannel.SellingPartnerApi.Sellers.GetMarketplaceParticipationsResponse>(SpApiOperations.GetMarketplaceParticipations, "200", 0);
        Assert.Multiple(() =>
        {
            Assert.That(report.ProcessingStatus, Is.EqualTo(ProcessingStatuses.InProgress));
            Assert.That(report.IsFinished, Is.False);
            Assert.That(report.CreatedTime, Is.EqualTo(DateTimeOffset.Parse("2024-03-10T13:47:20.677Z", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(reports.NextToken, Is.EqualTo("VGhpcyB0b2tlbiBpcyBvcGFxdWUgYW5kIGludGVudGlvbmFsbHkgb2JmdXNjYXRlZA=="));
            Assert.That(reports.Reports.Single().ReportType, Is.EqualTo("FEE_DISCOUNTS_REPORT"));
            Assert.That(reportDocument.ReportDocumentId, Is.EqualTo("0356cf79-b8b0-4226-b4b9-0ee058ea5760"));
            Assert.That(reportDocument.CompressionAlgorithm, Is.Null);
            Assert.That(feed.ProcessingStatus, Is.EqualTo(ProcessingStatuses.Cancelled));
            Assert.That(feed.IsFinished, Is.True);
            Assert.That(feedDocument.FeedDocumentId, Is.EqualTo("3d4e42b5-1d6e-44e8-a89c-2abfca0625bb"));
            Assert.That(feedDocument.Url, Does.StartWith("https://"));
            Assert.That(feedId.FeedId, Is.EqualTo("3485934"));
            Assert.That(rdt.RestrictedDataToken, Does.StartWith("Atz.sprdt|"));
            Assert.That(rdt.ExpiresIn, Is.EqualTo(3600));
            Assert.That(participations.Payload![0].Marketplace.Id, Is.EqualTo("ATVPDKIKX0DER"));
            Assert.That(participations.Payload[0].Marketplace.DefaultCurrencyCode, Is.EqualTo("USD"));
            Assert.That(participations.Payload[0].StoreName, Is.EqualTo("BestSellerStore"));
            Assert.That(participations.Payload[0].Participation.IsParticipating, Is.True);
        });
    }

    [Test]
    public async Task SearchOrders_WalksExamplePages_FollowingTheNextToken()
    {
        // Page 1 is the JP example (with a next token), page 2 the UK example (last page).
        var examples = AmazonModels.SandboxExamples(SpApiOperations.SearchOrders).Where(e => e.Code == "200").ToList();
        var handler = StubHandler.WithToken(request =>
        {
            var hasToken = request.Uri.Query.Contains("paginationToken=", StringComparison.Ordinal);
            return StubHandler.Json(HttpStatusCode.OK, examples[hasToken ? 1 : 0].Response!.ToJsonString());
        });
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());
        var query = new SearchOrdersQuery { LastUpdatedAfter = TestOptions.Start.AddDays(-1), MarketplaceIds = ["ATVPDKIKX0DER"], IncludedData = IncludedData.ForImport };

        var orders = new List<Order>();
        await foreach (var order in client.Orders.SearchOrdersAsync(query, CancellationToken.None))
            orders.Add(order);

        Assert.That(orders.Select(o => o.OrderId), Is.EqualTo(new[] { "250-1234567-8901234", "202-7654321-1098765" }));
        var second = handler.ApiRequests.Last().Uri.Query;
        Assert.That(second, Does.Contain("paginationToken=2YgYW55IGNhcm5hbCBwbGVhc3VyZS4"));
        Assert.That(second, Does.Contain("lastUpdatedAfter=2026-02-28T12%3A00%3A00Z"));
        Assert.That(second, Does.Contain("includedData=BUYER,RECIPIENT,PROCEEDS"));
    }

    [Test]
    public void ConfirmShipment_Body_IsTheModelShape()
    {
        var request = new ConfirmShipmentRequest
        {
            MarketplaceId = "ATVPDKIKX0DER",
            PackageDetail = new PackageDetail
            {
                PackageReferenceId = "1",
                CarrierCode = "FedEx",
                CarrierName = "FedEx",
                ShippingMethod = "FedEx Ground",
                TrackingNumber = "112345678",
                ShipDate = new DateTimeOffset(2022, 2, 11, 1, 0, 0, TimeSpan.Zero),
                OrderItems = [new ConfirmShipmentOrderItem { OrderItemId = "79039765272157", Quantity = 1 }]
            }
        };
        var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(request, SpApiJson.Options))!;
        Assert.Multiple(() =>
        {
            Assert.That(json["packageDetail"]!["shipDate"]!.GetValue<string>(), Is.EqualTo("2022-02-11T01:00:00Z"));
            Assert.That(json["packageDetail"]!["orderItems"]![0]!["orderItemId"]!.GetValue<string>(), Is.EqualTo("79039765272157"));
            Assert.That(json["packageDetail"]!.AsObject().ContainsKey("shipFromSupplySourceId"), Is.False, "nulls are not sent");
            Assert.That(json["codCollectionMethod"], Is.Null);
        });
    }
}
