using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

[SpApiModel("orders_2026-01-01", "OrderPackage")]
public sealed class OrderPackage
{
    [JsonPropertyName("packageReferenceId")] public string PackageReferenceId { get; set; } = string.Empty;
    [JsonPropertyName("createdTime")] public DateTimeOffset? CreatedTime { get; set; }
    [JsonPropertyName("packageStatus")] public PackageStatus? PackageStatus { get; set; }
    [JsonPropertyName("carrier")] public string? Carrier { get; set; }
    [JsonPropertyName("shipTime")] public DateTimeOffset? ShipTime { get; set; }
    [JsonPropertyName("shippingService")] public string? ShippingService { get; set; }
    [JsonPropertyName("trackingNumber")] public string? TrackingNumber { get; set; }
    [JsonPropertyName("shipFromAddress")] public MerchantAddress? ShipFromAddress { get; set; }
    [JsonPropertyName("packageItems")] public List<PackageItem>? PackageItems { get; set; }
}

[SpApiModel("orders_2026-01-01", "PackageStatus")]
public sealed class PackageStatus
{
    [JsonPropertyName("status")] public string Status { get; set; } = string.Empty;
    [JsonPropertyName("detailedStatus")] public string? DetailedStatus { get; set; }
}

[SpApiModel("orders_2026-01-01", "PackageItem")]
public sealed class PackageItem
{
    [JsonPropertyName("orderItemId")] public string OrderItemId { get; set; } = string.Empty;
    [JsonPropertyName("quantity")] public int Quantity { get; set; }
    [JsonPropertyName("transparencyCodes")] public List<string>? TransparencyCodes { get; set; }
}

[SpApiModel("orders_2026-01-01", "OrderPayment")]
public sealed class OrderPayment
{
    [JsonPropertyName("paymentExecutions")] public List<PaymentExecution>? PaymentExecutions { get; set; }
}

[SpApiModel("orders_2026-01-01", "PaymentExecution")]
public sealed class PaymentExecution
{
    [JsonPropertyName("paymentMethod")] public string? PaymentMethod { get; set; }
    [JsonPropertyName("paymentAmount")] public Money? PaymentAmount { get; set; }
    [JsonPropertyName("acquirerId")] public string? AcquirerId { get; set; }
    [JsonPropertyName("cardBrand")] public string? CardBrand { get; set; }
    [JsonPropertyName("authorizationCode")] public string? AuthorizationCode { get; set; }
}

[SpApiModel("orders_2026-01-01", "OrderTax")]
public sealed class OrderTax
{
    [JsonPropertyName("taxRegistrations")] public List<OrderTaxRegistration>? TaxRegistrations { get; set; }
    [JsonPropertyName("taxInvoicing")] public OrderTaxInvoicing? TaxInvoicing { get; set; }
}

[SpApiModel("orders_2026-01-01", "OrderTaxRegistration")]
public sealed class OrderTaxRegistration
{
    [JsonPropertyName("entityType")] public string? EntityType { get; set; }
    [JsonPropertyName("legalName")] public string? LegalName { get; set; }
    [JsonPropertyName("taxRegistrationType")] public string? TaxRegistrationType { get; set; }
    [JsonPropertyName("taxRegistrationNumber")] public string? TaxRegistrationNumber { get; set; }
    [JsonPropertyName("taxRegistrationAddress")] public CustomerAddress? TaxRegistrationAddress { get; set; }
    [JsonPropertyName("taxRegistrationAttributes")] public List<TaxRegistrationAttributeEntry>? TaxRegistrationAttributes { get; set; }
}

[SpApiModel("orders_2026-01-01", "TaxRegistrationAttribute")]
public sealed class TaxRegistrationAttributeEntry
{
    [JsonPropertyName("key")] public string? Key { get; set; }
    [JsonPropertyName("value")] public string? Value { get; set; }
}

[SpApiModel("orders_2026-01-01", "OrderTaxInvoicing")]
public sealed class OrderTaxInvoicing
{
    [JsonPropertyName("buyerInvoicePreference")] public string? BuyerInvoicePreference { get; set; }
    [JsonPropertyName("invoiceStatus")] public string? InvoiceStatus { get; set; }
}

/// <summary>The values of <see cref="OrderFulfillment.FulfillmentStatus"/> and of the fulfillmentStatuses filter.</summary>
public static class FulfillmentStatuses
{
    public const string PendingAvailability = "PENDING_AVAILABILITY";
    public const string Pending = "PENDING";
    public const string Unshipped = "UNSHIPPED";
    public const string PartiallyShipped = "PARTIALLY_SHIPPED";
    public const string Shipped = "SHIPPED";
    public const string Cancelled = "CANCELLED";
    public const string Unfulfillable = "UNFULFILLABLE";
}

/// <summary>The values of the fulfilledBy filter and field.</summary>
public static class FulfilledBy
{
    public const string Merchant = "MERCHANT";
    public const string Amazon = "AMAZON";
}

/// <summary>The values of the includedData parameter of searchOrders and getOrder.</summary>
public static class IncludedData
{
    public const string Buyer = "BUYER";
    public const string Recipient = "RECIPIENT";
    public const string Proceeds = "PROCEEDS";
    public const string Expense = "EXPENSE";
    public const string Promotion = "PROMOTION";
    public const string Cancellation = "CANCELLATION";
    public const string Fulfillment = "FULFILLMENT";
    public const string Packages = "PACKAGES";
    public const string Tax = "TAX";
    public const string Payment = "PAYMENT";
    public const string FulfillmentOrders = "FULFILLMENT_ORDERS";

    /// <summary>What the order import needs: buyer, address, amounts, promotions, cancellations, fulfillment, packages.</summary>
    public static IReadOnlyList<string> ForImport { get; } = [Buyer, Recipient, Proceeds, Expense, Promotion, Cancellation, Fulfillment, Packages];
}
