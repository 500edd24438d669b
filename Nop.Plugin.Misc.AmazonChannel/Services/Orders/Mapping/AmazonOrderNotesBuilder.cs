using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Default order notes. They are written for the store's staff (not shown to the customer) and never contain the
/// buyer's address or phone.
/// </summary>
public class AmazonOrderNotesBuilder : IAmazonOrderNotesBuilder
{
    private static readonly Dictionary<string, string> _serviceLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SECOND_DAY"] = "Second Day",
        ["SecondDay"] = "Second Day",
        ["NEXT_DAY"] = "Next Day",
        ["NextDay"] = "Next Day",
        ["SAME_DAY"] = "Same Day",
        ["SameDay"] = "Same Day",
        ["EXPEDITED"] = "Expedited",
        ["PRIORITY"] = "Priority",
        ["SCHEDULED"] = "Scheduled delivery"
    };

    public IReadOnlyList<string> Build(AmazonOrderSnapshot order)
    {
        var channel = order.FulfillmentChannel == AmazonFulfillmentChannel.Amazon ? "fulfilled by Amazon (FBA)" : "fulfilled by merchant (FBM)";
        var notes = new List<string> { $"Amazon order {order.AmazonOrderId} imported from marketplace {order.MarketplaceId}, {channel}." };

        if (order.IsPrime)
            notes.Add("Amazon Prime order: ship on time with the promised service.");
        if (order.IsBusinessOrder)
            notes.Add(string.IsNullOrWhiteSpace(order.PurchaseOrderNumber)
                ? "Amazon Business order."
                : $"Amazon Business order, purchase order number {NoteText.Safe(order.PurchaseOrderNumber)}.");
        if (order.IsPremium)
            notes.Add("Premium shipping order.");
        if (order.ShipServiceLevel is { } level && _serviceLevels.TryGetValue(level, out var speed))
            notes.Add($"Shipping speed: {speed}.");
        if (!string.IsNullOrWhiteSpace(order.ReplacedOrderId))
            notes.Add($"Replacement order for Amazon order {order.ReplacedOrderId}.");
        if (order.LatestShipDateUtc is { } shipBy)
            notes.Add($"Ship by {shipBy.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC (Amazon's latest ship date).");

        var otherCharges = order.Items.Sum(i => i.OtherCharges) + order.OrderCharges;
        if (otherCharges != 0)
            notes.Add($"Other Amazon charges (delivery tip, cash-on-delivery fee, other): {otherCharges.ToString("0.00", CultureInfo.InvariantCulture)} {order.CurrencyCode}, shown as the payment method additional fee.");

        foreach (var item in order.Items)
        {
            var sku = NoteText.Safe(item.SellerSku);
            if (!string.IsNullOrWhiteSpace(item.GiftMessage))
                notes.Add($"Gift message for {sku}: {NoteText.Safe(item.GiftMessage)}");
            if (GiftWrapNote(item, order.CurrencyCode) is { } wrap)
                notes.Add($"Gift wrap for {sku}: {wrap}.");
            if (!string.IsNullOrWhiteSpace(item.CustomizedUrl))
                notes.Add($"Amazon Custom personalization for {sku}: {NoteText.Safe(item.CustomizedUrl)}");
        }

        return notes;
    }

    /// <summary>"level Classic, 3.99 USD", "level Classic" or "3.99 USD"; null when the buyer asked for no gift wrap.</summary>
    private static string? GiftWrapNote(AmazonOrderItemSnapshot item, string currencyCode)
    {
        var level = string.IsNullOrWhiteSpace(item.GiftWrapLevel) ? null : $"level {NoteText.Safe(item.GiftWrapLevel)}";
        var price = item.GiftWrapPrice > 0 ? $"{item.GiftWrapPrice.ToString("0.00", CultureInfo.InvariantCulture)} {currencyCode}" : null;
        return level is null && price is null ? null : string.Join(", ", new[] { level, price }.OfType<string>());
    }
}
