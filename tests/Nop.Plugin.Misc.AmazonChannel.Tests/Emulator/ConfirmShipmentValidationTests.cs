using System.Globalization;
using System.Net;
using AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

/// <summary>What confirmShipment checks, as Amazon does: order item IDs, unshipped quantities, carrier code, ship date, packageReferenceId.</summary>
[TestFixture]
public class ConfirmShipmentValidationTests
{
    private static EmulatorTestKit NewKit(Action<EmulatorOptions>? configure = null) => new(o =>
    {
        o.OrderCount = 40;
        o.Mix.PendingFirst = 0;
        o.Mix.AlreadyShipped = 0;
        o.Mix.AmazonCancelled = 0;
        o.Mix.Fba = 0;
        o.Mix.MultiQuantity = 1;
        configure?.Invoke(o);
    });

    private static string PathFor(string orderId) => $"/orders/v0/orders/{orderId}/shipmentConfirmation";

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static object Body(EmulatedOrder order, DateTimeOffset shipDate, string reference = "7", string carrierCode = "UPS", string? carrierName = null,
        string tracking = "1Z999AA10123456784", params (string ItemId, int Quantity)[] items) => new
    {
        marketplaceId = order.MarketplaceId,
        packageDetail = new
        {
            packageReferenceId = reference,
            carrierCode,
            carrierName,
            trackingNumber = tracking,
            shipDate = Iso(shipDate),
            orderItems = (items.Length > 0 ? items : [(order.Items[0].OrderItemId, 1)]).Select(i => new { orderItemId = i.ItemId, quantity = i.Quantity }).ToArray(),
        },
    };

    private static EmulatedOrder Unshipped(EmulatorTestKit kit, int skip = 0) =>
        kit.Emulator.State.OrdersInCreationOrder.Where(o => o.Status == "UNSHIPPED" && o.Items[0].QuantityOrdered >= 2).Skip(skip).First();

    private static async Task<(HttpStatusCode Status, string? Code, string Body)> PostAsync(EmulatorTestKit kit, EmulatedOrder order, object body)
    {
        using var response = await kit.PostAsync(PathFor(order.OrderId), body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.StatusCode == HttpStatusCode.NoContent ? null : await EmulatorTestKit.ErrorCodeAsync(response), text);
    }

    [Test]
    public async Task UnknownOrderItem_AndQuantityAboveWhatIsUnshipped_AreRefused_NothingShips()
    {
        using var kit = NewKit();
        var order = Unshipped(kit);
        var item = order.Items[0];
        var now = kit.Time.GetUtcNow();

        var unknown = await PostAsync(kit, order, Body(order, now, items: ("99999999999999", 1)));
        var partial = await PostAsync(kit, order, Body(order, now, reference: "1", items: (item.OrderItemId, 1)));
        var tooMany = await PostAsync(kit, order, Body(order, now, reference: "2", items: (item.OrderItemId, item.QuantityOrdered)));
        var twiceInOne = await PostAsync(kit, order, Body(order, now, reference: "3", items: [(item.OrderItemId, item.QuantityOrdered - 1), (item.OrderItemId, 1)]));
        var zero = await PostAsync(kit, order, Body(order, now, reference: "4", items: (item.OrderItemId, 0)));

        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unknown.Body, Does.Contain("99999999999999"));
        Assert.That(partial.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(tooMany.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(tooMany.Body, Does.Contain("unshipped"));
        Assert.That(twiceInOne.Status, Is.EqualTo(HttpStatusCode.BadRequest), "the same item twice in one package counts both");
        Assert.That(zero.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Items[0].QuantityShipped, Is.EqualTo(1));
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Packages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CarrierCode_OtherNeedsAName_AnUnknownSpellingIsFiledAsOther()
    {
        using var kit = NewKit();
        var now = kit.Time.GetUtcNow();
        var (a, b, c) = (Unshipped(kit, 0), Unshipped(kit, 1), Unshipped(kit, 2));

        var otherWithoutName = await PostAsync(kit, a, Body(a, now, carrierCode: "Other"));
        var otherWithName = await PostAsync(kit, a, Body(a, now, carrierCode: "Other", carrierName: "Courier Express"));
        var misspelt = await PostAsync(kit, b, Body(b, now, carrierCode: "Fedex"));
        var exact = await PostAsync(kit, c, Body(c, now, carrierCode: "FedEx"));

        Assert.That(otherWithoutName.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(otherWithoutName.Code, Is.EqualTo("InvalidInput"));
        Assert.That(otherWithName.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(kit.Emulator.State.GetOrder(a.OrderId).Packages.Single().Carrier, Is.EqualTo("Courier Express"));
        Assert.That(misspelt.Status, Is.EqualTo(HttpStatusCode.NoContent), "Amazon takes an unknown spelling...");
        Assert.That(kit.Emulator.State.GetOrder(b.OrderId).Packages.Single().Carrier, Is.EqualTo("Other"), "...and files it as Other");
        Assert.That(exact.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(kit.Emulator.State.GetOrder(c.OrderId).Packages.Single().Carrier, Is.EqualTo("FedEx"));
        Assert.That(kit.Emulator.State.UnknownCarrierSpellings, Is.EqualTo(1));
    }

    [Test]
    public async Task ShipDate_NotBeforePurchase_NotInTheFuture_AFewMinutesOfClockSkewAllowed()
    {
        using var kit = NewKit();
        var order = Unshipped(kit);
        var now = kit.Time.GetUtcNow();

        var beforePurchase = await PostAsync(kit, order, Body(order, order.CreatedTime - TimeSpan.FromMinutes(1)));
        var future = await PostAsync(kit, order, Body(order, now + TimeSpan.FromHours(1)));
        var skew = await PostAsync(kit, order, Body(order, now + TimeSpan.FromMinutes(2)));

        Assert.That(beforePurchase.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(beforePurchase.Body, Does.Contain("before the order's purchase date"));
        Assert.That(future.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(future.Body, Does.Contain("in the future"));
        Assert.That(skew.Status, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("01")]
    [TestCase("12a")]
    [TestCase("PKG-1")]
    [TestCase("123456789012345678901")]
    public async Task PackageReferenceId_MustBeAPositiveNumber(string reference)
    {
        using var kit = NewKit();
        var order = Unshipped(kit);

        var refused = await PostAsync(kit, order, Body(order, kit.Time.GetUtcNow(), reference: reference));

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refused.Body, Does.Contain("packageReferenceId"));
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Packages, Is.Empty);
    }

    [Test]
    public async Task TheSamePackageReferenceIdAgain_EditsThePackage_NeverASecondOne()
    {
        using var kit = NewKit();
        var order = Unshipped(kit);
        var item = order.Items[0];
        var now = kit.Time.GetUtcNow();

        var first = await PostAsync(kit, order, Body(order, now, reference: "12345678901234567890", items: (item.OrderItemId, 1)));
        var edit = await PostAsync(kit, order, Body(order, now, reference: "12345678901234567890", tracking: "1Z999AA10123456791", items: (item.OrderItemId, 2)));

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(edit.Status, Is.EqualTo(HttpStatusCode.NoContent));
        var state = kit.Emulator.State.GetOrder(order.OrderId);
        Assert.That(state.Packages.Single().TrackingNumber, Is.EqualTo("1Z999AA10123456791"));
        Assert.That(state.Items[0].QuantityShipped, Is.EqualTo(2));
    }

    [Test]
    public async Task DroppedConfirmationFault_Answers204_ButNothingShips()
    {
        using var kit = NewKit(o => o.Faults.DroppedConfirmation = 1.0);
        var order = Unshipped(kit);

        var dropped = await PostAsync(kit, order, Body(order, kit.Time.GetUtcNow()));

        Assert.That(dropped.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Packages, Is.Empty);
        Assert.That(kit.Emulator.State.GetOrder(order.OrderId).Items[0].QuantityShipped, Is.Zero);
        Assert.That(kit.Emulator.State.DroppedConfirmations, Is.EqualTo(1));
    }
}
