using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>Amazon orders for import tests.</summary>
public static class TestOrders
{
    public static readonly DateTime Purchased = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);

    public static AmazonAddressSnapshot Address(string country = "US", string? state = "WA", string? line1 = "410 Terry Ave N", string? city = "Seattle") => new()
    {
        Name = "Jane Q Buyer",
        AddressLine1 = line1,
        City = city,
        StateOrRegion = state,
        PostalCode = "98109",
        CountryCode = country,
        Phone = "+1 206 555 0100"
    };

    public static AmazonOrderItemSnapshot Item(string sku, string itemId, int quantity = 1, decimal price = 20m, decimal tax = 2m, decimal shipping = 5m, decimal shippingTax = 0.5m) => new()
    {
        AmazonOrderItemId = itemId,
        SellerSku = sku,
        Title = "Item " + sku,
        QuantityOrdered = quantity,
        ItemPrice = price,
        ItemTax = tax,
        ShippingPrice = shipping,
        ShippingTax = shippingTax
    };

    public static AmazonOrderSnapshot Order(string id, AmazonOrderStatus status = AmazonOrderStatus.Unshipped, params AmazonOrderItemSnapshot[] items) => new()
    {
        AmazonOrderId = id,
        MarketplaceId = "ATVPDKIKX0DER",
        Status = status,
        FulfillmentChannel = AmazonFulfillmentChannel.Merchant,
        PurchaseDateUtc = Purchased,
        LastUpdateDateUtc = Purchased.AddMinutes(40),
        LatestShipDateUtc = Purchased.AddDays(2),
        ShipServiceLevel = "STANDARD",
        BuyerEmail = "jane@marketplace.amazon.com",
        BuyerName = "Jane Q Buyer",
        ShippingAddress = Address(),
        CurrencyCode = "USD",
        Items = items.Length > 0 ? items : [Item("SKU-1", id + "-1")]
    };

    public static AmazonOrderSnapshot Later(this AmazonOrderSnapshot order, AmazonOrderStatus status, int minutes = 60) =>
        order with { Status = status, LastUpdateDateUtc = order.LastUpdateDateUtc.AddMinutes(minutes) };
}
