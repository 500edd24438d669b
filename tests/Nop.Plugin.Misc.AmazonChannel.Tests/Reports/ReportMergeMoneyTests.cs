using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Reports;

/// <summary>The merged report order carries the tracking report's money (gift wrap included) and the VAT once.</summary>
public class ReportMergeMoneyTests
{
    private const string TrackingHeader = "amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tsku\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount";
    private const string ShippingHeader = "order-id\torder-item-id\tpurchase-date\tbuyer-email\tsku\tquantity-purchased\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\trecipient-name\tship-address-1\tship-city\tship-postal-code\tship-country\tsales-channel";

    [Test]
    public void AmazonCom_TheShippingReportsLinesKeepTheTrackingReportsGiftWrap()
    {
        var tracking = TrackingHeader + "\n" +
                       "111-1\t2026-11-20T10:00:00+00:00\t2026-11-20T11:00:00+00:00\tUnshipped\tMerchant\tAmazon.com\tSKU-1\tUnshipped\t2\tUSD\t40.00\t3.20\t4.99\t0.00\t3.99\t0.00\t-4.00";
        var shipping = ShippingHeader + "\n" +
                       "111-1\t11111\t2026-11-20T10:00:00+00:00\tb@marketplace.amazon.com\tSKU-1\t2\tUSD\t40.00\t3.20\t4.99\t0.00\tJane Doe\t1 Main St\tSeattle\t98109\tUS\tAmazon.com";

        var order = OrderReportParser.Parse(tracking, shipping, "ATVPDKIKX0DER").Orders.Single();

        var line = order.Items.Single();
        Assert.That((order.IsSummaryOnly, line.AmazonOrderItemId), Is.EqualTo((false, "11111")));
        Assert.That((line.ItemPrice, line.ItemTax, line.GiftWrapPrice, line.ItemDiscount), Is.EqualTo((40.00m, 3.20m, 3.99m, 4.00m)));
        Assert.That(order.OrderTotal, Is.EqualTo(40.00m + 3.20m + 4.99m + 3.99m - 4.00m), "tax-exclusive: the tax is on top");
    }

    [Test]
    public void AmazonDe_ThePriceHoldsTheVat_SoTheVatIsCountedOnce()
    {
        var tracking = TrackingHeader + "\n" +
                       "302-1\t2026-11-20T10:00:00+00:00\t2026-11-20T11:00:00+00:00\tUnshipped\tMerchant\tAmazon.de\tSKU-1\tUnshipped\t1\tEUR\t1.190,00\t190,00\t5,95\t0,95\t4,76\t0,76\t0,00";

        var line = OrderReportParser.Parse(tracking, null, "A1PA6795UKMFR9").Orders.Single().Items.Single();

        Assert.That((line.ItemPrice, line.ShippingPrice, line.GiftWrapPrice), Is.EqualTo((1000.00m, 5.00m, 4.00m)), "prices without VAT");
        Assert.That((line.ItemTax, line.ShippingTax), Is.EqualTo((190.76m, 0.95m)), "item VAT with the gift wrap's");
        Assert.That(line.Total, Is.EqualTo(1190.00m + 5.95m + 4.76m), "what the buyer paid: the shelf prices");
    }
}
