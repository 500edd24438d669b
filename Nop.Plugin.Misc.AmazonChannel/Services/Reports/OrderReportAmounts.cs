using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>The money of an order report's line: read in the marketplace's format, tax taken out where prices hold it.</summary>
internal static class OrderReportAmounts
{
    /// <summary>
    /// The amount columns both order reports write under the same names, read in the marketplace's format. A
    /// marketplace the plugin has no format for is not guessed at: its rows are read one by one with getOrder. Where
    /// the marketplace's prices hold the tax (every marketplace but the US and Canada), the tax columns say how much of
    /// each price is tax: it is taken out of the price, so the snapshot's prices are without tax and the tax is
    /// counted once. Gift wrap tax counts as the item's tax. Promotions stay as written (the buyer's reduction).
    /// </summary>
    internal static AmazonOrderItemSnapshot WithAmounts(AmazonOrderItemSnapshot item, FlatFileRow row, MarketplaceAmountFormat? format)
    {
        if (format is null)
            throw new ReportCellException("item-price", "cannot be read: the plugin does not know how this marketplace writes amounts");

        decimal Amount(string column) => row.Amount(column, format);
        var itemTax = Amount("item-tax");
        var shippingTax = Amount("shipping-tax");
        var giftWrapTax = Amount("gift-wrap-tax");
        return item with
        {
            ItemPrice = WithoutTax(Amount("item-price"), itemTax, "item-price", "item-tax", format),
            ItemTax = itemTax + giftWrapTax,
            ShippingPrice = WithoutTax(Amount("shipping-price"), shippingTax, "shipping-price", "shipping-tax", format),
            ShippingTax = shippingTax,
            GiftWrapPrice = WithoutTax(Amount("gift-wrap-price"), giftWrapTax, "gift-wrap-price", "gift-wrap-tax", format),
            ItemDiscount = Math.Abs(Amount("item-promotion-discount")),
            ShippingDiscount = Math.Abs(Amount("ship-promotion-discount"))
        };
    }

    /// <summary>A price without its tax; a tax-inclusive price smaller than the tax it holds is refused, never made negative.</summary>
    private static decimal WithoutTax(decimal price, decimal tax, string priceColumn, string taxColumn, MarketplaceAmountFormat format)
    {
        if (!format.PricesIncludeTax)
            return price;
        return tax <= price || tax <= 0m
            ? price - tax
            : throw new ReportCellException(taxColumn, $"is more than '{priceColumn}', which includes it on this marketplace");
    }

    /// <summary>
    /// A shipping-report line with the tracking report's amounts for the same SKU (taken in turn when a SKU is on
    /// several lines): the tracking report is the newer version of the order and the only one with gift wrap; the
    /// shipping report adds the order item ID and quantity shipped.
    /// </summary>
    internal static AmazonOrderItemSnapshot WithTrackingAmounts(AmazonOrderItemSnapshot item, Dictionary<string, Queue<AmazonOrderItemSnapshot>> trackingBySku) =>
        trackingBySku.TryGetValue(item.SellerSku, out var lines) && lines.TryDequeue(out var tracked)
            ? item with
            {
                QuantityOrdered = tracked.QuantityOrdered,
                ItemPrice = tracked.ItemPrice,
                ItemTax = tracked.ItemTax,
                ShippingPrice = tracked.ShippingPrice,
                ShippingTax = tracked.ShippingTax,
                GiftWrapPrice = tracked.GiftWrapPrice,
                ItemDiscount = tracked.ItemDiscount,
                ShippingDiscount = tracked.ShippingDiscount,
                Asin = item.Asin ?? tracked.Asin
            }
            : item;
}
