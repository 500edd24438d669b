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
    /// <exception cref="AmazonOrderMappingException">A field the import relies on is missing, unknown or not an amount in Amazon's format; the error names the field.</exception>
    public static AmazonOrderSnapshot Translate(SpApi.Order order, string fallbackMarketplaceId)
    {
        var orderId = Required(order.OrderId, "(unknown)", "orderId");
        if (order.CreatedTime == default)
            throw new AmazonOrderMappingException(ImportErrorCodes.MissingField, orderId, "createdTime");
        if (order.LastUpdatedTime == default)
            throw new AmazonOrderMappingException(ImportErrorCodes.MissingField, orderId, "lastUpdatedTime");
        var orderItems = order.OrderItems ?? throw new AmazonOrderMappingException(ImportErrorCodes.MissingField, orderId, "orderItems");
        for (var i = 0; i < orderItems.Count; i++)
        {
            if (orderItems[i] is null || orderItems[i].Product is null)
                throw new AmazonOrderMappingException(ImportErrorCodes.MissingField, orderId, $"orderItems[{i}].product");
        }

        var programs = order.Programs ?? [];
        var statusText = order.Fulfillment?.FulfillmentStatus;
        var status = AmazonOrderStatusParser.Parse(statusText)
            ?? throw (string.IsNullOrWhiteSpace(statusText)
                ? new AmazonOrderMappingException(ImportErrorCodes.MissingField, orderId, "fulfillment.fulfillmentStatus")
                : new AmazonOrderMappingException(ImportErrorCodes.UnknownStatus, orderId, "fulfillment.fulfillmentStatus", AmazonWord(statusText)));
        var fulfilledBy = order.Fulfillment?.FulfilledBy;
        if (fulfilledBy is not null && !string.Equals(fulfilledBy, SpApi.FulfilledBy.Amazon, StringComparison.OrdinalIgnoreCase) && !string.Equals(fulfilledBy, SpApi.FulfilledBy.Merchant, StringComparison.OrdinalIgnoreCase))
            throw new AmazonOrderMappingException(ImportErrorCodes.UnknownStatus, orderId, "fulfillment.fulfilledBy", AmazonWord(fulfilledBy));

        var currency = CurrencyOf(order);
        var amounts = new AmountReader(orderId, currency);
        var grandTotal = order.Proceeds?.GrandTotal is { } total0 ? amounts.Read(total0, "proceeds.grandTotal") : (decimal?)null;
        var orderCharges = (order.Proceeds?.Breakdowns ?? []).Where(b => b?.Type == "DELIVERY_TIP").Sum(b => amounts.Read(b.Subtotal, "proceeds.breakdowns[DELIVERY_TIP].subtotal"));
        var items = orderItems.Select((item, index) => Item(item, index, amounts, pricesIncludeTax: false)).ToList();
        if (grandTotal is { } total && !AmazonOrderReconciliation.Reconciles(items.Sum(i => i.Total) + orderCharges, total, items.Count))
        {
            var taxIncluded = orderItems.Select((item, index) => Item(item, index, amounts, pricesIncludeTax: true)).ToList();
            if (taxIncluded.Sum(i => i.ItemTax + i.ShippingTax) != 0m
                && AmazonOrderReconciliation.Reconciles(taxIncluded.Sum(i => i.Total) + orderCharges, total, taxIncluded.Count))
                items = taxIncluded;
        }

        return new AmazonOrderSnapshot
        {
            AmazonOrderId = orderId,
            MarketplaceId = order.SalesChannel?.MarketplaceId ?? fallbackMarketplaceId,
            Status = status,
            FulfillmentChannel = string.Equals(fulfilledBy, SpApi.FulfilledBy.Amazon, StringComparison.OrdinalIgnoreCase) ? AmazonFulfillmentChannel.Amazon : AmazonFulfillmentChannel.Merchant,
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
            CurrencyCode = currency,
            Items = items,
            OrderCharges = orderCharges,
            AmazonOrderTotal = grandTotal
        };
    }

    /// <param name="pricesIncludeTax">Read ITEM and SHIPPING as holding their tax (taken out here), not as amounts beside TAX.</param>
    private static AmazonOrderItemSnapshot Item(SpApi.OrderItem item, int index, AmountReader amounts, bool pricesIncludeTax)
    {
        var field = $"orderItems[{index}]";
        var breakdowns = (item.Proceeds?.Breakdowns ?? []).Where(b => b is not null).ToList();
        decimal Total(string type) => breakdowns.Where(b => b.Type == type).Sum(b => amounts.Read(b.Subtotal, $"{field}.proceeds.breakdowns[{type}].subtotal"));
        decimal Detail(string type, string subtype) => breakdowns.Where(b => b.Type == type)
            .SelectMany(b => b.DetailedBreakdowns ?? []).Where(d => d?.Subtype == subtype)
            .Sum(d => d.Value is null ? 0m : amounts.Read(d.Value, $"{field}.proceeds.breakdowns[{type}].detailedBreakdowns[{subtype}].value"));
        bool HasDetails(string type) => breakdowns.Any(b => b.Type == type && b.DetailedBreakdowns is { Count: > 0 });

        var itemPrice = breakdowns.Count > 0 ? Total("ITEM")
            : item.Product.Price?.UnitPrice is { } unitPrice ? amounts.Read(unitPrice, $"{field}.product.price.unitPrice") * item.QuantityOrdered : 0m;
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
            AmazonOrderItemId = item.OrderItemId ?? string.Empty,
            SellerSku = item.Product.SellerSku?.Trim() ?? string.Empty,
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
            GiftWrapLevel = item.Fulfillment?.Packing?.GiftOption?.GiftWrapLevel,
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
        : order.OrderItems.SelectMany(i => i.Proceeds?.Breakdowns ?? []).Select(b => b?.Subtotal?.CurrencyCode).FirstOrDefault(c => !string.IsNullOrEmpty(c))
        ?? order.OrderItems.Select(i => i.Product.Price?.UnitPrice?.CurrencyCode).FirstOrDefault(c => !string.IsNullOrEmpty(c))
        ?? string.Empty;

    private static string Required(string? value, string orderId, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new AmazonOrderMappingException(ImportErrorCodes.MissingField, orderId, field) : value.Trim();

    /// <summary>An Amazon vocabulary word as an error argument: printable, cut to 40 characters.</summary>
    private static string AmazonWord(string value)
    {
        var printable = new string(value.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return printable.Length <= 40 ? printable : printable[..40] + "…";
    }

    /// <summary>
    /// Reads amounts strictly: Amazon's Decimal format, within <see cref="MaxAmount"/>, in the order's currency. An
    /// amount that fails is an error naming the field, never 0.
    /// </summary>
    private sealed class AmountReader(string orderId, string currency)
    {
        /// <summary>No single amount of an order reaches a billion; beyond that the sums could overflow.</summary>
        public const decimal MaxAmount = 1_000_000_000m;

        public decimal Read(SpApi.Money? money, string field)
        {
            if (money is null || !money.TryGetValue(out var value) || Math.Abs(value) > MaxAmount)
                throw new AmazonOrderMappingException(ImportErrorCodes.InvalidAmount, orderId, field + ".amount");
            if (!string.IsNullOrEmpty(money.CurrencyCode) && currency.Length > 0 && !string.Equals(money.CurrencyCode, currency, StringComparison.OrdinalIgnoreCase))
                throw new AmazonOrderMappingException(ImportErrorCodes.CurrencyMismatch, orderId, field, AmazonWord(money.CurrencyCode), currency);
            return value;
        }
    }
}
