using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>What the import does with an Amazon order that has no store order yet.</summary>
public enum OrderImportAction
{
    /// <summary>Create the store order now.</summary>
    CreateNativeOrder,

    /// <summary>Record it and wait (Pending, not yet paid on Amazon).</summary>
    Wait,

    /// <summary>Record it in the Amazon orders grid only.</summary>
    ListOnly
}

/// <summary>
/// The import rules (product spec §2.2): Pending orders wait unless "import Pending" is on; an order becomes a store
/// order once Amazon shows it Unshipped or any later status; FBA orders only with "import FBA"; nothing is created
/// when "create store orders" is off; an order cancelled on Amazon before it was imported is only listed.
/// </summary>
public static class OrderImportRules
{
    public static OrderImportAction Decide(AmazonOrderSnapshot order, AmazonChannelSettings settings)
    {
        if (!settings.CreateNativeOrders)
            return OrderImportAction.ListOnly;

        if (order.FulfillmentChannel == AmazonFulfillmentChannel.Amazon && !settings.ImportFbaOrders)
            return OrderImportAction.ListOnly;

        return order.Status switch
        {
            AmazonOrderStatus.Canceled => OrderImportAction.ListOnly,
            AmazonOrderStatus.Pending or AmazonOrderStatus.PendingAvailability =>
                settings.ImportPendingOrders && order.FulfillmentChannel == AmazonFulfillmentChannel.Merchant ? OrderImportAction.CreateNativeOrder : OrderImportAction.Wait,
            _ => OrderImportAction.CreateNativeOrder
        };
    }

    public static AmazonOrderSyncStatus SyncStatusFor(OrderImportAction action) => action switch
    {
        OrderImportAction.CreateNativeOrder => AmazonOrderSyncStatus.Imported,
        OrderImportAction.Wait => AmazonOrderSyncStatus.Waiting,
        _ => AmazonOrderSyncStatus.NotImported
    };
}
