using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The one source of truth for Amazon statuses: every spelling Amazon uses (Orders API, v0 API, order reports) becomes
/// one <see cref="AmazonOrderStatus"/>, the link stores it as an int, and paid / shipped / cancelled are decided for
/// merchant-fulfilled and Amazon-fulfilled orders alike.
/// </summary>
public class AmazonOrderStateTests
{
    private const AmazonFulfillmentChannel Fbm = AmazonFulfillmentChannel.Merchant;
    private const AmazonFulfillmentChannel Fba = AmazonFulfillmentChannel.Amazon;

    [TestCase(FulfillmentStatuses.Pending, AmazonOrderStatus.Pending)]
    [TestCase(FulfillmentStatuses.PendingAvailability, AmazonOrderStatus.PendingAvailability)]
    [TestCase(FulfillmentStatuses.Unshipped, AmazonOrderStatus.Unshipped)]
    [TestCase(FulfillmentStatuses.PartiallyShipped, AmazonOrderStatus.PartiallyShipped)]
    [TestCase(FulfillmentStatuses.Shipped, AmazonOrderStatus.Shipped)]
    [TestCase(FulfillmentStatuses.Cancelled, AmazonOrderStatus.Canceled)]
    [TestCase(FulfillmentStatuses.Unfulfillable, AmazonOrderStatus.Unfulfillable)]
    [TestCase("INVOICE_UNCONFIRMED", AmazonOrderStatus.InvoiceUnconfirmed)]
    // v0 Orders API and report spellings.
    [TestCase("PendingAvailability", AmazonOrderStatus.PendingAvailability)]
    [TestCase("PartiallyShipped", AmazonOrderStatus.PartiallyShipped)]
    [TestCase("Partially Shipped", AmazonOrderStatus.PartiallyShipped)]
    [TestCase("InvoiceUnconfirmed", AmazonOrderStatus.InvoiceUnconfirmed)]
    [TestCase("Canceled", AmazonOrderStatus.Canceled)]
    [TestCase("Cancelled", AmazonOrderStatus.Canceled)]
    [TestCase("canceled", AmazonOrderStatus.Canceled)]
    [TestCase("Unfulfillable", AmazonOrderStatus.Unfulfillable)]
    [TestCase(" Unshipped ", AmazonOrderStatus.Unshipped)]
    [TestCase("Pending - Waiting for Pick Up", AmazonOrderStatus.Unshipped)]
    [TestCase("Shipping", AmazonOrderStatus.Unshipped)]
    [TestCase("Shipped - Delivered to Buyer", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Out for Delivery", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Picked Up", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Returning to Seller", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Returned to Seller", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Rejected by Buyer", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Damaged", AmazonOrderStatus.Shipped)]
    [TestCase("Shipped - Lost in Transit", AmazonOrderStatus.Shipped)]
    [TestCase("Complete", AmazonOrderStatus.Shipped)]
    public void EverySpellingAmazonUses_IsOneStatus(string spelling, AmazonOrderStatus expected) =>
        Assert.That(AmazonOrderStatusParser.Parse(spelling), Is.EqualTo(expected));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Delivered")]
    [TestCase("SHIPPED_SOMEHOW")]
    [TestCase("Returned")]
    public void AnUnknownWord_IsNoStatus_NeverAGuess(string? spelling) =>
        Assert.That(AmazonOrderStatusParser.Parse(spelling), Is.Null);

    [Test]
    public void EveryStatus_RoundTripsThroughItsStoredNameAndItsStoredInt()
    {
        foreach (var status in Enum.GetValues<AmazonOrderStatus>())
        {
            Assert.That(AmazonOrderStatusParser.Parse(status.ToAmazonName()), Is.EqualTo(status), status.ToString());
            Assert.That(AmazonOrderStatusParser.FromId((int)status), Is.EqualTo(status), status.ToString());
        }
        Assert.That(AmazonOrderStatusParser.FromId(0), Is.Null);
        Assert.That(AmazonOrderStatusParser.FromId(999), Is.Null);
    }

    [Test]
    public void TheStoredInts_AreDistinctAndNeverZero_SoAnUnreadLinkIsNotPending()
    {
        var ids = Enum.GetValues<AmazonOrderStatus>().Select(status => (int)status).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.None.EqualTo(0));
    }

    [Test]
    public void TheLink_StoresTheStatusAsAnInt()
    {
        var link = new AmazonOrderLink();
        Assert.That((link.AmazonOrderStatusId, link.AmazonOrderStatus), Is.EqualTo((0, (AmazonOrderStatus?)null)));

        link.AmazonOrderStatus = AmazonOrderStatus.PartiallyShipped;
        Assert.That(link.AmazonOrderStatusId, Is.EqualTo((int)AmazonOrderStatus.PartiallyShipped));

        link.AmazonOrderStatusId = (int)AmazonOrderStatus.Canceled;
        Assert.That(AmazonOrderState.Of(link).IsCancelled, Is.True);

        link.AmazonOrderStatusId = 12345;
        Assert.That(link.AmazonOrderStatus, Is.Null, "an int no status has is not read as one");
    }

    // status, channel -> paid, shipped (every unit left), cancelled, finished, store shipping status
    [TestCase(AmazonOrderStatus.Pending, Fbm, false, false, false, false, ShippingStatus.NotYetShipped)]
    [TestCase(AmazonOrderStatus.Pending, Fba, false, false, false, false, ShippingStatus.NotYetShipped)]
    [TestCase(AmazonOrderStatus.PendingAvailability, Fbm, false, false, false, false, ShippingStatus.NotYetShipped)]
    [TestCase(AmazonOrderStatus.PendingAvailability, Fba, false, false, false, false, ShippingStatus.NotYetShipped)]
    [TestCase(AmazonOrderStatus.Unshipped, Fbm, true, false, false, false, ShippingStatus.NotYetShipped)]
    [TestCase(AmazonOrderStatus.Unshipped, Fba, true, false, false, false, ShippingStatus.Shipped)]
    [TestCase(AmazonOrderStatus.PartiallyShipped, Fbm, true, false, false, false, ShippingStatus.PartiallyShipped)]
    [TestCase(AmazonOrderStatus.PartiallyShipped, Fba, true, false, false, false, ShippingStatus.PartiallyShipped)]
    [TestCase(AmazonOrderStatus.Shipped, Fbm, true, true, false, true, ShippingStatus.Shipped)]
    [TestCase(AmazonOrderStatus.Shipped, Fba, true, true, false, true, ShippingStatus.Shipped)]
    [TestCase(AmazonOrderStatus.InvoiceUnconfirmed, Fbm, true, true, false, false, ShippingStatus.Shipped)]
    [TestCase(AmazonOrderStatus.InvoiceUnconfirmed, Fba, true, true, false, false, ShippingStatus.Shipped)]
    [TestCase(AmazonOrderStatus.Canceled, Fbm, true, false, true, true, ShippingStatus.NotYetShipped)]
    [TestCase(AmazonOrderStatus.Canceled, Fba, true, false, true, true, ShippingStatus.NotYetShipped)]
    [TestCase(AmazonOrderStatus.Unfulfillable, Fbm, true, false, false, true, ShippingStatus.NotYetShipped)]
    [TestCase(AmazonOrderStatus.Unfulfillable, Fba, true, false, false, true, ShippingStatus.Shipped)]
    public void PaidShippedCancelled_ForMerchantAndAmazonFulfilment(AmazonOrderStatus status, AmazonFulfillmentChannel channel,
        bool paid, bool shipped, bool cancelled, bool finished, ShippingStatus storeShipping)
    {
        var state = new AmazonOrderState(status, channel, false);

        Assert.That((state.IsPaid, state.IsShipped, state.IsCancelled, state.IsFinished, state.StoreShippingStatus),
            Is.EqualTo((paid, shipped, cancelled, finished, storeShipping)));
        Assert.That(state.IsFulfilledByAmazon, Is.EqualTo(channel == Fba));
    }

    [Test]
    public void AReportSpelling_DecidesLikeTheApiSpelling()
    {
        foreach (var (report, api) in new[] { ("Shipped - Delivered to Buyer", FulfillmentStatuses.Shipped), ("Pending - Waiting for Pick Up", FulfillmentStatuses.Unshipped),
                     ("Shipping", FulfillmentStatuses.Unshipped), ("Canceled", FulfillmentStatuses.Cancelled) })
        foreach (var channel in new[] { Fbm, Fba })
        {
            var fromReport = new AmazonOrderState(AmazonOrderStatusParser.Parse(report), channel, false);
            var fromApi = new AmazonOrderState(AmazonOrderStatusParser.Parse(api), channel, false);
            Assert.That(fromReport, Is.EqualTo(fromApi), $"{report} / {channel}");
        }
    }

    [Test]
    public void ALinkNotReadYet_IsNeitherPaidNorShippedNorCancelled()
    {
        var state = AmazonOrderState.Of(new AmazonOrderLink { FulfillmentChannel = Fba });

        Assert.That((state.Status, state.IsPaid, state.IsShipped, state.IsCancelled, state.IsFinished, state.StoreShippingStatus),
            Is.EqualTo(((AmazonOrderStatus?)null, false, false, false, false, ShippingStatus.NotYetShipped)));
    }
}
