using System.Globalization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Money is exact or refused: the total an Amazon order's amounts add up to (the store order's total) must be
/// Amazon's own total, within one hundredth of the currency unit per line (<see cref="TolerancePerLine"/>; Amazon
/// rounds each line's tax on its own). An order whose amounts do not reconcile is not imported (docs/order-import.md,
/// "Money").
/// </summary>
public static class AmazonOrderReconciliation
{
    /// <summary>Allowed gap between the amounts' sum and Amazon's total, per line, in the order's currency.</summary>
    public const decimal TolerancePerLine = 0.01m;

    public static decimal Tolerance(int lineCount) => TolerancePerLine * Math.Max(1, lineCount);

    public static bool Reconciles(decimal total, decimal amazonTotal, int lineCount) =>
        Math.Abs(total - amazonTotal) <= Tolerance(lineCount);

    /// <summary>
    /// Why the order's amounts do not reconcile with Amazon's total, or null when they do (or Amazon gave no total to
    /// compare with).
    /// </summary>
    public static string? Mismatch(AmazonOrderSnapshot order)
    {
        if (order.AmazonOrderTotal is not { } amazonTotal || Reconciles(order.OrderTotal, amazonTotal, order.Items.Count))
            return null;

        static string Amount(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);
        var currency = order.CurrencyCode;
        var items = order.Items.Sum(i => i.ItemPrice + i.GiftWrapPrice + i.OtherCharges - i.ItemDiscount);
        var shipping = order.Items.Sum(i => i.ShippingPrice - i.ShippingDiscount);
        var tax = order.Items.Sum(i => i.ItemTax + i.ShippingTax);
        return $"The amounts of Amazon order {order.AmazonOrderId} do not add up to Amazon's order total: items {Amount(items)} + shipping {Amount(shipping)} + tax {Amount(tax)}"
            + (order.OrderCharges != 0 ? $" + order charges {Amount(order.OrderCharges)}" : string.Empty)
            + $" = {Amount(order.OrderTotal)} {currency}, Amazon's total is {Amount(amazonTotal)} {currency} (difference {Amount(order.OrderTotal - amazonTotal)}, "
            + $"tolerance {Amount(Tolerance(order.Items.Count))}). The order was not created so that no store order holds wrong money. "
            + "Check the order's charges in Seller Central; Retry once Amazon's amounts agree, or enter the order by hand.";
    }
}
