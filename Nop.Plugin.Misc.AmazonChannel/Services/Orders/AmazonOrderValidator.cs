using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The fields the import relies on, checked on every order whichever source read it (Orders API or order report)
/// before anything is written: order ID, item IDs (unique: two items with the same ID are refused, never merged),
/// SKUs, quantities within 1 and <see cref="MaxQuantity"/> (0 only on a cancelled order), amounts within
/// <see cref="MaxAmount"/>, a currency code of three letters. Each failure names the field, never its value.
/// </summary>
public static class AmazonOrderValidator
{
    /// <summary>More units than any real order line; beyond it a quantity is a data error, not an order.</summary>
    public const int MaxQuantity = 10_000;

    /// <summary>No single amount of an order reaches a billion in any currency the store trades in.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    public static void Validate(AmazonOrderSnapshot order)
    {
        var orderId = order.AmazonOrderId;
        if (order.CurrencyCode.Length > 0 && (order.CurrencyCode.Length != 3 || !order.CurrencyCode.All(char.IsAsciiLetter)))
            throw new AmazonOrderMappingException(ImportErrorCodes.InvalidField, orderId, "currencyCode", "-");
        if (order.AmazonOrderTotal is { } total && Math.Abs(total) > MaxAmount)
            throw new AmazonOrderMappingException(ImportErrorCodes.InvalidAmount, orderId, "orderTotal");
        if (Math.Abs(order.OrderCharges) > MaxAmount)
            throw new AmazonOrderMappingException(ImportErrorCodes.InvalidAmount, orderId, "orderCharges");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < order.Items.Count; i++)
        {
            var item = order.Items[i];
            var field = $"orderItems[{i}]";
            if (!order.IsSummaryOnly)
            {
                if (string.IsNullOrWhiteSpace(item.AmazonOrderItemId))
                    throw new AmazonOrderMappingException(ImportErrorCodes.MissingField, orderId, field + ".orderItemId");
                if (!seen.Add(item.AmazonOrderItemId))
                    throw new AmazonOrderMappingException(ImportErrorCodes.DuplicateOrderItem, orderId, item.AmazonOrderItemId);
            }

            if (string.IsNullOrWhiteSpace(item.SellerSku))
                throw new AmazonOrderMappingException(ImportErrorCodes.MissingField, orderId, field + ".sellerSku");

            var minimum = order.Status == AmazonOrderStatus.Canceled ? 0 : 1;
            if (item.QuantityOrdered < minimum || item.QuantityOrdered > MaxQuantity || item.QuantityShipped < 0 || item.QuantityShipped > item.QuantityOrdered)
                throw new AmazonOrderMappingException(ImportErrorCodes.QuantityOutOfRange, orderId, ItemName(item, i),
                    item.QuantityOrdered.ToString(CultureInfo.InvariantCulture), MaxQuantity.ToString(CultureInfo.InvariantCulture));

            foreach (var (amount, name) in Amounts(item))
            {
                if (Math.Abs(amount) > MaxAmount)
                    throw new AmazonOrderMappingException(ImportErrorCodes.InvalidAmount, orderId, $"{field}.{name}");
            }
        }
    }

    private static string ItemName(AmazonOrderItemSnapshot item, int index) =>
        string.IsNullOrWhiteSpace(item.AmazonOrderItemId) ? $"#{index + 1} (SKU {item.SellerSku})" : item.AmazonOrderItemId;

    private static IEnumerable<(decimal Amount, string Name)> Amounts(AmazonOrderItemSnapshot item)
    {
        yield return (item.ItemPrice, "itemPrice");
        yield return (item.ItemTax, "itemTax");
        yield return (item.ShippingPrice, "shippingPrice");
        yield return (item.ShippingTax, "shippingTax");
        yield return (item.GiftWrapPrice, "giftWrapPrice");
        yield return (item.OtherCharges, "otherCharges");
        yield return (item.ItemDiscount, "itemDiscount");
        yield return (item.ShippingDiscount, "shippingDiscount");
    }
}
