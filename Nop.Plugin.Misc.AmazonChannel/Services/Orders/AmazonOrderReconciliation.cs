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
    /// Why the order's amounts do not reconcile with Amazon's total (code <see cref="ImportErrorCodes.TotalMismatch"/>
    /// with items, shipping, tax, other charges, sum, Amazon's total, difference and tolerance), or null when they do
    /// (or Amazon gave no total to compare with).
    /// </summary>
    public static AmazonOrderMappingException? Mismatch(AmazonOrderSnapshot order)
    {
        if (order.AmazonOrderTotal is not { } amazonTotal || Reconciles(order.OrderTotal, amazonTotal, order.Items.Count))
            return null;

        var currency = order.CurrencyCode;
        string Amount(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture) + " " + currency;
        var items = order.Items.Sum(i => i.ItemPrice + i.GiftWrapPrice - i.ItemDiscount);
        var shipping = order.Items.Sum(i => i.ShippingPrice - i.ShippingDiscount);
        var tax = order.Items.Sum(i => i.ItemTax + i.ShippingTax);
        var other = order.Items.Sum(i => i.OtherCharges) + order.OrderCharges;
        return new AmazonOrderMappingException(ImportErrorCodes.TotalMismatch, order.AmazonOrderId, Amount(items), Amount(shipping), Amount(tax), Amount(other),
            Amount(order.OrderTotal), Amount(amazonTotal), Amount(order.OrderTotal - amazonTotal), Amount(Tolerance(order.Items.Count)));
    }
}
