using System.Globalization;
using System.Xml.Linq;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Writes a cancellation as an OrderAcknowledgement message (POST_ORDER_ACKNOWLEDGEMENT_DATA, OrderAcknowledgement.xsd):
/// the whole order is StatusCode Failure with every item and the reason; part of an order is StatusCode Success with
/// the cancelled items, each with the reason and the quantity. The only place that knows the feed's shape.
/// </summary>
public static class AcknowledgementMessageBuilder
{
    public const string MessageType = "OrderAcknowledgement";

    public static XElement Build(CancellationPayload payload)
    {
        if (payload.Lines.Count == 0)
            throw new InvalidOperationException($"The cancellation of order {payload.AmazonOrderId} names no item.");

        return new XElement(MessageType,
            new XElement("AmazonOrderID", payload.AmazonOrderId),
            new XElement("StatusCode", payload.WholeOrder ? "Failure" : "Success"),
            payload.Lines.Select(line => new XElement("Item",
                new XElement("AmazonOrderItemCode", line.AmazonOrderItemId),
                new XElement("CancelReason", payload.Reason),
                payload.WholeOrder ? null : new XElement("Quantity", line.Quantity.ToString(CultureInfo.InvariantCulture)))));
    }
}
