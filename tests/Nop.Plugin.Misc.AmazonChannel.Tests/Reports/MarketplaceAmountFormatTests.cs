using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Reports;

/// <summary>Flat-file amounts are read by the report's marketplace convention, never by guessing from the cell.</summary>
public class MarketplaceAmountFormatTests
{
    private const string Us = "ATVPDKIKX0DER";
    private const string De = "A1PA6795UKMFR9";
    private const string Fr = "A13V1IB3VIYZZH";
    private const string It = "APJ6JRA9NG5V4";
    private const string Es = "A1RKKUPIHCS9HS";
    private const string Uk = "A1F83G8C2ARO7P";
    private const string Jp = "A1VC38T7YXB528";

    [TestCase(De, "1.234,56", "1234.56")]
    [TestCase(Fr, "12,50", "12.50")]
    [TestCase(It, "-3,00", "-3.00")]
    [TestCase(Es, "1.234.567,8", "1234567.8")]
    [TestCase(De, "0", "0")]
    [TestCase(Us, "1,234.56", "1234.56")]
    [TestCase(Us, "12.50", "12.50")]
    [TestCase(Us, "-0.99", "-0.99")]
    [TestCase(Uk, "19.99", "19.99")]
    [TestCase(Jp, "1500", "1500")]
    [TestCase(Jp, "12,800", "12800")]
    public void AnAmountInTheMarketplacesConvention_IsRead(string marketplaceId, string written, string expected)
    {
        var format = MarketplaceAmountFormat.For(marketplaceId)!;

        Assert.That(format.TryParse(written, out var value), Is.True);
        Assert.That(value, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(De, "12.50")]
    [TestCase(De, "1,234.56")]
    [TestCase(De, "12,505")]
    [TestCase(De, "1.23,45")]
    [TestCase(Fr, "12,")]
    [TestCase(Us, "12,50")]
    [TestCase(Us, "1.234,56")]
    [TestCase(Us, "1,23.45")]
    [TestCase(Us, "12.505")]
    [TestCase(Uk, "12,50")]
    [TestCase(Jp, "1500.00")]
    [TestCase(Jp, "1500,5")]
    [TestCase(Us, "NaN")]
    [TestCase(Us, "Infinity")]
    [TestCase(Us, "1e3")]
    [TestCase(Us, "$12.50")]
    [TestCase(Us, "12.50-")]
    [TestCase(Us, "--12.50")]
    [TestCase(Us, "+12.50")]
    [TestCase(Us, "12 50")]
    [TestCase(Us, ".50")]
    [TestCase(Us, "123456789012345678901234567890")]
    public void AnAmountThatDoesNotFit_IsRefused_NeverReadByAnotherConvention(string marketplaceId, string written)
    {
        var format = MarketplaceAmountFormat.For(marketplaceId)!;

        Assert.That(format.TryParse(written, out var value), Is.False);
        Assert.That(value, Is.Zero);
    }

    [TestCase("12", "12")]
    [TestCase("-12", "-12")]
    [TestCase("12,5", "12.5")]
    [TestCase("12.50", "12.50")]
    [TestCase("-1141,18", "-1141.18")]
    [TestCase("0.99", "0.99")]
    public void WithoutAKnownConvention_AnAmountEveryConventionReadsAlike_IsRead(string written, string expected)
    {
        var format = MarketplaceAmountFormat.ForOrUnambiguous("AXXXXXXXXXXXXX");

        Assert.That(format.IsConventionUnknown, Is.True);
        Assert.That(format.TryParse(written, out var value), Is.True);
        Assert.That(value, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("1.234")]
    [TestCase("1,234")]
    [TestCase("1.234,56")]
    [TestCase("1,234.56")]
    [TestCase("12,505")]
    [TestCase("1.234.567")]
    [TestCase("12,")]
    [TestCase(",50")]
    [TestCase("12,5,0")]
    [TestCase("+12.50")]
    [TestCase("12.50 EUR")]
    [TestCase("NaN")]
    public void WithoutAKnownConvention_AnAmountConventionsReadDifferently_IsRefused(string written)
    {
        var format = MarketplaceAmountFormat.ForOrUnambiguous("AXXXXXXXXXXXXX");

        Assert.That(format.TryParse(written, out var value), Is.False);
        Assert.That(value, Is.Zero);
        Assert.That(format.Describe(), Does.Contain("marketplace AXXXXXXXXXXXXX has no known amount convention"));
    }

    [Test]
    public void AKnownMarketplace_KeepsItsConvention_AndConventionsCompareBySeparatorAndDecimals()
    {
        Assert.That(MarketplaceAmountFormat.ForOrUnambiguous(De).IsConventionUnknown, Is.False);
        Assert.That(MarketplaceAmountFormat.For(De)!.SameConventionAs(MarketplaceAmountFormat.For(Fr)!), Is.True);
        Assert.That(MarketplaceAmountFormat.For(De)!.SameConventionAs(MarketplaceAmountFormat.For(Uk)!), Is.False);
        Assert.That(MarketplaceAmountFormat.For(Us)!.SameConventionAs(MarketplaceAmountFormat.For(Uk)!), Is.True, "the tax rule is not part of the amount convention");
        Assert.That(MarketplaceAmountFormat.For(Us)!.SameConventionAs(MarketplaceAmountFormat.For(Jp)!), Is.False);
    }

    [Test]
    public void PricesHoldTheTax_EverywhereButTheUsAndCanada()
    {
        Assert.That(MarketplaceAmountFormat.For(Us)!.PricesIncludeTax, Is.False);
        Assert.That(MarketplaceAmountFormat.For("A2EUQ1WTGCTBG2")!.PricesIncludeTax, Is.False);
        Assert.That(new[] { De, Fr, It, Es, Uk, Jp }.Select(id => MarketplaceAmountFormat.For(id)!.PricesIncludeTax), Has.All.True);
    }

    [Test]
    public void AnUnknownMarketplace_HasNoFormat_AndItsReportAmountsAreNotRead()
    {
        Assert.That(MarketplaceAmountFormat.For("AXXXXXXXXXXXXX"), Is.Null);

        var tracking = "amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsku\tquantity\tcurrency\titem-price\n" +
                       "999-1\t2026-11-20T10:00:00+00:00\tUnshipped\tMerchant\tSKU-1\t1\tXXX\t12.50";

        var result = OrderReportParser.Parse(tracking, null, "AXXXXXXXXXXXXX");

        Assert.That(result.Orders, Is.Empty);
        Assert.That(result.OrderIdsToReread, Is.EqualTo(new[] { "999-1" }));
        Assert.That(result.Errors.Single().Message, Does.Contain("'item-price'").And.Not.Contain("12.50"));
    }

    [Test]
    public void AUsReportWithDecimalCommas_IsRefusedRowByRow_NotReadAsHundreds()
    {
        var tracking = "amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsales-channel\tsku\tquantity\tcurrency\titem-price\titem-tax\n" +
                       "111-1\t2026-11-20T10:00:00+00:00\tUnshipped\tMerchant\tAmazon.com\tSKU-1\t1\tUSD\t12.50\t1.00\n" +
                       "111-2\t2026-11-20T10:00:00+00:00\tUnshipped\tMerchant\tAmazon.com\tSKU-1\t1\tUSD\t12,50\t1.00\n";

        var result = OrderReportParser.Parse(tracking, null, Us);

        Assert.That(result.Orders.Single().Items.Single().ItemPrice, Is.EqualTo(12.50m));
        Assert.That(result.OrderIdsToReread, Is.EqualTo(new[] { "111-2" }));
        Assert.That(result.Errors.Single().RowNumber, Is.EqualTo(3));
        Assert.That(result.Errors.Single().Message, Does.Contain("column 'item-price'").And.Contain("decimal point"));
    }
}
