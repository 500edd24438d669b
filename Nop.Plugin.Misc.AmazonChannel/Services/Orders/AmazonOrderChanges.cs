using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>One difference between Amazon's order now and what its store order was made from, as a sync error.</summary>
public sealed record AmazonOrderChange(SyncErrorCode Code, IReadOnlyList<string> Arguments);

/// <summary>
/// Changes on Amazon after an order was imported that the import must not apply silently (the store order was made
/// from the old state) nor ignore: the fulfilment channel switched (FBM to FBA or back), the status went back (Shipped
/// to Unshipped, ...), the items or their quantities changed. The link keeps the state the store order was made from,
/// so a flag lasts exactly as long as Amazon differs from it. A cancelled order is the cancellation flow's business.
/// </summary>
public static class AmazonOrderChanges
{
    /// <summary>Lines named in the error; an order changed on more lines says how many more.</summary>
    public const int MaxLinesNamed = 10;

    public static IReadOnlyList<SyncErrorCode> Codes { get; } =
        [ImportErrorCodes.FulfillmentChannelChanged, ImportErrorCodes.StatusWentBack, ImportErrorCodes.ItemsChanged];

    /// <summary>True for a link whose store order exists: only then does a later read compare with it.</summary>
    public static bool AppliesTo(AmazonOrderLink link) => link.OrderId is not null && link.SyncStatus == AmazonOrderSyncStatus.Imported;

    public static IReadOnlyList<AmazonOrderChange> Detect(AmazonOrderLink link, IReadOnlyCollection<AmazonOrderItemLink> storedItems, AmazonOrderSnapshot order)
    {
        var changes = new List<AmazonOrderChange>();
        if (!AppliesTo(link) || order.Status == AmazonOrderStatus.Canceled)
            return changes;

        if (link.FulfillmentChannel != order.FulfillmentChannel)
            changes.Add(new(ImportErrorCodes.FulfillmentChannelChanged, [order.AmazonOrderId, ChannelName(link.FulfillmentChannel), ChannelName(order.FulfillmentChannel)]));

        var imported = AmazonOrderState.Of(link);
        if (link.AmazonOrderStatus is { } before && new AmazonOrderState(order.Status, order.FulfillmentChannel, false).WentBackFrom(imported))
            changes.Add(new(ImportErrorCodes.StatusWentBack, [order.AmazonOrderId, before.ToAmazonName(), order.Status.ToAmazonName()]));

        if (!order.IsSummaryOnly && ItemsChanged(storedItems, order) is { } items)
            changes.Add(items);
        return changes;
    }

    /// <remarks>
    /// Once Amazon has shipped (part of) the order, only the quantities of lines known to both are compared: a line
    /// that appears or disappears then is how the sources differ on a line cancelled before shipping (the order reports
    /// leave it out, the Orders API keeps it), not a change of the order.
    /// </remarks>
    private static AmazonOrderChange? ItemsChanged(IReadOnlyCollection<AmazonOrderItemLink> storedItems, AmazonOrderSnapshot order)
    {
        var stored = storedItems.ToDictionary(item => item.AmazonOrderItemId, StringComparer.Ordinal);
        var now = order.Items.ToDictionary(item => item.AmazonOrderItemId, StringComparer.Ordinal);
        var state = AmazonOrderState.Of(order);
        var linesComparable = !state.IsShipped && !state.IsPartiallyShipped;
        var differing = now.Values
            .Where(item => linesComparable || stored.ContainsKey(item.AmazonOrderItemId))
            .Select(item => (item.AmazonOrderItemId, item.SellerSku, Now: item.QuantityOrdered, Was: stored.TryGetValue(item.AmazonOrderItemId, out var s) ? s.QuantityOrdered : 0))
            .Concat(stored.Values.Where(item => linesComparable && !now.ContainsKey(item.AmazonOrderItemId))
                .Select(item => (item.AmazonOrderItemId, item.SellerSku, Now: 0, Was: item.QuantityOrdered)))
            .Where(item => item.Now != item.Was)
            .OrderBy(item => item.AmazonOrderItemId, StringComparer.Ordinal)
            .ToList();
        if (differing.Count == 0)
            return null;

        var lines = string.Join("; ", differing.Take(MaxLinesNamed).Select(item => $"order item {item.AmazonOrderItemId} (SKU {item.SellerSku}) {Number(item.Now)} on Amazon, {Number(item.Was)} imported"));
        if (differing.Count > MaxLinesNamed)
            lines += $"; {Number(differing.Count - MaxLinesNamed)} more";
        return new(ImportErrorCodes.ItemsChanged, [order.AmazonOrderId, Number(differing.Count), lines]);
    }

    private static string ChannelName(AmazonFulfillmentChannel channel) =>
        channel == AmazonFulfillmentChannel.Amazon ? FulfilledBy.Amazon : FulfilledBy.Merchant;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
