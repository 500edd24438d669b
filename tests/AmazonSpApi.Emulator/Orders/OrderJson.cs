using System.Globalization;

namespace AmazonSpApi.Emulator;

/// <summary>
/// Maps an emulated order to the 2026-01-01 <c>Order</c> shape. Basic data is always present; the datasets follow
/// Amazon's includedData table: BUYER -> buyer, RECIPIENT -> recipient, FULFILLMENT -> fulfillment (order and items,
/// incl. gift options), PROCEEDS -> proceeds (order and items), PROMOTION -> item promotion, CANCELLATION -> item
/// cancellation, PACKAGES -> packages. EXPENSE, TAX, PAYMENT, FULFILLMENT_ORDERS are accepted and carry no data here.
/// PENDING orders carry no prices or proceeds and no recipient, like Amazon's pending orders.
/// Amounts follow Amazon's getOrder example (amazon.co.uk: ITEM 89.97 = 3 x unitPrice 29.99, SHIPPING 10.00, TAX 4.00
/// split into ITEM 3.00 and SHIPPING 1.00, grandTotal 103.97): on every marketplace, VAT-inclusive or not, unitPrice,
/// ITEM, SHIPPING and DISCOUNT are without tax, TAX holds the tax, and the categories add up to proceedsTotal and
/// grandTotal (what the buyer paid). The order reports keep the marketplace's shelf prices (VAT included in the EU).
/// </summary>
internal static class OrderJson
{
    public static readonly string[] IncludedDataValues =
        ["BUYER", "RECIPIENT", "PROCEEDS", "EXPENSE", "PROMOTION", "CANCELLATION", "FULFILLMENT", "PACKAGES", "TAX", "PAYMENT", "FULFILLMENT_ORDERS"];

    public static OrderDto Map(EmulatedOrder order, ISet<string> included)
    {
        var pending = order.Status == FulfillmentStatuses.Pending;
        var currency = order.CurrencyCode;
        var market = order.Marketplace;

        var programs = new List<string>();
        if (order.IsPrime)
            programs.Add("PRIME");
        if (order.IsBusiness)
            programs.Add("AMAZON_BUSINESS");
        if (order.IsPremium && order.ServiceLevel == "NEXT_DAY")
            programs.Add("PREMIUM");

        BuyerDto? buyer = included.Contains("BUYER")
            ? new BuyerDto(order.BuyerName, order.IsFba ? null : order.BuyerEmail, order.BuyerCompanyName, order.BuyerPurchaseOrderNumber)
            : null;

        RecipientDto? recipient = null;
        if (included.Contains("RECIPIENT") && !pending)
        {
            var a = order.ShippingAddress;
            recipient = new RecipientDto(new CustomerAddressDto(a.Name, a.CompanyName, a.AddressLine1, a.AddressLine2, a.City,
                a.StateOrRegion, a.PostalCode, a.CountryCode, order.IsFba ? null : a.Phone, a.AddressType));
        }

        OrderProceedsDto? proceeds = null;
        if (included.Contains("PROCEEDS") && !pending)
        {
            var items = order.ItemList;
            var breakdowns = new List<ProceedsBreakdownDto>
            {
                new("ITEM", Money(items.Sum(i => i.PrincipalExclTax), market)),
                new("SHIPPING", Money(items.Sum(i => i.ShippingExclTax), market)),
            };
            if (items.Any(i => i.GiftWrapPrice > 0))
                breakdowns.Add(new("GIFT_WRAP", Money(items.Sum(i => i.GiftWrapPrice), market)));
            breakdowns.Add(new("TAX", Money(items.Sum(i => i.ItemTax + i.ShippingTax), market)));
            if (items.Any(i => i.PromotionDiscount > 0))
                breakdowns.Add(new("DISCOUNT", Money(-items.Sum(i => i.PromotionDiscountExclTax), market)));
            proceeds = new OrderProceedsDto(Money(order.OrderTotal, market), breakdowns.ToArray());
        }

        OrderFulfillmentDto? fulfillment = included.Contains("FULFILLMENT")
            ? new OrderFulfillmentDto(order.Status, order.FulfilledBy, order.ServiceLevel,
                new DateTimeRangeDto(EmulatorJson.Timestamp(order.ShipByEarliest), EmulatorJson.Timestamp(order.ShipByLatest)),
                new DateTimeRangeDto(EmulatorJson.Timestamp(order.DeliverByEarliest), EmulatorJson.Timestamp(order.DeliverByLatest)))
            : null;

        OrderPackageDto[]? packages = included.Contains("PACKAGES") && !order.IsFba
            ? order.PackageList.Select(p => new OrderPackageDto(p.PackageReferenceId, EmulatorJson.Timestamp(p.CreatedTime), new PackageStatusDto("SHIPPED"),
                p.Carrier, EmulatorJson.Timestamp(p.ShipTime), p.ShippingService, p.TrackingNumber,
                p.Items.Select(i => new PackageItemDto(i.OrderItemId, i.Quantity)).ToArray())).ToArray()
            : null;

        AliasDto[]? aliases = order.MerchantOrderId is { } merchantOrderId ? [new AliasDto(merchantOrderId, "SELLER_ORDER_ID")] : null;

        return new OrderDto(
            order.OrderId,
            aliases,
            EmulatorJson.Timestamp(order.CreatedTime),
            EmulatorJson.Timestamp(order.LastUpdatedTime),
            programs.Count > 0 ? programs.ToArray() : null,
            new SalesChannelDto("AMAZON", market.Id, market.Name),
            buyer,
            recipient,
            proceeds,
            fulfillment,
            order.ItemList.Select(i => MapItem(i, market, included, pending)).ToArray(),
            packages);
    }

    private static OrderItemDto MapItem(EmulatedOrderItem item, MarketplaceInfo market, ISet<string> included, bool pending)
    {
        var price = pending ? null : new ItemPriceDto(Money(item.UnitPriceExclTax, market), item.BusinessPrice ? "BUSINESS_PRICE" : null);
        var product = new ItemProductDto(item.Asin, item.Title, item.Sku, new ItemConditionDto("NEW", "NEW"), price,
            item.CustomizedUrl is { } url ? new ItemCustomizationDto(url) : null);

        ItemProceedsDto? proceeds = null;
        if (included.Contains("PROCEEDS") && !pending)
        {
            var breakdowns = new List<ProceedsBreakdownDto>
            {
                new("ITEM", Money(item.PrincipalExclTax, market)),
                new("SHIPPING", Money(item.ShippingExclTax, market)),
            };
            if (item.GiftWrapPrice > 0)
                breakdowns.Add(new("GIFT_WRAP", Money(item.GiftWrapPrice, market)));
            breakdowns.Add(new("TAX", Money(item.ItemTax + item.ShippingTax, market),
                [new DetailedBreakdownDto("ITEM", Money(item.ItemTax, market)), new DetailedBreakdownDto("SHIPPING", Money(item.ShippingTax, market))]));
            if (item.PromotionDiscount > 0)
                breakdowns.Add(new("DISCOUNT", Money(-item.PromotionDiscountExclTax, market)));
            proceeds = new ItemProceedsDto(Money(item.ItemTotal, market), breakdowns.ToArray());
        }

        ItemPromotionDto? promotion = included.Contains("PROMOTION") && item.PromotionId is { } promotionId
            ? new ItemPromotionDto([new ItemPromotionBreakdownDto(promotionId)])
            : null;

        ItemCancellationDto? cancellation = null;
        if (included.Contains("CANCELLATION") && (item.CancellationRequestReason is not null || item.CancelledBy is not null))
        {
            cancellation = new ItemCancellationDto(
                item.CancellationRequestReason is { } requested ? new CancellationRequestDto("BUYER", requested) : null,
                item.CancelledBy is { } by ? new CancellationExecutionDto(by, item.CancelReason) : null);
        }

        ItemFulfillmentDto? fulfillment = included.Contains("FULFILLMENT")
            ? new ItemFulfillmentDto(item.QuantityShipped, item.QuantityUnshipped,
                item.GiftMessage is not null || item.GiftWrapLevel is not null ? new ItemPackingDto(new GiftOptionDto(item.GiftMessage, item.GiftWrapLevel)) : null)
            : null;

        return new OrderItemDto(item.OrderItemId, item.QuantityOrdered, product, proceeds, promotion, cancellation, fulfillment);
    }

    public static MoneyDto Money(decimal amount, MarketplaceInfo market) =>
        new(amount.ToString(market.CurrencyDecimals == 0 ? "0" : "0.00", CultureInfo.InvariantCulture), market.CurrencyCode);
}
