using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

/// <summary>Body of Orders v0 confirmShipment (<c>POST /orders/v0/orders/{orderId}/shipmentConfirmation</c>).</summary>
[SpApiModel("ordersV0", "ConfirmShipmentRequest")]
public sealed class ConfirmShipmentRequest
{
    [JsonPropertyName("packageDetail")] public PackageDetail PackageDetail { get; set; } = new();

    /// <summary>Only <c>DirectPayment</c> (Japan, cash on delivery).</summary>
    [JsonPropertyName("codCollectionMethod")] public string? CodCollectionMethod { get; set; }

    [JsonPropertyName("marketplaceId")] public string MarketplaceId { get; set; } = string.Empty;
}

[SpApiModel("ordersV0", "PackageDetail")]
public sealed class PackageDetail
{
    /// <summary>The seller's package identifier, unique per order (for example 1, 2, ... per shipment).</summary>
    [JsonPropertyName("packageReferenceId")] public string PackageReferenceId { get; set; } = string.Empty;

    /// <summary>Amazon's carrier code (for example UPS, USPS, FedEx, DHL, or Other with <see cref="CarrierName"/>).</summary>
    [JsonPropertyName("carrierCode")] public string CarrierCode { get; set; } = string.Empty;

    /// <summary>Required when <see cref="CarrierCode"/> is <c>Other</c>.</summary>
    [JsonPropertyName("carrierName")] public string? CarrierName { get; set; }
    [JsonPropertyName("shippingMethod")] public string? ShippingMethod { get; set; }
    [JsonPropertyName("trackingNumber")] public string TrackingNumber { get; set; } = string.Empty;
    [JsonPropertyName("shipDate")] public DateTimeOffset ShipDate { get; set; }
    [JsonPropertyName("shipFromSupplySourceId")] public string? ShipFromSupplySourceId { get; set; }
    [JsonPropertyName("orderItems")] public List<ConfirmShipmentOrderItem> OrderItems { get; set; } = [];
}

[SpApiModel("ordersV0", "ConfirmShipmentOrderItem")]
public sealed class ConfirmShipmentOrderItem
{
    [JsonPropertyName("orderItemId")] public string OrderItemId { get; set; } = string.Empty;
    [JsonPropertyName("quantity")] public int Quantity { get; set; }
    [JsonPropertyName("transparencyCodes")] public List<string>? TransparencyCodes { get; set; }
}
