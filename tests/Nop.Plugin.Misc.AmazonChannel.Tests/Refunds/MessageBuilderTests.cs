using System.Xml.Linq;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

public class MessageBuilderTests
{
    private static CancellationPayload Whole() => new()
    {
        AmazonOrderId = "113-1234567-1234567",
        Reason = nameof(AmazonCancelReason.NoInventory),
        WholeOrder = true,
        Lines = [new() { AmazonOrderItemId = "11111111111111", Quantity = 2 }, new() { AmazonOrderItemId = "22222222222222", Quantity = 1 }]
    };

    private static CancellationPayload Partial() => new()
    {
        AmazonOrderId = "113-1234567-1234567",
        Reason = nameof(AmazonCancelReason.BuyerCanceled),
        Lines = [new() { AmazonOrderItemId = "11111111111111", Quantity = 1 }]
    };

    private static RefundPayload Refund() => new()
    {
        AmazonOrderId = "113-1234567-1234567",
        CurrencyCode = "EUR",
        Reason = nameof(AmazonAdjustmentReason.CustomerReturn),
        Items =
        [
            new()
            {
                AmazonOrderItemId = "11111111111111", MerchantAdjustmentItemId = "0123456789abcdef0123456789abcdef-1",
                Components = [new() { Type = "Principal", Amount = 20m }, new() { Type = "Tax", Amount = 3.8m }, new() { Type = "RestockingFee", Amount = -2.5m }]
            }
        ]
    };

    private static IEnumerable<XElement> Messages() =>
        [AcknowledgementMessageBuilder.Build(Whole()), AcknowledgementMessageBuilder.Build(Partial()), AdjustmentMessageBuilder.Build(Refund())];

    [Test]
    public void Messages_AreValidAgainstTheEmulatorsSchema()
    {
        foreach (var message in Messages())
            Assert.That(FeedSchemas.Validate(message, OwnFeedSchema.Set), Is.Empty, message.Name.LocalName);
    }

    [Test]
    public void Messages_AreValidAgainstAmazonsXsds()
    {
        TestPaths.RequireAmazonReferenceFiles();
        foreach (var message in Messages())
            Assert.That(FeedSchemas.Validate(message, FeedSchemas.ForMessage(TestPaths.AmazonXsdDir, message.Name.LocalName)), Is.Empty, message.Name.LocalName);
    }

    [Test]
    public void EveryReasonAndComponent_IsInAmazonsXsds()
    {
        TestPaths.RequireAmazonReferenceFiles();
        var acknowledgement = File.ReadAllText(Path.Combine(TestPaths.AmazonXsdDir, "OrderAcknowledgement.xsd"));
        var adjustment = File.ReadAllText(Path.Combine(TestPaths.AmazonXsdDir, "OrderAdjustment.xsd"));
        Assert.Multiple(() =>
        {
            foreach (var reason in Enum.GetNames<AmazonCancelReason>())
                Assert.That(acknowledgement, Does.Contain($"value=\"{reason}\""), reason);
            foreach (var reason in Enum.GetNames<AmazonAdjustmentReason>())
                Assert.That(adjustment, Does.Contain($"value=\"{reason}\""), reason);
            foreach (var component in Enum.GetNames<AmazonRefundComponent>())
                Assert.That(adjustment, Does.Contain($"value=\"{component}\""), component);
        });
    }

    [Test]
    public void WholeOrder_IsFailureWithEveryItemAndTheReason_Partial_IsSuccessWithQuantities()
    {
        var whole = AcknowledgementMessageBuilder.Build(Whole());
        var partial = AcknowledgementMessageBuilder.Build(Partial());

        Assert.Multiple(() =>
        {
            Assert.That(whole.Element("StatusCode")!.Value, Is.EqualTo("Failure"));
            Assert.That(whole.Elements("Item").Select(i => i.Element("CancelReason")!.Value), Is.All.EqualTo("NoInventory"));
            Assert.That(whole.Elements("Item").Select(i => i.Element("Quantity")), Is.All.Null);
            Assert.That(partial.Element("StatusCode")!.Value, Is.EqualTo("Success"));
            Assert.That(partial.Element("Item")!.Element("Quantity")!.Value, Is.EqualTo("1"));
        });
    }

    [Test]
    public void Refund_WritesTwoDecimals_TheCurrency_DeductionsNegative_AndTheMerchantAdjustmentItemId()
    {
        var message = AdjustmentMessageBuilder.Build(Refund());
        var amounts = message.Descendants("Amount").Select(a => (a.Value, a.Attribute("currency")!.Value)).ToList();

        Assert.That(amounts, Is.EqualTo(new[] { ("20.00", "EUR"), ("3.80", "EUR"), ("-2.50", "EUR") }));
        Assert.That(message.Element("ActionType")!.Value, Is.EqualTo("Refund"));
        Assert.That(message.Element("AdjustedItem")!.Element("MerchantAdjustmentItemID")!.Value, Is.EqualTo("0123456789abcdef0123456789abcdef-1"));
    }

    [Test]
    public void EmptyRequests_CannotBeWritten()
    {
        Assert.Throws<InvalidOperationException>(() => AcknowledgementMessageBuilder.Build(new CancellationPayload { AmazonOrderId = "113-1234567-1234567", Reason = "NoInventory" }));
        Assert.Throws<InvalidOperationException>(() => AdjustmentMessageBuilder.Build(new RefundPayload { AmazonOrderId = "113-1234567-1234567", Reason = "Other" }));
    }
}
