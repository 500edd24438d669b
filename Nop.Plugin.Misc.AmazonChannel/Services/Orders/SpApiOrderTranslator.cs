using Nop.Plugin.Misc.AmazonChannel.Domain;
using SpApi = Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Reads an Orders API (2026-01-01) order into the import's snapshot. Item amounts come from the item proceeds
/// breakdowns (ITEM, SHIPPING, GIFT_WRAP, COD_FEE, OTHER, TAX and DISCOUNT, the last two split by their detailed
/// subtypes); an order without proceeds (Pending) falls back to unit price × quantity.
/// <para>
/// The categories add up to Amazon's totals on every marketplace, VAT-inclusive or not: Amazon's getOrder example for
/// amazon.co.uk has ITEM 89.97 (3 × unitPrice 29.99) + SHIPPING 10.00 + TAX 4.00 = grandTotal 103.97, its amazon.com
/// examples ITEM 39.99 + TAX 10.00 = 49.99 and ITEM 149.97 + TAX 0.02 + DELIVERY_TIP 5.00 = 154.99. So ITEM, SHIPPING,
/// GIFT_WRAP and DISCOUNT are read as amounts without tax and TAX as the tax beside them. Should an order's own
/// grandTotal say otherwise (its categories add up to grandTotal only without TAX, i.e. the prices hold the tax), the
/// tax is taken out of the prices instead; an order that fits neither reading is refused by the mapper's
/// reconciliation (docs/order-import.md, "Money").
/// </para>
/// </summary>
public static class SpApiOrderTranslator
{
    public static AmazonOrderSnapshot Translate(SpApi.Order order, string fallbackMarketplaceId)
    {
        var programs = order.Programs ?? [];
        var status = AmazonOrderStatusParser.Parse(order.Fulfillment?.FulfillmentStatus)
            ?? throw new FormatException($"Amazon order {order.OrderId} has no known fulfillment status ('{order.Fulfillment?.FulfillmentStatus}').");

        var grandTotal = order.Proceeds?.GrandTotal?.Value;
        var orderCharges = (order.Proceeds?.Breakdowns ?? []).Where(b => b.Type == "DELIVERY_TIP").Sum(b => b.Subtotal.Value);
        var items = order.OrderItems.Select(item => Item(item, pricesIncludeTax: false)).ToList();
        if (grandTotal is { } total && !AmazonOrderReconciliation.Reconciles(items.Sum(i => i.Total) + orderCharges, total, items.Count))
        {
            var taxIncluded = order.OrderItems.Select(item => Item(item, pricesIncludeTax: true)).ToList();
            if (taxIncluded.Sum(i => i.ItemTax + i.ShippingTax) != 0m
                && AmazonOrderReconciliation.Reconciles(taxIncluded.Sum(i => i.Total) + orderCharges, total, taxIncluded.Count))
                items = taxIncluded;
        }

        return new AmazonOrderSnapshot
        {
            AmazonOrderId = order.OrderId,
            MarketplaceId = order.SalesChannel.MarketplaceId ?? fallbackMarketplaceId,
            Status = status,
            FulfillmentChannel = string.Equals(order.Fulfillment?.FulfilledBy, "AMAZON", StringComparison.OrdinalIgnoreCase) ? AmazonFulfillmentChannel.Amazon : AmazonFulfillmentChannel.Merchant,
            PurchaseDateUtc = order.CreatedTime.UtcDateTime,
            LastUpdateDateUtc = order.LastUpdatedTime.UtcDateTime,
            LatestShipDateUtc = order.Fulfillment?.ShipByWindow?.LatestDateTime?.UtcDateTime,
            ShipServiceLevel = order.Fulfillment?.FulfillmentServiceLevel,
            IsPrime = programs.Contains("PRIME"),
            IsBusinessOrder = programs.Contains("AMAZON_BUSINESS"),
            IsPremium = programs.Contains("PREMIUM"),
            ReplacedOrderId = order.AssociatedOrders?.FirstOrDefault(a => a.AssociationType == "REPLACEMENT_ORIGINAL_ID")?.OrderId,
            BuyerEmail = order.Buyer?.BuyerEmail,
            BuyerName = order.Buyer?.BuyerName,
            BuyerCompanyName = order.Buyer?.BuyerCompanyName,
            PurchaseOrderNumber = order.Buyer?.BuyerPurchaseOrderNumber,
            ShippingAddress = Address(order.Recipient?.DeliveryAddress),
            CurrencyCode = CurrencyOf(order),
            Items = items,
            OrderCharges = orderCharges,
            AmazonOrderTotal = grandTotal
        };
    }

    /// <param name="pricesIncludeTax">Read ITEM and SHIPPING as holding their tax (taken out here), not as amounts beside TAX.</param>
    private static AmazonOrderItemSnapshot Item(SpApi.OrderItem item, bool pricesIncludeTax)
    {
        var breakdowns = item.Proceeds?.Breakdowns ?? [];
        decimal Total(string type) => breakdowns.Where(b => b.Type == type).Sum(b => b.Subtotal.Value);
        decimal Detail(string type, string subtype) => breakdowns.Where(b => b.Type == type)
            .SelectMany(b => b.DetailedBreakdowns ?? []).Where(d => d.Subtype == subtype).Sum(d => d.Value?.Value ?? 0m);
        bool HasDetails(string type) => breakdowns.Any(b => b.Type == type && b.DetailedBreakdowns is { Count: > 0 });

        var itemPrice = breakdowns.Count > 0 ? Total("ITEM") : (item.Product.Price?.UnitPrice?.Value ?? 0m) * item.QuantityOrdered;
        var shippingPrice = Total("SHIPPING");
        var tax = Total("TAX");
        var shippingTax = HasDetails("TAX") ? Detail("TAX", "SHIPPING") : 0m;
        var itemTax = tax - shippingTax;
        var discount = Math.Abs(Total("DISCOUNT"));
        var shippingDiscount = HasDetails("DISCOUNT") ? Math.Abs(Detail("DISCOUNT", "SHIPPING")) : 0m;
        var request = item.Cancellation?.CancellationRequest;
        if (pricesIncludeTax)
        {
            itemPrice -= itemTax;
            shippingPrice -= shippingTax;
        }

        return new AmazonOrderItemSnapshot
        {
            AmazonOrderItemId = item.OrderItemId,
            SellerSku = item.Product.SellerSku ?? string.Empty,
            Asin = item.Product.Asin,
            Title = item.Product.Title,
            QuantityOrdered = item.QuantityOrdered,
            QuantityShipped = item.Fulfillment?.QuantityFulfilled ?? 0,
            ItemPrice = itemPrice,
            ItemTax = itemTax,
            ShippingPrice = shippingPrice,
            ShippingTax = shippingTax,
            GiftWrapPrice = Total("GIFT_WRAP"),
            OtherCharges = Total("COD_FEE") + Total("OTHER"),
            ItemDiscount = discount - shippingDiscount,
            ShippingDiscount = shippingDiscount,
            GiftMessage = item.Fulfillment?.Packing?.GiftOption?.GiftMessage,
            CustomizedUrl = item.Product.Customization?.CustomizedUrl,
            BuyerCancellationRequested = string.Equals(request?.Requester, "BUYER", StringComparison.OrdinalIgnoreCase),
            BuyerCancelReason = request?.CancelReason
        };
    }

    private static AmazonAddressSnapshot? Address(SpApi.CustomerAddress? address) => address is null ? null : new AmazonAddressSnapshot
    {
        Name = address.Name,
        CompanyName = address.CompanyName,
        AddressLine1 = address.AddressLine1,
        AddressLine2 = address.AddressLine2,
        AddressLine3 = address.AddressLine3,
        City = address.City ?? address.Municipality,
        County = address.DistrictOrCounty,
        StateOrRegion = address.StateOrRegion,
        PostalCode = address.PostalCode,
        CountryCode = address.CountryCode,
        Phone = address.Phone
    };

    private static string CurrencyOf(SpApi.Order order) =>
        order.Proceeds?.GrandTotal?.CurrencyCode is { Length: > 0 } code ? code
        : order.OrderItems.SelectMany(i => i.Proceeds?.Breakdowns ?? []).Select(b => b.Subtotal.CurrencyCode).FirstOrDefault(c => c.Length > 0)
        ?? order.OrderItems.Select(i => i.Product.Price?.UnitPrice?.CurrencyCode).FirstOrDefault(c => !string.IsNullOrEmpty(c))
        ?? string.Empty;
}
