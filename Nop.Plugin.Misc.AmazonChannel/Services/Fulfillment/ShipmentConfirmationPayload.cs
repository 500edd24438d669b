using System.Text.Json;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>One package line: Amazon's order item ID and the quantity in the package (SKU kept for messages).</summary>
public sealed record ShipmentLine(string AmazonOrderItemId, string SellerSku, int Quantity);

/// <summary>
/// What the outbox stores for a shipment confirmation (no buyer data): everything confirmShipment or an
/// OrderFulfillment message needs. PackageReferenceId is the store shipment ID (positive digits, stable, so a resend
/// or a tracking update edits the same package on Amazon).
/// </summary>
public sealed record ShipmentConfirmationPayload(
    int ShipmentId,
    string MarketplaceId,
    string PackageReferenceId,
    string CarrierCode,
    string? CarrierName,
    string? ShippingMethod,
    string? TrackingNumber,
    DateTime ShipDateUtc,
    IReadOnlyList<ShipmentLine> Lines,
    bool IsUpdate)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static ShipmentConfirmationPayload FromJson(string json) =>
        JsonSerializer.Deserialize<ShipmentConfirmationPayload>(json) ?? throw new JsonException("The shipment confirmation payload is empty.");
}
