using Nop.Plugin.Misc.AmazonChannel.Domain;
using SpApi = Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Reads an Orders API (2026-01-01) order into the import's snapshot. Item amounts come from the item proceeds
/// breakdowns (ITEM, SHIPPING, GIFT_WRAP, TAX and DISCOUNT, the last two split by their detailed subtypes); an order
/// without proceeds (Pending) falls back to unit price × quantity.
/// </summary>
public static class SpApiOrderTranslator
{
    public static AmazonOrderSnapshot Translate(SpApi.Order order, string fallbackMarketplaceId)
    {
        var programs = order.Programs ?? [];
        var status = AmazonOrderStatusParser.Parse(order.Fulfillment?.FulfillmentStatus)
            ?? throw new FormatException($"Amazon order {order.OrderId} has no known fulfillment status ('{order.Fulfillment?.FulfillmentStatus}').");

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
            Items = order.OrderItems.Select(Item).ToList()
        };
    }

    private static AmazonOrderItemSnapshot Item(SpApi.OrderItem item)
    {
        var breakdowns = item.Proceeds?.Breakdowns ?? [];
        decimal Total(string type) => breakdowns.Where(b => b.Type == type).Sum(b => b.Subtotal.Value);
        decimal Detail(string type, string subtype) => breakdowns.Where(b => b.Type == type)
            .SelectMany(b => b.DetailedBreakdowns ?? []).Where(d => d.Subtype == subtype).Sum(d => d.Value?.Value ?? 0m);
        bool HasDetails(string type) => breakdowns.Any(b => b.Type == type && b.DetailedBreakdowns is { Count: > 0 });

        var itemPrice = breakdowns.Count > 0 ? Total("ITEM") : (item.Product.Price?.UnitPrice?.Value ?? 0m) * item.QuantityOrdered;
        var tax = Total("TAX");
        var shippingTax = HasDetails("TAX") ? Detail("TAX", "SHIPPING") : 0m;
        var discount = Math.Abs(Total("DISCOUNT"));
        var shippingDiscount = HasDetails("DISCOUNT") ? Math.Abs(Detail("DISCOUNT", "SHIPPING")) : 0m;
        var request = item.Cancellation?.CancellationRequest;

        return new AmazonOrderItemSnapshot
        {
            AmazonOrderItemId = item.OrderItemId,
            SellerSku = item.Product.SellerSku ?? string.Empty,
            Asin = item.Product.Asin,
            Title = item.Product.Title,
            QuantityOrdered = item.QuantityOrdered,
            QuantityShipped = item.Fulfillment?.QuantityFulfilled ?? 0,
            ItemPrice = itemPrice,
            ItemTax = tax - shippingTax,
            ShippingPrice = Total("SHIPPING"),
            ShippingTax = shippingTax,
            GiftWrapPrice = Total("GIFT_WRAP"),
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
