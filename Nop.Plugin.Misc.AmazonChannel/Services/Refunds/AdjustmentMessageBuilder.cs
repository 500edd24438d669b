using System.Globalization;
using System.Xml.Linq;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Writes a refund as an OrderAdjustment message (POST_PAYMENT_ADJUSTMENT_DATA, OrderAdjustment.xsd): ActionType Refund,
/// one AdjustedItem per item with its MerchantAdjustmentItemID, reason and components, amounts with two decimals in
/// the order's currency (deductions negative, as Amazon expects).
/// </summary>
public static class AdjustmentMessageBuilder
{
    public const string MessageType = "OrderAdjustment";

    public static XElement Build(RefundPayload payload)
    {
        if (payload.Items.Count == 0 || payload.Items.Any(item => item.Components.Count == 0))
            throw new InvalidOperationException($"The refund of order {payload.AmazonOrderId} names no amount.");

        return new XElement(MessageType,
            new XElement("AmazonOrderID", payload.AmazonOrderId),
            new XElement("ActionType", "Refund"),
            payload.Items.Select(item => new XElement("AdjustedItem",
                new XElement("AmazonOrderItemCode", item.AmazonOrderItemId),
                new XElement("MerchantAdjustmentItemID", item.MerchantAdjustmentItemId),
                new XElement("AdjustmentReason", payload.Reason),
                new XElement("ItemPriceAdjustments", item.Components.Select(component => new XElement("Component",
                    new XElement("Type", component.Type),
                    new XElement("Amount", new XAttribute("currency", payload.CurrencyCode),
                        Math.Round(component.Amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture))))))));
    }
}
