namespace AmazonSpApi.Emulator;

/// <summary>A rejected change: the feed result code (see docs/emulator.md) and a description.</summary>
internal sealed record MutationError(int Code, string Message, string? OrderItemId = null);

/// <summary>Feed processing-report result codes emitted by the emulator (Amazon-like; listed in docs/emulator.md).</summary>
internal static class ResultCodes
{
    public const int OrderNotFound = 25;
    public const int EnvelopeInvalid = 5000;
    public const int XmlParseError = 5001;
    public const int SchemaInvalid = 18028;
    public const int ItemNotFound = 18030;
    public const int QuantityExceeded = 18031;
    public const int OrderCancelled = 18032;
    public const int FulfilledByAmazon = 18033;
    public const int RefundExceedsCharge = 18035;
    public const int CannotCancelShipped = 18036;
    public const int CurrencyMismatch = 18037;
    public const int DuplicateMessageId = 18038;
    public const int OrderPending = 18039;
}

/// <summary>The order changes shared by confirmShipment and the order feeds; validation first, then apply.</summary>
internal static class OrderMutations
{
    public static MutationError? CheckShippable(EmulatedOrder order)
    {
        if (order.IsFba)
            return new(ResultCodes.FulfilledByAmazon, $"Order {order.OrderId} is fulfilled by Amazon; shipment confirmations are not accepted for it.");
        if (order.IsCancelled)
            return new(ResultCodes.OrderCancelled, $"Order {order.OrderId} has been cancelled and cannot be shipped.");
        if (order.Status == FulfillmentStatuses.Pending)
            return new(ResultCodes.OrderPending, $"Order {order.OrderId} is pending; it can be shipped once payment is authorized (UNSHIPPED).");
        return null;
    }

    /// <summary>Validates shipment lines; null quantity means "all that is unshipped". Returns the resolved lines or an error.</summary>
    public static (List<(EmulatedOrderItem Item, int Quantity)> Lines, MutationError? Error) ResolveShipment(
        EmulatedOrder order, IReadOnlyList<(string OrderItemId, int? Quantity)> requested)
    {
        var lines = new List<(EmulatedOrderItem, int)>();
        if (CheckShippable(order) is { } notShippable)
            return (lines, notShippable);

        if (requested.Count == 0)
        {
            lines.AddRange(order.ItemList.Where(i => i.QuantityUnshipped > 0).Select(i => (i, i.QuantityUnshipped)));
            if (lines.Count == 0)
                return (lines, new(ResultCodes.QuantityExceeded, $"Order {order.OrderId} has no unshipped quantity left."));
            return (lines, null);
        }

        var pending = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (itemId, quantity) in requested)
        {
            var item = order.FindItem(itemId);
            if (item is null)
                return (lines, new(ResultCodes.ItemNotFound, $"Order item {itemId} does not exist in order {order.OrderId}.", itemId));
            var wanted = quantity ?? item.QuantityUnshipped;
            var already = pending.GetValueOrDefault(itemId);
            if (wanted < 1 || already + wanted > item.QuantityUnshipped)
                return (lines, new(ResultCodes.QuantityExceeded,
                    $"Quantity {wanted} for order item {itemId} exceeds the unshipped quantity {item.QuantityUnshipped - already}.", itemId));
            pending[itemId] = already + wanted;
            lines.Add((item, wanted));
        }

        return (lines, null);
    }

    public static void ApplyShipment(EmulatedOrder order, List<(EmulatedOrderItem Item, int Quantity)> lines, string? packageReferenceId,
        string carrier, string? shippingService, string? trackingNumber, DateTimeOffset shipTime, DateTimeOffset at, string source)
    {
        foreach (var (item, quantity) in lines)
            item.QuantityShipped += quantity;
        var reference = packageReferenceId ?? (order.PackageList.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        order.PackageList.Add(new EmulatedPackage(reference, carrier, shippingService, trackingNumber, shipTime, at,
            lines.GroupBy(l => l.Item.OrderItemId).Select(g => new EmulatedPackageItem(g.Key, g.Sum(l => l.Quantity))).ToArray(), source));
        order.RecomputeStatus(at);
        order.LastUpdatedTime = at;
    }

    /// <summary>Takes a package off the order (its quantities become unshipped again) before it is edited.</summary>
    public static void ReleasePackage(EmulatedOrder order, EmulatedPackage package)
    {
        foreach (var line in package.Items)
        {
            if (order.FindItem(line.OrderItemId) is { } item)
                item.QuantityShipped -= line.Quantity;
        }
        order.PackageList.Remove(package);
    }

    /// <summary>Puts a released package back unchanged (the edit was refused).</summary>
    public static void RestorePackage(EmulatedOrder order, EmulatedPackage package)
    {
        foreach (var line in package.Items)
        {
            if (order.FindItem(line.OrderItemId) is { } item)
                item.QuantityShipped += line.Quantity;
        }
        order.PackageList.Add(package);
    }

    /// <summary>Cancels whole order (no lines) or the given item quantities (null = all remaining of that item).</summary>
    public static MutationError? Cancel(EmulatedOrder order, IReadOnlyList<(string OrderItemId, int? Quantity, string? Reason)> lines, string? orderReason, DateTimeOffset at, bool apply)
    {
        if (order.IsFba)
            return new(ResultCodes.FulfilledByAmazon, $"Order {order.OrderId} is fulfilled by Amazon and cannot be cancelled by the seller.");
        if (order.IsCancelled)
            return new(ResultCodes.OrderCancelled, $"Order {order.OrderId} is already cancelled.");

        var plan = new List<(EmulatedOrderItem Item, int Quantity, string? Reason)>();
        if (lines.Count == 0)
        {
            if (order.ItemList.Any(i => i.QuantityShipped > 0))
                return new(ResultCodes.CannotCancelShipped, $"Order {order.OrderId} has shipped items; cancel the remaining items individually.");
            plan.AddRange(order.ItemList.Where(i => i.QuantityActive > 0).Select(i => (i, i.QuantityActive, orderReason)));
        }
        else
        {
            foreach (var (itemId, quantity, reason) in lines)
            {
                var item = order.FindItem(itemId);
                if (item is null)
                    return new(ResultCodes.ItemNotFound, $"Order item {itemId} does not exist in order {order.OrderId}.", itemId);
                var wanted = quantity ?? item.QuantityUnshipped;
                if (item.QuantityUnshipped == 0)
                    return new(ResultCodes.CannotCancelShipped, $"Order item {itemId} has no unshipped quantity to cancel.", itemId);
                if (wanted < 1 || wanted > item.QuantityUnshipped)
                    return new(ResultCodes.QuantityExceeded, $"Cancel quantity {wanted} for order item {itemId} exceeds the unshipped quantity {item.QuantityUnshipped}.", itemId);
                plan.Add((item, wanted, reason ?? orderReason));
            }
        }

        if (!apply)
            return null;
        foreach (var (item, quantity, reason) in plan)
        {
            item.QuantityCancelled += quantity;
            item.CancelledBy = "MERCHANT";
            item.CancelReason = reason;
        }

        order.RecomputeStatus(at);
        order.LastUpdatedTime = at;
        return null;
    }
}
