using System.Globalization;
using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

// Orders API 2026-01-01 response types (models/orders_2026-01-01.json). Classes, not records: a record's generated
// ToString would print buyer data into any log line that formats the object.

[SpApiModel("orders_2026-01-01", "SearchOrdersResponse")]
public sealed class SearchOrdersResponse
{
    /// <summary>The orders that fit the model; read one by one, so a malformed order never hides the others.</summary>
    [JsonPropertyName("orders"), JsonConverter(typeof(OrderListConverter))] public List<Order> Orders { get; set; } = [];
    [JsonPropertyName("pagination")] public Pagination? Pagination { get; set; }
    [JsonPropertyName("lastUpdatedBefore")] public DateTimeOffset? LastUpdatedBefore { get; set; }
    [JsonPropertyName("createdBefore")] public DateTimeOffset? CreatedBefore { get; set; }

    /// <summary>The orders of this page that do not fit the model, each naming the field.</summary>
    [JsonIgnore] public IReadOnlyList<UnreadableOrder> UnreadableOrders => Orders is OrderList list ? list.Unreadable : [];

    /// <summary>The token of the next page; null on the last page.</summary>
    [JsonIgnore] public string? NextToken => string.IsNullOrEmpty(Pagination?.NextToken) ? null : Pagination.NextToken;
}

[SpApiModel("orders_2026-01-01", "Pagination")]
public sealed class Pagination
{
    [JsonPropertyName("nextToken")] public string? NextToken { get; set; }
}

[SpApiModel("orders_2026-01-01", "GetOrderResponse")]
public sealed class GetOrderResponse
{
    [JsonPropertyName("order")] public Order Order { get; set; } = new();
}

[SpApiModel("orders_2026-01-01", "Order")]
public sealed class Order
{
    [JsonPropertyName("orderId")] public string OrderId { get; set; } = string.Empty;
    [JsonPropertyName("orderAliases")] public List<OrderAlias>? OrderAliases { get; set; }
    [JsonPropertyName("createdTime")] public DateTimeOffset CreatedTime { get; set; }
    [JsonPropertyName("lastUpdatedTime")] public DateTimeOffset LastUpdatedTime { get; set; }
    [JsonPropertyName("programs")] public List<string>? Programs { get; set; }
    [JsonPropertyName("associatedOrders")] public List<AssociatedOrder>? AssociatedOrders { get; set; }
    [JsonPropertyName("salesChannel")] public SalesChannel SalesChannel { get; set; } = new();
    [JsonPropertyName("buyer")] public Buyer? Buyer { get; set; }
    [JsonPropertyName("recipient")] public Recipient? Recipient { get; set; }
    [JsonPropertyName("proceeds")] public OrderProceeds? Proceeds { get; set; }
    [JsonPropertyName("payment")] public OrderPayment? Payment { get; set; }
    [JsonPropertyName("tax")] public OrderTax? Tax { get; set; }
    [JsonPropertyName("fulfillment")] public OrderFulfillment? Fulfillment { get; set; }
    [JsonPropertyName("orderItems")] public List<OrderItem> OrderItems { get; set; } = [];
    [JsonPropertyName("packages")] public List<OrderPackage>? Packages { get; set; }
    [JsonPropertyName("fulfillmentOrders")] public List<FulfillmentOrder>? FulfillmentOrders { get; set; }

    /// <summary>The seller's own order ID (alias of type SELLER_ORDER_ID), if any.</summary>
    [JsonIgnore]
    public string? SellerOrderId => OrderAliases?.FirstOrDefault(alias => alias.AliasType == "SELLER_ORDER_ID")?.AliasId;

    public override string ToString() => $"Order {OrderId}";
}

[SpApiModel("orders_2026-01-01", "Alias")]
public sealed class OrderAlias
{
    [JsonPropertyName("aliasId")] public string AliasId { get; set; } = string.Empty;
    [JsonPropertyName("aliasType")] public string AliasType { get; set; } = string.Empty;
}

[SpApiModel("orders_2026-01-01", "AssociatedOrder")]
public sealed class AssociatedOrder
{
    [JsonPropertyName("orderId")] public string? OrderId { get; set; }
    [JsonPropertyName("associationType")] public string? AssociationType { get; set; }
}

[SpApiModel("orders_2026-01-01", "SalesChannel")]
public sealed class SalesChannel
{
    [JsonPropertyName("channelName")] public string ChannelName { get; set; } = string.Empty;
    [JsonPropertyName("marketplaceId")] public string? MarketplaceId { get; set; }
    [JsonPropertyName("marketplaceName")] public string? MarketplaceName { get; set; }
}

/// <summary>Buyer data (PII; only with includedData=BUYER). Never log it.</summary>
[SpApiModel("orders_2026-01-01", "Buyer")]
public sealed class Buyer
{
    [JsonPropertyName("buyerName")] public string? BuyerName { get; set; }
    [JsonPropertyName("buyerEmail")] public string? BuyerEmail { get; set; }
    [JsonPropertyName("buyerCompanyName")] public string? BuyerCompanyName { get; set; }
    [JsonPropertyName("buyerPurchaseOrderNumber")] public string? BuyerPurchaseOrderNumber { get; set; }
}

/// <summary>Recipient data (PII; only with includedData=RECIPIENT). Never log it.</summary>
[SpApiModel("orders_2026-01-01", "Recipient")]
public sealed class Recipient
{
    [JsonPropertyName("deliveryAddress")] public CustomerAddress? DeliveryAddress { get; set; }
    [JsonPropertyName("deliveryPreference")] public DeliveryPreference? DeliveryPreference { get; set; }
}

[SpApiModel("orders_2026-01-01", "CustomerAddress")]
public sealed class CustomerAddress
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("companyName")] public string? CompanyName { get; set; }
    [JsonPropertyName("addressLine1")] public string? AddressLine1 { get; set; }
    [JsonPropertyName("addressLine2")] public string? AddressLine2 { get; set; }
    [JsonPropertyName("addressLine3")] public string? AddressLine3 { get; set; }
    [JsonPropertyName("city")] public string? City { get; set; }
    [JsonPropertyName("districtOrCounty")] public string? DistrictOrCounty { get; set; }
    [JsonPropertyName("stateOrRegion")] public string? StateOrRegion { get; set; }
    [JsonPropertyName("municipality")] public string? Municipality { get; set; }
    [JsonPropertyName("postalCode")] public string? PostalCode { get; set; }
    [JsonPropertyName("countryCode")] public string? CountryCode { get; set; }
    [JsonPropertyName("phone")] public string? Phone { get; set; }
    [JsonPropertyName("extendedFields")] public AddressExtendedFields? ExtendedFields { get; set; }
    [JsonPropertyName("addressType")] public string? AddressType { get; set; }
}

[SpApiModel("orders_2026-01-01", "AddressExtendedFields")]
public sealed class AddressExtendedFields
{
    [JsonPropertyName("streetName")] public string? StreetName { get; set; }
    [JsonPropertyName("streetNumber")] public string? StreetNumber { get; set; }
    [JsonPropertyName("complement")] public string? Complement { get; set; }
    [JsonPropertyName("neighborhood")] public string? Neighborhood { get; set; }
}

[SpApiModel("orders_2026-01-01", "DeliveryPreference")]
public sealed class DeliveryPreference
{
    [JsonPropertyName("dropOffLocation")] public string? DropOffLocation { get; set; }
    [JsonPropertyName("addressInstruction")] public string? AddressInstruction { get; set; }
}

[SpApiModel("orders_2026-01-01", "MerchantAddress")]
public sealed class MerchantAddress
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("addressLine1")] public string? AddressLine1 { get; set; }
    [JsonPropertyName("addressLine2")] public string? AddressLine2 { get; set; }
    [JsonPropertyName("addressLine3")] public string? AddressLine3 { get; set; }
    [JsonPropertyName("city")] public string? City { get; set; }
    [JsonPropertyName("districtOrCounty")] public string? DistrictOrCounty { get; set; }
    [JsonPropertyName("stateOrRegion")] public string? StateOrRegion { get; set; }
    [JsonPropertyName("municipality")] public string? Municipality { get; set; }
    [JsonPropertyName("postalCode")] public string? PostalCode { get; set; }
    [JsonPropertyName("countryCode")] public string? CountryCode { get; set; }
}

/// <summary>An amount; Amazon sends the decimal as a string (<c>"34.99"</c>).</summary>
[SpApiModel("orders_2026-01-01", "Money")]
public sealed class Money
{
    [JsonPropertyName("amount"), JsonConverter(typeof(StringOrNumberConverter))] public string Amount { get; set; } = "0";
    [JsonPropertyName("currencyCode")] public string CurrencyCode { get; set; } = string.Empty;

    /// <summary>
    /// The amount as a decimal, in Amazon's Decimal format (an optional minus, digits, an optional point and digits).
    /// Anything else (empty, NaN, infinity, exponents, thousands separators, more than decimal's range) is refused with
    /// a <see cref="FormatException"/>, never read as 0.
    /// </summary>
    [JsonIgnore]
    public decimal Value => TryGetValue(out var value) ? value : throw new FormatException("The amount is not a decimal in Amazon's format.");

    /// <summary>Reads the amount as <see cref="Value"/> does; false when it is not in Amazon's format or out of range.</summary>
    public bool TryGetValue(out decimal value)
    {
        value = 0m;
        return IsAmazonDecimal(Amount)
            && decimal.TryParse(Amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // Amazon's Decimal: "-?\d+(\.\d+)?".
    private static bool IsAmazonDecimal(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        var digits = text.AsSpan(text[0] == '-' ? 1 : 0);
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "0".AsSpan() : digits[(point + 1)..];
        return whole.Length > 0 && fraction.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    public override string ToString() => $"{Amount} {CurrencyCode}";
}

[SpApiModel("orders_2026-01-01", "DateTimeRange")]
public sealed class DateTimeRange
{
    [JsonPropertyName("earliestDateTime")] public DateTimeOffset? EarliestDateTime { get; set; }
    [JsonPropertyName("latestDateTime")] public DateTimeOffset? LatestDateTime { get; set; }
}

[SpApiModel("orders_2026-01-01", "OrderProceeds")]
public sealed class OrderProceeds
{
    [JsonPropertyName("grandTotal")] public Money? GrandTotal { get; set; }
    [JsonPropertyName("breakdowns")] public List<OrderProceedsBreakdown>? Breakdowns { get; set; }
}

[SpApiModel("orders_2026-01-01", "OrderProceedsBreakdown")]
public sealed class OrderProceedsBreakdown
{
    [JsonPropertyName("type")] public string Type { get; set; } = string.Empty;
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("subtotal")] public Money Subtotal { get; set; } = new();
}

[SpApiModel("orders_2026-01-01", "OrderFulfillment")]
public sealed class OrderFulfillment
{
    /// <summary>One of <see cref="FulfillmentStatuses"/>.</summary>
    [JsonPropertyName("fulfillmentStatus")] public string FulfillmentStatus { get; set; } = string.Empty;

    /// <summary><c>MERCHANT</c> (MFN) or <c>AMAZON</c> (FBA/AFN).</summary>
    [JsonPropertyName("fulfilledBy")] public string? FulfilledBy { get; set; }
    [JsonPropertyName("fulfillmentServiceLevel")] public string? FulfillmentServiceLevel { get; set; }
    [JsonPropertyName("shipByWindow")] public DateTimeRange? ShipByWindow { get; set; }
    [JsonPropertyName("deliverByWindow")] public DateTimeRange? DeliverByWindow { get; set; }
    [JsonPropertyName("labelPrintingWindow")] public DateTimeRange? LabelPrintingWindow { get; set; }
}

[SpApiModel("orders_2026-01-01", "FulfillmentOrder")]
public sealed class FulfillmentOrder
{
    [JsonPropertyName("fulfillmentOrderId")] public string FulfillmentOrderId { get; set; } = string.Empty;
}
