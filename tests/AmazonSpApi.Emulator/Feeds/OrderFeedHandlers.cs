using System.Globalization;
using System.Xml.Linq;

namespace AmazonSpApi.Emulator;

/// <summary>Applies one validated message of an order feed. Each message is all-or-nothing.</summary>
internal static class OrderFeedHandlers
{
    public static MutationError? Apply(string messageType, XElement payload, EmulatedSeller state, string feedId, DateTimeOffset at, out string? orderId)
    {
        orderId = payload.Element("AmazonOrderID")?.Value.Trim();
        var order = FindOrder(payload, state);
        if (order is null)
        {
            var label = orderId ?? "MerchantOrderID " + payload.Element("MerchantOrderID")?.Value.Trim();
            return new(ResultCodes.OrderNotFound, $"The order id {label} was not found in our system for this merchant. Enter the correct order ID and then resubmit your feed.");
        }

        orderId = order.OrderId;
        return messageType switch
        {
            "OrderFulfillment" => Fulfill(payload, order, at),
            "OrderAcknowledgement" => Acknowledge(payload, order, at),
            "OrderAdjustment" => Adjust(payload, order, feedId, at),
            _ => new(ResultCodes.EnvelopeInvalid, $"Unsupported message type {messageType}."),
        };
    }

    private static EmulatedOrder? FindOrder(XElement payload, EmulatedSeller state)
    {
        if (payload.Element("AmazonOrderID")?.Value.Trim() is { } amazonId)
            return state.OrderMap.GetValueOrDefault(amazonId);
        var merchantId = payload.Element("MerchantOrderID")?.Value.Trim();
        return merchantId is null ? null : state.OrderList.FirstOrDefault(o => o.MerchantOrderId == merchantId);
    }

    /// <summary>Resolves an AmazonOrderItemCode or MerchantOrderItemID of an Item/AdjustedItem element.</summary>
    private static (string? ItemId, MutationError? Error) ItemId(XElement item, EmulatedOrder order)
    {
        if (item.Element("AmazonOrderItemCode")?.Value.Trim() is { } code)
            return order.FindItem(code) is null
                ? (null, new(ResultCodes.ItemNotFound, $"Order item {code} does not exist in order {order.OrderId}.", code))
                : (code, null);
        var merchantItem = item.Element("MerchantOrderItemID")?.Value.Trim();
        var found = order.ItemList.FirstOrDefault(i => merchantItem is not null && i.MerchantOrderItemId == merchantItem);
        return found is null
            ? (null, new(ResultCodes.ItemNotFound, $"MerchantOrderItemID {merchantItem} is not known for order {order.OrderId}; acknowledge the order with it first or use AmazonOrderItemCode."))
            : (found.OrderItemId, null);
    }

    private static int? Quantity(XElement element, string name) =>
        int.TryParse(element.Element(name)?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : null;

    private static MutationError? Fulfill(XElement payload, EmulatedOrder order, DateTimeOffset at)
    {
        if (!DateTimeOffset.TryParse(payload.Element("FulfillmentDate")?.Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var shipDate))
            return new(ResultCodes.SchemaInvalid, "The data provided in the file could not be validated: FulfillmentDate is missing or not an xsd:dateTime.");

        var requested = new List<(string, int?)>();
        foreach (var item in payload.Elements("Item"))
        {
            var (itemId, error) = ItemId(item, order);
            if (error is not null)
                return error;
            requested.Add((itemId!, Quantity(item, "Quantity")));
        }

        var (lines, resolveError) = OrderMutations.ResolveShipment(order, requested);
        if (resolveError is not null)
            return resolveError;

        var data = payload.Element("FulfillmentData");
        var carrier = data?.Element("CarrierCode")?.Value.Trim() ?? data?.Element("CarrierName")?.Value.Trim() ?? "Other";
        OrderMutations.ApplyShipment(order, lines, payload.Element("MerchantFulfillmentID")?.Value.Trim(), carrier,
            data?.Element("ShippingMethod")?.Value.Trim(), data?.Element("ShipperTrackingNumber")?.Value.Trim(), shipDate, at, "feed");
        return null;
    }

    private static MutationError? Acknowledge(XElement payload, EmulatedOrder order, DateTimeOffset at)
    {
        var status = payload.Element("StatusCode")?.Value.Trim();
        if (status is not ("Success" or "Failure"))
            return new(ResultCodes.SchemaInvalid, "The data provided in the file could not be validated: StatusCode must be Success or Failure.");

        var cancelLines = new List<(string, int?, string?)>();
        var merchantItemIds = new List<(string ItemId, string MerchantItemId)>();
        foreach (var item in payload.Elements("Item"))
        {
            var code = item.Element("AmazonOrderItemCode")?.Value.Trim();
            if (code is null || order.FindItem(code) is null)
                return new(ResultCodes.ItemNotFound, $"Order item {code} does not exist in order {order.OrderId}.", code);
            if (item.Element("MerchantOrderItemID")?.Value.Trim() is { } merchantItemId)
                merchantItemIds.Add((code, merchantItemId));
            var reason = item.Element("CancelReason")?.Value.Trim();
            if (status == "Failure" || reason is not null)
                cancelLines.Add((code, Quantity(item, "Quantity"), reason));
        }

        var cancelWholeOrder = status == "Failure" && cancelLines.Count == 0;
        if (cancelWholeOrder || cancelLines.Count > 0)
        {
            if (OrderMutations.Cancel(order, cancelLines, cancelWholeOrder ? "GeneralAdjustment" : null, at, apply: false) is { } error)
                return error;
            OrderMutations.Cancel(order, cancelLines, cancelWholeOrder ? "GeneralAdjustment" : null, at, apply: true);
        }

        if (payload.Element("MerchantOrderID")?.Value.Trim() is { } merchantOrderId)
            order.MerchantOrderId = merchantOrderId;
        foreach (var (itemId, merchantItemId) in merchantItemIds)
            order.FindItem(itemId)!.MerchantOrderItemId = merchantItemId;
        order.Acknowledged = true;
        order.LastUpdatedTime = at;
        return null;
    }

    private static MutationError? Adjust(XElement payload, EmulatedOrder order, string feedId, DateTimeOffset at)
    {
        var actionType = payload.Element("ActionType")?.Value.Trim() ?? "Refund";
        var planned = new List<(EmulatedOrderItem Item, EmulatedRefund Refund)>();
        var principalByItem = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var pendingByComponent = new Dictionary<(string, string), decimal>();
        foreach (var adjusted in payload.Elements("AdjustedItem"))
        {
            var (itemId, error) = ItemId(adjusted, order);
            if (error is not null)
                return error;
            var item = order.FindItem(itemId!)!;
            var reason = adjusted.Element("AdjustmentReason")?.Value.Trim();
            if (string.IsNullOrEmpty(reason))
                return new(ResultCodes.SchemaInvalid, "The data provided in the file could not be validated: AdjustmentReason is required.", itemId);
            if (actionType == "Refund" && item.QuantityShipped == 0)
                return new(ResultCodes.RefundExceedsCharge, $"Order item {itemId} has not been shipped, so nothing was charged; cancel it instead of refunding.", itemId);

            var components = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var component in adjusted.Element("ItemPriceAdjustments")?.Elements("Component") ?? [])
            {
                var type = component.Element("Type")?.Value.Trim() ?? "Other";
                var amountElement = component.Element("Amount");
                if (!decimal.TryParse(amountElement?.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                    return new(ResultCodes.SchemaInvalid, $"The data provided in the file could not be validated: Amount of component {type} is not a number.", itemId);
                if (amountElement!.Attribute("currency")?.Value is { } currency && currency != order.CurrencyCode)
                    return new(ResultCodes.CurrencyMismatch, $"Currency {currency} does not match the order currency {order.CurrencyCode}.", itemId);
                // Signed as Amazon reads them: money back to the buyer positive, a restocking fee or return label negative.
                components[type] = components.GetValueOrDefault(type) + amount;
            }

            if (actionType == "Refund" && components.Count > 0 && components.Values.Sum() <= 0)
                return new(ResultCodes.RefundExceedsCharge, $"The adjustment for item {itemId} is not a credit to the buyer; the net amount of an adjustment must be a refund.", itemId);

            foreach (var (type, amount) in components.Where(c => c.Value > 0))
            {
                var key = (item.OrderItemId, type == "GiftWrapTax" ? "Tax" : type);
                var requested = amount + pendingByComponent.GetValueOrDefault(key);
                var left = item.ChargedFor(type) - item.RefundedByComponent.GetValueOrDefault(key.Item2);
                if (requested > left)
                    return new(ResultCodes.RefundExceedsCharge,
                        $"The refund of {requested.ToString(CultureInfo.InvariantCulture)} {order.CurrencyCode} of {type} for item {itemId} exceeds the amount that can be refunded ({left.ToString(CultureInfo.InvariantCulture)}).", itemId);
                pendingByComponent[key] = requested;
            }

            var principal = components.GetValueOrDefault("Principal") + principalByItem.GetValueOrDefault(item.OrderItemId);
            if (item.RefundedPrincipal + principal > item.Principal)
                return new(ResultCodes.RefundExceedsCharge,
                    $"The refund of {principal.ToString(CultureInfo.InvariantCulture)} {order.CurrencyCode} for item {itemId} exceeds the remaining charged principal {(item.Principal - item.RefundedPrincipal).ToString(CultureInfo.InvariantCulture)}.", itemId);
            principalByItem[item.OrderItemId] = principal;
            var quantityCancelled = Quantity(adjusted, "QuantityCancelled");
            planned.Add((item, new EmulatedRefund(order.OrderId, item.OrderItemId, reason, order.CurrencyCode, components, at, feedId,
                adjusted.Element("MerchantAdjustmentItemID")?.Value.Trim(), quantityCancelled)));
        }

        if (planned.Count == 0)
            return new(ResultCodes.SchemaInvalid, "The data provided in the file could not be validated: at least one AdjustedItem is required.");

        var cancels = planned.Where(p => actionType == "Cancel" && p.Refund.QuantityCancelled is > 0)
            .Select(p => (p.Item.OrderItemId, p.Refund.QuantityCancelled, (string?)"GeneralAdjustment")).ToArray();
        if (cancels.Length > 0 && OrderMutations.Cancel(order, cancels, null, at, apply: false) is { } cancelError)
            return cancelError;
        if (cancels.Length > 0)
            OrderMutations.Cancel(order, cancels, null, at, apply: true);

        foreach (var (item, refund) in planned)
        {
            item.RefundedPrincipal += refund.Components.GetValueOrDefault("Principal");
            foreach (var (type, amount) in refund.Components.Where(c => c.Value > 0))
            {
                var key = type == "GiftWrapTax" ? "Tax" : type;
                item.RefundedByComponent[key] = item.RefundedByComponent.GetValueOrDefault(key) + amount;
            }
            order.RefundList.Add(refund);
        }

        order.LastUpdatedTime = at;
        return null;
    }
}
