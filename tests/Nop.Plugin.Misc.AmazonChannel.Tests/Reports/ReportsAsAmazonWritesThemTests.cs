using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Reports;

/// <summary>Order reports as Amazon really writes them, which differ from its documentation (docs/order-import.md).</summary>
public class ReportsAsAmazonWritesThemTests
{
    private const string De = "A1PA6795UKMFR9";

    private static readonly string[] _trackingColumns =
    [
        "amazon-order-id", "purchase-date", "last-updated-date", "order-status", "fulfillment-channel", "sales-channel", "product-name",
        "sku", "item-status", "quantity", "currency", "item-price", "item-tax", "shipping-price", "shipping-tax"
    ];

    private static readonly string[] _shippingColumns =
    [
        "order-id", "order-item-id", "purchase-date", "buyer-email", "buyer-name", "sku", "quantity-purchased", "currency", "item-price",
        "item-tax", "shipping-price", "shipping-tax", "recipient-name", "ship-address-1", "ship-city", "ship-postal-code", "ship-country",
        "delivery-Instructions", "sales-channel"
    ];

    private sealed record Line(string OrderId, string Sku, string Quantity = "1", string ItemStatus = "Unshipped", string OrderStatus = "Unshipped",
        string Channel = "Amazon.de", string Price = "20,00", string Purchased = "2026-11-20T10:00:00+00:00", string Title = "Widget");

    private static string Tracking(params Line[] lines) => string.Join("\r\n",
        lines.Select(l => string.Join('\t', l.OrderId, l.Purchased, "2026-11-20T11:00:00+00:00", l.OrderStatus, "Merchant", l.Channel, l.Title,
            l.Sku, l.ItemStatus, l.Quantity, "EUR", l.Price, "3,19", "0,00", "0,00")).Prepend(string.Join('\t', _trackingColumns)));

    private static string Shipping(params (string OrderId, string ItemId, string Sku, int Quantity, string Instructions)[] lines) => string.Join("\r\n",
        lines.Select(l => string.Join('\t', l.OrderId, l.ItemId, "2026-11-20T10:00:00+00:00", "b@marketplace.amazon.de", "Jörg Müller-Lüdenscheidt", l.Sku,
            l.Quantity, "EUR", "20,00", "3,19", "0,00", "0,00", "Jörg Müller-Lüdenscheidt", "Marienplatz 1", "München", "80331", "DE", l.Instructions, "Amazon.de"))
            .Prepend(string.Join('\t', _shippingColumns)));

    [Test]
    public void ACancelledLineInsideAShippedOrder_IsNotASoldLine()
    {
        var tracking = Tracking(
            new Line("302-1", "SKU-A", OrderStatus: "Shipped", ItemStatus: "Shipped"),
            new Line("302-1", "SKU-B", Quantity: "0", OrderStatus: "Shipped", ItemStatus: "Cancelled", Price: ""));

        var order = OrderReportParser.Parse(tracking, null, De).Orders.Single();

        Assert.That(order.Status, Is.EqualTo(AmazonOrderStatus.Shipped));
        Assert.That(order.Items.Select(i => i.SellerSku), Is.EqualTo(new[] { "SKU-A" }));
        Assert.That(order.OrderTotal, Is.EqualTo(20.00m), "the cancelled line adds nothing to the total (and the VAT inside the German price is counted once)");
    }

    [Test]
    public void AQuantityZeroRow_IsNotALine_InEitherReport()
    {
        var tracking = Tracking(new Line("302-2", "SKU-A"), new Line("302-2", "SKU-B", Quantity: "0", ItemStatus: "Unshipped", Price: "0,00"));
        var shipping = Shipping(("302-2", "I-A", "SKU-A", 1, ""), ("302-2", "I-B", "SKU-B", 0, ""));

        var order = OrderReportParser.Parse(tracking, shipping, De).Orders.Single();

        Assert.That(order.IsSummaryOnly, Is.False);
        Assert.That(order.Items.Select(i => (i.AmazonOrderItemId, i.QuantityOrdered)), Is.EqualTo(new[] { ("I-A", 1) }));
    }

    [Test]
    public void AShippingRowOfALineTheTrackingReportShowsCancelled_IsNotALine()
    {
        var tracking = Tracking(new Line("302-3", "SKU-A", OrderStatus: "Shipped", ItemStatus: "Shipped"), new Line("302-3", "SKU-B", Quantity: "0", ItemStatus: "Cancelled", OrderStatus: "Shipped"));
        var shipping = Shipping(("302-3", "I-A", "SKU-A", 1, ""), ("302-3", "I-B", "SKU-B", 1, ""));

        var order = OrderReportParser.Parse(tracking, shipping, De).Orders.Single();

        Assert.That(order.Items.Select(i => i.AmazonOrderItemId), Is.EqualTo(new[] { "I-A" }));
    }

    [Test]
    public void AnOrderWhoseEveryLineIsCancelled_StaysASummaryWithoutLines()
    {
        var tracking = Tracking(new Line("302-4", "SKU-A", Quantity: "0", ItemStatus: "Cancelled", OrderStatus: "Cancelled", Price: ""));
        var shipping = Shipping(("302-4", "I-A", "SKU-A", 0, ""));

        var order = OrderReportParser.Parse(tracking, shipping, De).Orders.Single();

        Assert.That((order.Status, order.IsSummaryOnly, order.Items.Count), Is.EqualTo((AmazonOrderStatus.Canceled, true, 0)));
    }

    [Test]
    public void RowsOfOtherEuMarketplaces_AreLeftOutWithTheirReason_NotImportedAsThisMarketplace()
    {
        var tracking = Tracking(
            new Line("302-5", "SKU-A", Channel: "Amazon.de"),
            new Line("402-6", "SKU-A", Channel: "Amazon.fr"),
            new Line("202-7", "SKU-A", Channel: "Amazon.co.uk"),
            new Line("402-8", "SKU-A", Channel: "amazon.it"),
            new Line("402-9", "SKU-A", Channel: "Amazon.es"));

        var result = OrderReportParser.Parse(tracking, null, De);

        Assert.That(result.Orders.Select(o => (o.AmazonOrderId, o.MarketplaceId)), Is.EqualTo(new[] { ("302-5", De) }));
        Assert.That(result.Skipped.Select(s => s.AmazonOrderId), Is.EqualTo(new[] { "402-6", "202-7", "402-8", "402-9" }));
        Assert.That(result.Skipped.Single(s => s.AmazonOrderId == "402-6").Reason, Does.Contain("A13V1IB3VIYZZH"));
        Assert.That(result.Skipped.Single(s => s.AmazonOrderId == "202-7").Reason, Does.Contain("A1F83G8C2ARO7P"));
        Assert.That(result.Errors, Is.Empty, "another marketplace's order is not an error");
        Assert.That(result.OrderIdsToReread, Is.Empty, "nor read one by one");
    }

    [Test]
    public void AnUnknownOrEmptySalesChannel_IsARecordedErrorAndTheOrderIsReadOnItsOwn_NeverDropped()
    {
        var tracking = Tracking(new Line("302-10", "SKU-A", Channel: "Amazon.xx"), new Line("302-11", "SKU-A", Channel: " "), new Line("302-12", "SKU-A", Channel: "Non-Amazon"));

        var result = OrderReportParser.Parse(tracking, null, De);

        Assert.That(result.Orders, Is.Empty);
        Assert.That(result.OrderIdsToReread, Is.EquivalentTo(new[] { "302-10", "302-11" }));
        Assert.That(result.Errors.Select(e => e.RowNumber), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(result.Errors[0].Message, Does.Contain("302-10").And.Contain("'sales-channel'").And.Contain("Amazon.xx"));
        Assert.That(result.Errors[1].Message, Does.Contain("'sales-channel' is empty"));
        Assert.That(result.Skipped.Single().Reason, Does.Contain("Multi-Channel Fulfillment"), "Non-Amazon orders are not Amazon sales");
    }

    [TestCase("Shipped - Delivered to Buyer", AmazonOrderStatus.Shipped)]
    [TestCase("Pending - Waiting for Pick Up", AmazonOrderStatus.Unshipped)]
    [TestCase("Shipping", AmazonOrderStatus.Unshipped)]
    [TestCase("Shipped", AmazonOrderStatus.Shipped)]
    [TestCase("Pending", AmazonOrderStatus.Pending)]
    [TestCase("Unshipped", AmazonOrderStatus.Unshipped)]
    [TestCase("Cancelled", AmazonOrderStatus.Canceled)]
    [TestCase("PartiallyShipped", AmazonOrderStatus.PartiallyShipped)]
    [TestCase("Shipped - Returning to Seller", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Rejected by Buyer", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Damaged", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Lost in Transit", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Out for Delivery", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Returned to Seller", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Picked Up", AmazonOrderStatus.Shipped)]
    [TestCase("Complete", AmazonOrderStatus.Shipped)]
    public void TheRealStatusVocabulary_MapsToThePluginsStatuses(string reportStatus, AmazonOrderStatus expected)
    {
        var tracking = Tracking(new Line("302-13", "SKU-A", OrderStatus: reportStatus, ItemStatus: reportStatus));

        var result = OrderReportParser.Parse(tracking, null, De);

        Assert.That(result.Errors, Is.Empty);
        var order = result.Orders.Single();
        Assert.That(order.Status, Is.EqualTo(expected));
        Assert.That(order.Items, Has.Count.EqualTo(expected == AmazonOrderStatus.Canceled ? 0 : 1));
    }

    [Test]
    public void AnUnknownStatus_IsAnErrorOnThatOrderNamingTheValue_AndOnlyThatOrder()
    {
        var tracking = Tracking(new Line("302-14", "SKU-A", OrderStatus: "Shipped - Teleported"), new Line("302-15", "SKU-A", ItemStatus: "Half-Cancelled"), new Line("302-16", "SKU-A"));

        var result = OrderReportParser.Parse(tracking, null, De);

        Assert.That(result.Orders.Select(o => o.AmazonOrderId), Is.EqualTo(new[] { "302-16" }));
        Assert.That(result.OrderIdsToReread, Is.EquivalentTo(new[] { "302-14", "302-15" }));
        Assert.That(result.Errors[0].Message, Does.Contain("302-14").And.Contain("'order-status'").And.Contain("Shipped - Teleported"));
        Assert.That(result.Errors[1].Message, Does.Contain("302-15").And.Contain("'item-status'").And.Contain("Half-Cancelled"));
    }

    [Test]
    public void QuotedCellsHoldingTabsAndLineBreaks_AreOneCell_AndRowNumbersAreFileLines()
    {
        var tracking = Tracking(new Line("302-17", "SKU-A", Title: "\"Mug\t\"\"Deluxe\"\"\r\n12 oz\""), new Line("302-18", "SKU-B", Title: "Monitor 27\""), new Line("302-19", "SKU-C", Price: "x"));
        var shipping = Shipping(("302-17", "I-A", "SKU-A", 1, "\"Hinterhof\tlinks\nbeim Nachbarn\""), ("302-18", "I-B", "SKU-B", 1, ""));

        var result = OrderReportParser.Parse(tracking, shipping, De);
        var summaries = OrderReportParser.Parse(tracking, null, De).Orders;

        Assert.That(summaries.Single(o => o.AmazonOrderId == "302-17").Items.Single().Title, Is.EqualTo("Mug\t\"Deluxe\"\r\n12 oz"));
        var mug = result.Orders.Single(o => o.AmazonOrderId == "302-17");
        Assert.That(mug.IsSummaryOnly, Is.False);
        Assert.That(mug.ShippingAddress!.City, Is.EqualTo("München"), "the cells after a multi-line cell stay in step");
        Assert.That(summaries.Single(o => o.AmazonOrderId == "302-18").Items.Single().Title, Is.EqualTo("Monitor 27\""), "a quote inside an unquoted cell is literal");
        Assert.That(result.Errors.Single().RowNumber, Is.EqualTo(5), "the header is line 1 and the quoted cell spans lines 2 and 3");
    }

    [Test]
    public void RowsShorterOrLongerThanTheHeader_AreNamedWithTheColumnAndReadOnTheirOwn()
    {
        var tracking = Tracking(new Line("302-20", "SKU-A"), new Line("302-21", "SKU-A"), new Line("302-22", "SKU-A")).Split("\r\n");
        tracking[1] = string.Join('\t', tracking[1].Split('\t').Take(9));
        tracking[2] += "\tstray\tcells";
        tracking[3] += "\t\t";

        var result = OrderReportParser.Parse(string.Join("\r\n", tracking), null, De);

        Assert.That(result.Orders.Select(o => o.AmazonOrderId), Is.EqualTo(new[] { "302-22" }), "empty trailing cells are harmless");
        Assert.That(result.OrderIdsToReread, Is.EquivalentTo(new[] { "302-20", "302-21" }));
        Assert.That(result.Errors[0].Message, Does.Contain("cut off").And.Contain("'quantity'"));
        Assert.That(result.Errors[1].Message, Does.Contain("out of step"));
    }

    [Test]
    public void CellsHoldingOnlyBlanks_AreEmpty()
    {
        var tracking = Tracking(new Line("302-23", "SKU-A", Title: " "), new Line("302-24", " "), new Line("302-37", "SKU-A", Price: " ")) + "\r\n \t \t \r\n";

        var result = OrderReportParser.Parse(tracking, null, De);

        var order = result.Orders.Single();
        Assert.That(order.Items[0].Title, Is.Null);
        Assert.That(result.Errors[0].Message, Does.Contain("302-24").And.Contain("'sku' is empty"));
        Assert.That(result.Errors[1].Message, Does.Contain("302-37").And.Contain("'item-tax'").And.Contain("'item-price'"),
            "an empty (zero) German price cannot hold VAT: refused, never a negative price");
    }

    [TestCase("2026-11-23T10:15:00+00:00", "2026-11-23T10:15:00")]
    [TestCase("2026-11-23T10:15:00-08:00", "2026-11-23T18:15:00")]
    [TestCase("2026-11-23T10:15:00Z", "2026-11-23T10:15:00")]
    [TestCase("2026-11-23T10:15:00.123+01:00", "2026-11-23T09:15:00.123")]
    [TestCase("2026-11-23T10:15:00+0100", "2026-11-23T09:15:00")]
    [TestCase("2026-11-23 10:15:00 UTC", "2026-11-23T10:15:00")]
    [TestCase("2026-11-23 10:15:00 PST", "2026-11-23T18:15:00")]
    [TestCase("23-Nov-2026", "2026-11-23T00:00:00")]
    [TestCase("2026-11-23 10:15:00 GMT", "2026-11-23T10:15:00")]
    [TestCase("2026-07-23 10:15:00 PDT", "2026-07-23T17:15:00")]
    [TestCase("2026-11-23T10:15:00", "2026-11-23T10:15:00")]
    [TestCase("2026-11-23T10:15:00+09:00", "2026-11-23T01:15:00")]
    [TestCase("2026-11-23", "2026-11-23T00:00:00")]
    public void AmazonsDateForms_AreReadToUtc(string written, string expectedUtc)
    {
        var order = OrderReportParser.Parse(Tracking(new Line("302-25", "SKU-A", Purchased: written)), null, De).Orders.Single();

        Assert.That(order.PurchaseDateUtc, Is.EqualTo(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(order.PurchaseDateUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [TestCase("01/02/2026", "day and month")]
    [TestCase("11/23/2026 10:15:00", "day and month")]
    [TestCase("Nov 23 2026", "form Amazon writes")]
    [TestCase("not-a-date", "form Amazon writes")]
    public void AmbiguousOrUnknownDates_AreRefusedNamingRowAndColumn_NeverGuessed(string written, string reason)
    {
        var result = OrderReportParser.Parse(Tracking(new Line("302-26", "SKU-A"), new Line("302-27", "SKU-A", Purchased: written)), null, De);

        Assert.That(result.Orders.Select(o => o.AmazonOrderId), Is.EqualTo(new[] { "302-26" }));
        var error = result.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(3));
        Assert.That(error.Message, Does.Contain("'purchase-date'").And.Contain(reason).And.Not.Contain(written));
        Assert.That(result.OrderIdsToReread, Is.EqualTo(new[] { "302-27" }));
    }

    [Test]
    public void ErrorsNeverCarryCellValues()
    {
        var secret = "Jörg Müller-Lüdenscheidt";
        var tracking = Tracking(
            new Line("302-28", "SKU-A", Price: secret),
            new Line("302-29", "SKU-A", Quantity: secret),
            new Line("302-30", "SKU-A", Purchased: secret));
        var shipping = Shipping(("302-31", "I-A", "SKU-A", 1, secret)).Replace("\tSKU-A\t1\t", $"\tSKU-A\t{secret}\t");
        var trackingWithShippingOrder = tracking + "\r\n" + Tracking(new Line("302-31", "SKU-A")).Split("\r\n")[1];

        var result = OrderReportParser.Parse(trackingWithShippingOrder, shipping, De);

        Assert.That(result.Errors, Has.Count.EqualTo(4));
        Assert.That(result.Errors.Select(e => e.Message), Has.All.Not.Contain("Müller").And.All.Contain("column '"));
    }

    [Test]
    public void AGermanReportsDecimalCommasAndThousandPoints_AreRead()
    {
        var tracking = Tracking(new Line("302-32", "SKU-A", Price: "1.234,56"), new Line("302-33", "SKU-A", Price: "12,50"), new Line("302-34", "SKU-A", Price: "12"));

        var result = OrderReportParser.Parse(tracking, null, De);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Orders.Select(o => o.Items.Single().ItemPrice + o.Items.Single().ItemTax), Is.EqualTo(new[] { 1234.56m, 12.50m, 12m }), "the shelf price, VAT included");
    }

    [TestCase("12.50", TestName = "AGermanAmountWithADecimalPoint_IsRefused")]
    [TestCase("1,234.56", TestName = "AGermanAmountInTheUsConvention_IsRefused")]
    [TestCase("12,505", TestName = "AGermanAmountWithThreeDecimals_IsRefused")]
    [TestCase("12.5.0", TestName = "AGermanAmountWithMisplacedThousandPoints_IsRefused")]
    [TestCase("N/A", TestName = "AGermanAmountThatIsNoNumber_IsRefused")]
    public void AnAmountThatDoesNotFitTheMarketplacesConvention_IsAnErrorNamingRowAndColumn_NeverZeroOrScaled(string price)
    {
        var tracking = Tracking(new Line("302-35", "SKU-A"), new Line("302-36", "SKU-A", Price: price));

        var result = OrderReportParser.Parse(tracking, null, De);

        Assert.That(result.Orders.Select(o => o.AmazonOrderId), Is.EqualTo(new[] { "302-35" }), "no order with a zero or scaled price");
        Assert.That(result.OrderIdsToReread, Is.EqualTo(new[] { "302-36" }), "the order is read on its own instead");
        var error = result.Errors.Single();
        Assert.That(error.RowNumber, Is.EqualTo(3));
        Assert.That(error.Message, Does.Contain("302-36").And.Contain("column 'item-price'").And.Contain("decimal comma").And.Not.Contain(price));
    }
}
