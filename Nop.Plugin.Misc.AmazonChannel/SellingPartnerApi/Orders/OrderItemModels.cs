using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

[SpApiModel("orders_2026-01-01", "OrderItem")]
public sealed class OrderItem
{
    [JsonPropertyName("orderItemId")] public string OrderItemId { get; set; } = string.Empty;
    [JsonPropertyName("quantityOrdered")] public int QuantityOrdered { get; set; }
    [JsonPropertyName("measurement")] public Measurement? Measurement { get; set; }
    [JsonPropertyName("associatedOrderItems")] public List<AssociatedOrderItem>? AssociatedOrderItems { get; set; }
    [JsonPropertyName("programs")] public List<string>? Programs { get; set; }
    [JsonPropertyName("product")] public ItemProduct Product { get; set; } = new();
    [JsonPropertyName("proceeds")] public ItemProceeds? Proceeds { get; set; }
    [JsonPropertyName("expense")] public ItemExpense? Expense { get; set; }
    [JsonPropertyName("promotion")] public ItemPromotion? Promotion { get; set; }
    [JsonPropertyName("cancellation")] public ItemCancellation? Cancellation { get; set; }
    [JsonPropertyName("fulfillment")] public ItemFulfillment? Fulfillment { get; set; }
    [JsonPropertyName("tax")] public ItemTax? Tax { get; set; }
}

[SpApiModel("orders_2026-01-01", "Measurement")]
public sealed class Measurement
{
    [JsonPropertyName("unit")] public string Unit { get; set; } = string.Empty;
    [JsonPropertyName("value")] public decimal Value { get; set; }
}

[SpApiModel("orders_2026-01-01", "AssociatedOrderItem")]
public sealed class AssociatedOrderItem
{
    [JsonPropertyName("orderId")] public string? OrderId { get; set; }
    [JsonPropertyName("orderItemId")] public string? OrderItemId { get; set; }
    [JsonPropertyName("associationType")] public string? AssociationType { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemProduct")]
public sealed class ItemProduct
{
    [JsonPropertyName("asin")] public string? Asin { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("sellerSku")] public string? SellerSku { get; set; }
    [JsonPropertyName("condition")] public ItemCondition? Condition { get; set; }
    [JsonPropertyName("price")] public ItemPrice? Price { get; set; }
    [JsonPropertyName("serialNumbers")] public List<string>? SerialNumbers { get; set; }
    [JsonPropertyName("customization")] public ItemCustomization? Customization { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemCondition")]
public sealed class ItemCondition
{
    [JsonPropertyName("conditionType")] public string? ConditionType { get; set; }
    [JsonPropertyName("conditionSubtype")] public string? ConditionSubtype { get; set; }
    [JsonPropertyName("conditionNote")] public string? ConditionNote { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemPrice")]
public sealed class ItemPrice
{
    [JsonPropertyName("unitPrice")] public Money? UnitPrice { get; set; }
    [JsonPropertyName("priceDesignation")] public string? PriceDesignation { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemCustomization")]
public sealed class ItemCustomization
{
    [JsonPropertyName("customizedUrl")] public string? CustomizedUrl { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemProceeds")]
public sealed class ItemProceeds
{
    [JsonPropertyName("proceedsTotal")] public Money? ProceedsTotal { get; set; }
    [JsonPropertyName("breakdowns")] public List<ItemProceedsBreakdown>? Breakdowns { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemProceedsBreakdown")]
public sealed class ItemProceedsBreakdown
{
    /// <summary>ITEM, SHIPPING, TAX, DISCOUNT, ... (see the model's enum table).</summary>
    [JsonPropertyName("type")] public string Type { get; set; } = string.Empty;
    [JsonPropertyName("subtotal")] public Money Subtotal { get; set; } = new();
    [JsonPropertyName("detailedBreakdowns")] public List<ItemProceedsDetailedBreakdown>? DetailedBreakdowns { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemProceedsDetailedBreakdown")]
public sealed class ItemProceedsDetailedBreakdown
{
    [JsonPropertyName("subtype")] public string? Subtype { get; set; }
    [JsonPropertyName("value")] public Money? Value { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemExpense")]
public sealed class ItemExpense
{
    [JsonPropertyName("pointsCost")] public ItemPointsCost? PointsCost { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemPointsCost")]
public sealed class ItemPointsCost
{
    [JsonPropertyName("pointsGranted")] public PointsGranted? PointsGranted { get; set; }
}

[SpApiModel("orders_2026-01-01", "PointsGranted")]
public sealed class PointsGranted
{
    [JsonPropertyName("pointsNumber")] public int? PointsNumber { get; set; }
    [JsonPropertyName("pointsMonetaryValue")] public Money? PointsMonetaryValue { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemPromotion")]
public sealed class ItemPromotion
{
    [JsonPropertyName("breakdowns")] public List<ItemPromotionBreakdown>? Breakdowns { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemPromotionBreakdown")]
public sealed class ItemPromotionBreakdown
{
    [JsonPropertyName("promotionId")] public string? PromotionId { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemCancellation")]
public sealed class ItemCancellation
{
    [JsonPropertyName("cancellationRequest")] public ItemCancellationRequest? CancellationRequest { get; set; }
    [JsonPropertyName("cancellationExecution")] public ItemCancellationExecution? CancellationExecution { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemCancellationRequest")]
public sealed class ItemCancellationRequest
{
    [JsonPropertyName("requester")] public string? Requester { get; set; }
    [JsonPropertyName("cancelReason")] public string? CancelReason { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemCancellationExecution")]
public sealed class ItemCancellationExecution
{
    [JsonPropertyName("cancelledBy")] public string? CancelledBy { get; set; }
    [JsonPropertyName("cancelReason")] public string? CancelReason { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemFulfillment")]
public sealed class ItemFulfillment
{
    [JsonPropertyName("quantityFulfilled")] public int? QuantityFulfilled { get; set; }
    [JsonPropertyName("quantityUnfulfilled")] public int? QuantityUnfulfilled { get; set; }
    [JsonPropertyName("picking")] public ItemPicking? Picking { get; set; }
    [JsonPropertyName("packing")] public ItemPacking? Packing { get; set; }
    [JsonPropertyName("shipping")] public ItemShipping? Shipping { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemPicking")]
public sealed class ItemPicking
{
    [JsonPropertyName("substitutionPreference")] public ItemSubstitutionPreference? SubstitutionPreference { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemSubstitutionPreference")]
public sealed class ItemSubstitutionPreference
{
    [JsonPropertyName("substitutionType")] public string SubstitutionType { get; set; } = string.Empty;
    [JsonPropertyName("substitutionOptions")] public List<ItemSubstitutionOption>? SubstitutionOptions { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemSubstitutionOption")]
public sealed class ItemSubstitutionOption
{
    [JsonPropertyName("asin")] public string? Asin { get; set; }
    [JsonPropertyName("quantityOrdered")] public int? QuantityOrdered { get; set; }
    [JsonPropertyName("sellerSku")] public string? SellerSku { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("measurement")] public Measurement? Measurement { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemPacking")]
public sealed class ItemPacking
{
    [JsonPropertyName("giftOption")] public GiftOption? GiftOption { get; set; }
    [JsonPropertyName("serialNumberRequirement")] public SerialNumberRequirement? SerialNumberRequirement { get; set; }
}

[SpApiModel("orders_2026-01-01", "GiftOption")]
public sealed class GiftOption
{
    [JsonPropertyName("giftMessage")] public string? GiftMessage { get; set; }
    [JsonPropertyName("giftWrapLevel")] public string? GiftWrapLevel { get; set; }
}

[SpApiModel("orders_2026-01-01", "SerialNumberRequirement")]
public sealed class SerialNumberRequirement
{
    [JsonPropertyName("requirementType")] public string? RequirementType { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemShipping")]
public sealed class ItemShipping
{
    [JsonPropertyName("scheduledDeliveryWindow")] public DateTimeRange? ScheduledDeliveryWindow { get; set; }
    [JsonPropertyName("shippingConstraints")] public ItemShippingConstraints? ShippingConstraints { get; set; }
    [JsonPropertyName("internationalShipping")] public ItemInternationalShipping? InternationalShipping { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemShippingConstraints")]
public sealed class ItemShippingConstraints
{
    [JsonPropertyName("palletDelivery")] public string? PalletDelivery { get; set; }
    [JsonPropertyName("cashOnDelivery")] public string? CashOnDelivery { get; set; }
    [JsonPropertyName("signatureConfirmation")] public string? SignatureConfirmation { get; set; }
    [JsonPropertyName("recipientIdentityVerification")] public string? RecipientIdentityVerification { get; set; }
    [JsonPropertyName("recipientAgeVerification")] public string? RecipientAgeVerification { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemInternationalShipping")]
public sealed class ItemInternationalShipping
{
    [JsonPropertyName("iossNumber")] public string? IossNumber { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemTax")]
public sealed class ItemTax
{
    [JsonPropertyName("taxCalculationBreakdowns")] public List<ItemTaxCalculationBreakdown>? TaxCalculationBreakdowns { get; set; }
    [JsonPropertyName("taxCollections")] public List<ItemTaxCollectionEntry>? TaxCollections { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemTaxCalculationBreakdown")]
public sealed class ItemTaxCalculationBreakdown
{
    [JsonPropertyName("reportingScheme")] public string? ReportingScheme { get; set; }
}

[SpApiModel("orders_2026-01-01", "ItemTaxCollection")]
public sealed class ItemTaxCollectionEntry
{
    [JsonPropertyName("model")] public string? Model { get; set; }
    [JsonPropertyName("responsibleParty")] public string? ResponsibleParty { get; set; }
}
