using System.Xml.Linq;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>
/// The carrier Amazon is told: the owner's table first (shipping method, then rate computation method), then the
/// tracking number's format, else nothing; codes only in Amazon's exact spelling.
/// </summary>
public class CarrierMappingTests : DatabaseTestBase
{
    private CarrierMappingService Service => new(Database.GetRepository<AmazonCarrierMapping>(), TimeProvider.System);

    private static Order OrderWith(string? shippingMethod, string? rateMethod) =>
        new() { ShippingMethod = shippingMethod!, ShippingRateComputationMethodSystemName = rateMethod! };

    private static AmazonCarrierMapping Row(string value, string code, string? name = null, string? method = null) =>
        new() { NopShippingValue = value, CarrierCode = code, CarrierName = name, ShippingMethod = method };

    [Test]
    public async Task ShippingMethodRow_WinsOverTheRateMethodRow_AndOverTheTrackingNumber()
    {
        await Service.InsertAsync(Row("Ground", "FedEx", method: "FedEx Ground"));
        await Service.InsertAsync(Row("Shipping.UPS", "UPS"));

        var carrier = await Service.ResolveAsync(OrderWith(" ground ", "Shipping.UPS"), "1Z999AA10123456784");

        Assert.That(carrier, Is.EqualTo(new AmazonCarrier("FedEx", null, "FedEx Ground")));
    }

    [Test]
    public async Task WithoutAShippingMethodRow_TheRateComputationMethodRowIsUsed_WithTheOrdersShippingMethod()
    {
        await Service.InsertAsync(Row("Shipping.FixedByWeightByTotal", "DHL"));

        var carrier = await Service.ResolveAsync(OrderWith("  Next Day Air  ", "shipping.fixedbyweightbytotal"), "1Z999AA10123456784");

        Assert.That(carrier, Is.EqualTo(new AmazonCarrier("DHL", null, "Next Day Air")));
    }

    [Test]
    public async Task OtherRow_SendsTheCarrierName_AnotherCodeNever()
    {
        await Service.InsertAsync(Row("Courier", "Other", "Courier Express", "Standard"));
        await Service.InsertAsync(Row("Post", "Royal Mail", "ignored name"));

        Assert.That(await Service.ResolveAsync(OrderWith("Courier", null), null), Is.EqualTo(new AmazonCarrier("Other", "Courier Express", "Standard")));
        Assert.That((await Service.ResolveAsync(OrderWith("Post", null), null))!.CarrierName, Is.Null);
    }

    [TestCase("1Z999AA10123456784", "UPS")]
    [TestCase("1z999aa1 0123456784", "UPS")]
    [TestCase("9400111899223197428490", "USPS")]
    [TestCase("EA123456789US", "USPS")]
    [TestCase("AB123456789GB", "Royal Mail")]
    public async Task WithoutARow_TheTrackingNumberFormatTellsTheCarrier(string tracking, string expected)
    {
        var carrier = await Service.ResolveAsync(OrderWith("Whatever", "Shipping.Whatever"), tracking);

        Assert.That(carrier!.CarrierCode, Is.EqualTo(expected));
        Assert.That(carrier.CarrierName, Is.Null);
        Assert.That(carrier.ShippingMethod, Is.EqualTo("Whatever"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("CE-123456")]
    [TestCase("123456789012")]
    [TestCase("1Z999AA1012345678")]
    [TestCase("EA123456789DE")]
    public async Task Unmapped_WithAnUnknownTrackingFormat_IsNoCarrier_NeverAGuess(string? tracking)
    {
        await Service.InsertAsync(Row("Ground", "FedEx"));

        Assert.That(await Service.ResolveAsync(OrderWith("Express", "Shipping.Other"), tracking), Is.Null);
    }

    [TestCase("Fedex")]
    [TestCase("fedex")]
    [TestCase("UPS ")]
    [TestCase("Royal mail")]
    [TestCase("DHL Express")]
    [TestCase("")]
    public void Insert_RefusesASpellingNotInAmazonsList(string code)
    {
        var refused = Assert.ThrowsAsync<ArgumentException>(() => Service.InsertAsync(Row("Ground", code)));
        Assert.That(refused!.Message, Does.Contain("carrier codes"));
    }

    [Test]
    public async Task Insert_RefusesOtherWithoutName_AndADuplicateValue_UpdateChecksToo()
    {
        Assert.ThrowsAsync<ArgumentException>(() => Service.InsertAsync(Row("Courier", "Other")));
        Assert.ThrowsAsync<ArgumentException>(() => Service.InsertAsync(Row("  ", "UPS")));
        var row = Row(" Ground ", "FedEx");
        await Service.InsertAsync(row);
        Assert.That(row.NopShippingValue, Is.EqualTo("Ground"));
        Assert.ThrowsAsync<ArgumentException>(() => Service.InsertAsync(Row("GROUND", "UPS")));

        var stored = (await Service.GetByIdAsync(row.Id))!;
        stored.CarrierCode = "Fed Ex";
        Assert.ThrowsAsync<ArgumentException>(() => Service.UpdateAsync(stored));
        stored.CarrierCode = "UPS";
        await Service.UpdateAsync(stored);
        Assert.That((await Service.GetAllAsync()).Single().CarrierCode, Is.EqualTo("UPS"));
    }

    [Test]
    public void AmazonCarrierCodes_AreExactAndCaseSensitive()
    {
        Assert.That(AmazonCarrierCodes.All, Is.Unique);
        Assert.That(AmazonCarrierCodes.All, Has.Count.EqualTo(69));
        Assert.That(AmazonCarrierCodes.All.All(AmazonCarrierCodes.IsKnown), Is.True);
        Assert.That(AmazonCarrierCodes.All.Where(c => c.ToUpperInvariant() != c).Select(c => c.ToUpperInvariant()).Where(AmazonCarrierCodes.IsKnown), Is.Empty);
        Assert.That(AmazonCarrierCodes.IsKnown(null), Is.False);
        Assert.That(AmazonCarrierCodes.All, Does.Contain("FedEx").And.Contain("Royal Mail").And.Contain("GO!").And.Contain("AFL/Fedex").And.Contain("Other"));
    }

    /// <summary>The plugin's list against the CarrierCode enumeration of Amazon's amzn-base.xsd (skipped without ../shared).</summary>
    [Test]
    public void AmazonCarrierCodes_AreTheCarrierCodeEnumerationOfAmazonsBaseXsd()
    {
        TestPaths.RequireAmazonReferenceFiles();
        XNamespace xsd = "http://www.w3.org/2001/XMLSchema";
        var schema = XDocument.Load(Path.Combine(TestPaths.AmazonXsdDir, "amzn-base.xsd"));
        var carrierCode = schema.Root!.Elements(xsd + "element").Single(e => (string?)e.Attribute("name") == "CarrierCode");
        var values = carrierCode.Descendants(xsd + "enumeration").Select(e => (string)e.Attribute("value")!).ToList();

        Assert.That(values, Is.Not.Empty);
        Assert.That(AmazonCarrierCodes.All, Is.EquivalentTo(values.Distinct()), "same values, same spelling");
    }
}
