using System.Text.Json;

namespace AmazonSpApi.Emulator;

/// <summary>Orders API v0 confirmShipment (<c>POST /orders/v0/orders/{orderId}/shipmentConfirmation</c>).</summary>
internal static class ShipmentApi
{
    public static void Register(Router router) =>
        router.Add(new Operation("confirmShipment", "POST", "/orders/v0/orders/{orderId}/shipmentConfirmation", ConfirmShipment));

    private sealed record ConfirmShipmentRequest(string? MarketplaceId, PackageDetail? PackageDetail, string? CodCollectionMethod);

    private sealed record PackageDetail(
        string? PackageReferenceId,
        string? CarrierCode,
        string? CarrierName,
        string? ShippingMethod,
        string? TrackingNumber,
        string? ShipDate,
        string? ShipFromSupplySourceId,
        ConfirmShipmentOrderItem[]? OrderItems);

    private sealed record ConfirmShipmentOrderItem(string? OrderItemId, int? Quantity, string[]? TransparencyCodes);

    private static EmulatorResponse ConfirmShipment(RequestContext ctx)
    {
        var orderId = ctx["orderId"];
        if (!OrdersApi.OrderIdPattern().IsMatch(orderId))
            return Invalid($"'{orderId}' is not a valid Amazon order id.");

        ConfirmShipmentRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<ConfirmShipmentRequest>(ctx.Request.Body, EmulatorJson.Strict);
        }
        catch (JsonException e)
        {
            return Invalid("The request body is not valid JSON for ConfirmShipmentRequest: " + e.Message);
        }

        if (body?.MarketplaceId is null || body.PackageDetail is null)
            return Invalid("marketplaceId and packageDetail are required.");
        var p = body.PackageDetail;
        if (string.IsNullOrEmpty(p.PackageReferenceId) || string.IsNullOrEmpty(p.CarrierCode) || string.IsNullOrEmpty(p.TrackingNumber)
            || string.IsNullOrEmpty(p.ShipDate) || p.OrderItems is not { Length: > 0 })
            return Invalid("packageDetail requires packageReferenceId, carrierCode, trackingNumber, shipDate and at least one orderItems entry.");
        if (p.CarrierCode == "Other" && string.IsNullOrEmpty(p.CarrierName))
            return Invalid("carrierName is required when carrierCode is \"Other\".");
        if (!EmulatorJson.TryParseTimestamp(p.ShipDate, out var shipDate))
            return Invalid($"shipDate '{p.ShipDate}' is not an ISO 8601 date-time.");
        if (p.OrderItems.Any(i => string.IsNullOrEmpty(i.OrderItemId) || i.Quantity is null))
            return Invalid("Each orderItems entry requires orderItemId and quantity.");
        if (body.CodCollectionMethod is not null and not "DirectPayment")
            return Invalid("codCollectionMethod must be DirectPayment.");

        if (!ctx.Core.State.OrderMap.TryGetValue(orderId, out var order))
            return EmulatorResponse.NotFound("The resource specified does not exist.", $"Order {orderId} was not found.");
        if (body.MarketplaceId != order.MarketplaceId)
            return Invalid($"marketplaceId {body.MarketplaceId} does not match the order's marketplace {order.MarketplaceId}.");
        if (order.PackageList.Any(pk => pk.PackageReferenceId == p.PackageReferenceId))
            return Invalid($"packageReferenceId {p.PackageReferenceId} was already used for order {orderId}.");

        var (lines, error) = OrderMutations.ResolveShipment(order, p.OrderItems.Select(i => (i.OrderItemId!, i.Quantity)).ToArray());
        if (error is not null)
            return Invalid(error.Message);

        var carrier = p.CarrierCode == "Other" ? p.CarrierName! : p.CarrierCode;
        OrderMutations.ApplyShipment(order, lines, p.PackageReferenceId, carrier, p.ShippingMethod, p.TrackingNumber, shipDate, ctx.Now, "confirmShipment");
        return EmulatorResponse.Empty(204);
    }

    private static EmulatorResponse Invalid(string details) => EmulatorResponse.InvalidInput("Invalid Input", details);
}
