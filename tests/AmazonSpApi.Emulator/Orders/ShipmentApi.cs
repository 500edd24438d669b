using System.Text.Json;

namespace AmazonSpApi.Emulator;

/// <summary>Orders API v0 confirmShipment (<c>POST /orders/v0/orders/{orderId}/shipmentConfirmation</c>).</summary>
internal static partial class ShipmentApi
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

        if (!PackageReferencePattern().IsMatch(p.PackageReferenceId))
            return Invalid($"packageReferenceId '{p.PackageReferenceId}' is not valid: only positive numeric values are supported.");

        if (!ctx.Core.State.OrderMap.TryGetValue(orderId, out var order))
            return EmulatorResponse.NotFound("The resource specified does not exist.", $"Order {orderId} was not found.");
        if (body.MarketplaceId != order.MarketplaceId)
            return Invalid($"marketplaceId {body.MarketplaceId} does not match the order's marketplace {order.MarketplaceId}.");
        if (shipDate < order.CreatedTime)
            return Invalid($"shipDate {p.ShipDate} is before the order's purchase date.");
        if (shipDate > ctx.Now + FutureShipDateTolerance)
            return Invalid($"shipDate {p.ShipDate} is in the future.");

        // Resending a packageReferenceId edits that package (Amazon: "submit another confirmShipment operation with the same
        // packageReferenceID; the other shipment details are edited"): its quantities are released, then the new ones checked.
        var previous = order.PackageList.FirstOrDefault(pk => pk.PackageReferenceId == p.PackageReferenceId);
        if (previous is not null)
            OrderMutations.ReleasePackage(order, previous);
        var (lines, error) = OrderMutations.ResolveShipment(order, p.OrderItems.Select(i => (i.OrderItemId!, i.Quantity)).ToArray());
        if (error is not null)
        {
            if (previous is not null)
                OrderMutations.RestorePackage(order, previous);
            return Invalid(error.Message);
        }

        // Faults.DroppedConfirmation: Amazon answered 204 and then lost the confirmation (seen in production).
        if (ctx.Core.Faults.Decide("droppedConfirmation", orderId, ctx.Core.Faults.Calls("confirmShipment"), ctx.Core.Options.Faults.DroppedConfirmation))
        {
            if (previous is not null)
                OrderMutations.RestorePackage(order, previous);
            ctx.Core.State.DroppedConfirmations++;
            return EmulatorResponse.Empty(204);
        }

        // An unknown spelling is not refused: Amazon files the package under carrier "Other" (and the seller's valid
        // tracking rate suffers), which the emulator counts.
        var known = Array.IndexOf(CarrierCodes.All, p.CarrierCode) >= 0;
        if (!known)
            ctx.Core.State.UnknownCarrierSpellings++;
        var carrier = p.CarrierCode == "Other" ? p.CarrierName! : known ? p.CarrierCode : "Other";
        OrderMutations.ApplyShipment(order, lines, p.PackageReferenceId, carrier, p.ShippingMethod, p.TrackingNumber, shipDate, ctx.Now, "confirmShipment");
        return EmulatorResponse.Empty(204);
    }

    private static EmulatorResponse Invalid(string details) => EmulatorResponse.InvalidInput("Invalid Input", details);

    /// <summary>Clock skew allowed for a ship date "now".</summary>
    private static readonly TimeSpan FutureShipDateTolerance = TimeSpan.FromMinutes(5);

    [System.Text.RegularExpressions.GeneratedRegex("^[1-9][0-9]{0,19}$")]
    private static partial System.Text.RegularExpressions.Regex PackageReferencePattern();
}
