using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Reports;

public class OrderReportParserTests
{
    private const string TrackingHeader = "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\torder-channel\turl\tship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\tpromotion-ids\tis-business-order\tpurchase-order-number\tprice-designation";
    private const string ShippingHeader = "order-id\torder-item-id\tpurchase-date\tpayments-date\tbuyer-email\tbuyer-name\tbuyer-phone-number\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tship-service-level\trecipient-name\tship-address-1\tship-address-2\tship-address-3\tship-city\tship-state\tship-postal-code\tship-country\tship-phone-number\titem-promotion-discount\titem-promotion-id\tship-promotion-discount\tship-promotion-id\tsales-channel";

    private static string Tracking(string orderId, string status, string channel, string sku, int quantity, string price, string updated = "2026-11-20T11:00:00+00:00") =>
        $"{orderId}\t\t2026-11-20T10:00:00+00:00\t{updated}\t{status}\t{channel}\tAmazon.com\t\t\tStandard\tWidget\t{sku}\tB000TEST\tUnshipped\t{quantity}\tUSD\t{price}\t1.60\t4.99\t0.00\t\t\t-2.00\t\tSeattle\tWA\t98109\tUS\t\tfalse\t\t";

    private static string Shipping(string orderId, string itemId, string sku, int quantity, string price) =>
        $"{orderId}\t{itemId}\t2026-11-20T10:00:00+00:00\t2026-11-20T10:05:00+00:00\tbuyer@marketplace.amazon.com\tJane Buyer\t\t{sku}\tWidget\t{quantity}\tUSD\t{price}\t1.60\t4.99\t0.00\tStandard\tJane Buyer\t410 Terry Ave N\t\t\tSeattle\tWA\t98109\tUS\t\t-2.00\tPROMO1\t0.00\t\tAmazon.com";

    [Test]
    public void TrackingAndShippingRows_MergeIntoCompleteOrders()
    {
        var tracking = string.Join('\n', TrackingHeader,
            Tracking("111-1", "Unshipped", "Merchant", "SKU-1", 2, "20.00"),
            Tracking("111-1", "Unshipped", "Merchant", "SKU-2", 1, "5.50"));
        var shipping = string.Join('\n', ShippingHeader,
            Shipping("111-1", "ITEM-A", "SKU-1", 2, "20.00"),
            Shipping("111-1", "ITEM-B", "SKU-2", 1, "5.50"));

        var result = OrderReportParser.Parse(tracking, shipping, "ATVPDKIKX0DER");

        var order = result.Orders.Single();
        Assert.That(order.IsSummaryOnly, Is.False);
        Assert.That((order.Status, order.FulfillmentChannel, order.MarketplaceId), Is.EqualTo((AmazonOrderStatus.Unshipped, AmazonFulfillmentChannel.Merchant, "ATVPDKIKX0DER")));
        Assert.That(order.Items.Select(i => (i.AmazonOrderItemId, i.SellerSku, i.QuantityOrdered, i.ItemPrice)),
            Is.EqualTo(new[] { ("ITEM-A", "SKU-1", 2, 20.00m), ("ITEM-B", "SKU-2", 1, 5.50m) }));
        Assert.That(order.Items[0].ItemDiscount, Is.EqualTo(2m), "promotion discounts are negative in the file");
        Assert.That(order.ShippingAddress!.AddressLine1, Is.EqualTo("410 Terry Ave N"));
        Assert.That(order.BuyerEmail, Is.EqualTo("buyer@marketplace.amazon.com"));
        Assert.That(order.LastUpdateDateUtc, Is.EqualTo(new DateTime(2026, 11, 20, 11, 0, 0, DateTimeKind.Utc)));
        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void OrdersOnlyInTheTrackingReport_AreSummaries()
    {
        var tracking = string.Join('\n', TrackingHeader, Tracking("111-2", "Pending", "Merchant", "SKU-1", 1, ""), Tracking("111-3", "Shipped", "Amazon", "SKU-9", 1, "9.99"));

        var result = OrderReportParser.Parse(tracking, ShippingHeader, "ATVPDKIKX0DER");

        Assert.That(result.Orders.Select(o => (o.AmazonOrderId, o.Status, o.FulfillmentChannel, o.IsSummaryOnly)),
            Is.EquivalentTo(new[] { ("111-2", AmazonOrderStatus.Pending, AmazonFulfillmentChannel.Merchant, true), ("111-3", AmazonOrderStatus.Shipped, AmazonFulfillmentChannel.Amazon, true) }));
    }

    [Test]
    public void BadRows_NameTheirOrderForARereadAndNeverStopTheReport()
    {
        var tracking = string.Join('\n', TrackingHeader,
            Tracking("111-4", "Unshipped", "Merchant", "SKU-1", 1, "not-a-price"),
            Tracking("111-5", "Unshipped", "Merchant", "SKU-1", 1, "10.00"),
            "111-6\t\t2026-11-20T10:00:00+00:00",
            "\t\t2026-11-20T10:00:00+00:00\t2026-11-20T11:00:00+00:00\tUnshipped",
            Tracking("111-7", "Lost", "Merchant", "SKU-1", 1, "10.00"));

        var result = OrderReportParser.Parse(tracking, null, "ATVPDKIKX0DER");

        Assert.That(result.Orders.Select(o => o.AmazonOrderId), Is.EqualTo(new[] { "111-5" }));
        Assert.That(result.OrderIdsToReread, Is.EquivalentTo(new[] { "111-4", "111-6", "111-7" }));
        Assert.That(result.Errors.Select(e => e.RowNumber), Is.EquivalentTo(new[] { 2, 4, 5, 6 }));
        Assert.That(result.Errors.Single(e => e.RowNumber == 2).Message, Does.Contain("'item-price'").And.Not.Contain("not-a-price"), "errors name the column, never the value");
        Assert.That(result.Errors.Single(e => e.RowNumber == 4).Message, Does.Contain("cut off"));
        Assert.That(result.Errors.Single(e => e.RowNumber == 6).Message, Does.Contain("order-status"));
    }

    [Test]
    public void ColumnsAreFoundByName_NotPosition_AndDecimalCommasAreRead()
    {
        var tracking = "sku\tamazon-order-id\torder-status\tfulfillment-channel\tpurchase-date\tquantity\tcurrency\titem-price\n" +
                       "SKU-1\t302-1\tShipped\tMerchant\t2026-11-20T10:00:00+00:00\t3\tEUR\t12,50";

        var order = OrderReportParser.Parse(tracking, null, "A1PA6795UKMFR9").Orders.Single();

        Assert.That((order.AmazonOrderId, order.CurrencyCode, order.Items[0].ItemPrice, order.Items[0].QuantityOrdered), Is.EqualTo(("302-1", "EUR", 12.50m, 3)));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void AnOrderListedInTwoVersions_IsReadInItsNewest(bool olderFirst)
    {
        var older = Tracking("111-7", "Unshipped", "Merchant", "SKU-1", 2, "20.00", "2026-11-20T11:00:00+00:00");
        var newer = Tracking("111-7", "Shipped", "Merchant", "SKU-1", 2, "20.00", "2026-11-20T12:30:00+00:00");
        var tracking = string.Join('\n', olderFirst ? [TrackingHeader, older, newer] : new[] { TrackingHeader, newer, older });

        var order = OrderReportParser.Parse(tracking, null, "ATVPDKIKX0DER").Orders.Single();

        Assert.That(order.Status, Is.EqualTo(AmazonOrderStatus.Shipped));
        Assert.That(order.LastUpdateDateUtc, Is.EqualTo(new DateTime(2026, 11, 20, 12, 30, 0, DateTimeKind.Utc)));
        Assert.That(order.Items.Select(i => (i.SellerSku, i.QuantityOrdered)), Is.EqualTo(new[] { ("SKU-1", 2) }), "the older version's line is not a second line");
    }
}
