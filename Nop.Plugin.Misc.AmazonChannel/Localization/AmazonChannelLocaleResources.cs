using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>
/// Every UI string of the plugin (English), installed as nopCommerce locale resources. Keys start with
/// <see cref="AmazonChannelDefaults.LocalePrefix"/>, enum values follow nopCommerce's "Enums.{type}.{value}" convention.
/// </summary>
public static class AmazonChannelLocaleResources
{
    public const string PermissionResourceName = "Security.Permission." + AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL;

    public static IReadOnlyDictionary<string, string> All { get; } = Build();

    /// <summary>Prefixes that together cover every key in <see cref="All"/> (used on uninstall).</summary>
    public static IReadOnlyList<string> OwnedPrefixes { get; } =
        [AmazonChannelDefaults.LocalePrefix, AmazonChannelDefaults.EnumLocalePrefix, PermissionResourceName];

    public static string EnumKey<TEnum>(TEnum value) where TEnum : struct, Enum => $"Enums.{typeof(TEnum)}.{value}";

    private static Dictionary<string, string> Build()
    {
        const string p = AmazonChannelDefaults.LocalePrefix;
        var resources = new Dictionary<string, string>
        {
            [PermissionResourceName] = "Admin area. Manage Amazon channel",

            [$"{p}.Settings"] = "Amazon channel settings",
            [$"{p}.Settings.UseSandbox"] = "Use sandbox",
            [$"{p}.Settings.UseSandbox.Hint"] = "Send requests to Amazon's sandbox endpoints instead of production.",
            [$"{p}.Settings.EndpointOverride"] = "Endpoint override",
            [$"{p}.Settings.EndpointOverride.Hint"] = "Base URL that replaces Amazon's endpoints, for a local Selling Partner API emulator. Leave empty for Amazon.",
            [$"{p}.Settings.AllowOrderDownload"] = "Allow order download",
            [$"{p}.Settings.AllowOrderDownload.Hint"] = "Download Amazon orders on schedule and on demand.",
            [$"{p}.Settings.AllowFulfillmentUpload"] = "Allow fulfillment upload",
            [$"{p}.Settings.AllowFulfillmentUpload.Hint"] = "Send shipment confirmations (carrier, tracking number, quantities) to Amazon when orders ship in the store.",
            [$"{p}.Settings.CreateNativeOrders"] = "Create store orders",
            [$"{p}.Settings.CreateNativeOrders.Hint"] = "Create a store order for each Amazon order. When off, Amazon orders are listed in the Amazon orders grid only.",
            [$"{p}.Settings.ImportPendingOrders"] = "Import Pending orders",
            [$"{p}.Settings.ImportPendingOrders.Hint"] = "Create store orders for Pending Amazon orders with stock reserved. When off, an order is created once Amazon shows it as Unshipped.",
            [$"{p}.Settings.ImportFbaOrders"] = "Import FBA orders",
            [$"{p}.Settings.ImportFbaOrders.Hint"] = "Import orders fulfilled by Amazon, as already shipped, for accounting. They are never sent back to Amazon.",
            [$"{p}.Settings.AdjustInventoryForFbmOrders"] = "Adjust stock for merchant-fulfilled orders",
            [$"{p}.Settings.AdjustInventoryForFbmOrders.Hint"] = "Decrease product stock when a merchant-fulfilled Amazon order is imported.",
            [$"{p}.Settings.PublishOrderPlacedEvent"] = "Publish 'order placed' for imported orders",
            [$"{p}.Settings.PublishOrderPlacedEvent.Hint"] = "Let other plugins react to imported orders as if they were placed in the store. They may e-mail Amazon buyers or move stock; leave off unless you need it.",
            [$"{p}.Settings.CustomerMapping"] = "Customer for Amazon orders",
            [$"{p}.Settings.CustomerMapping.Hint"] = "Create a guest customer per Amazon buyer e-mail, or assign every Amazon order to one shared customer.",
            [$"{p}.Settings.SharedCustomerId"] = "Shared customer",
            [$"{p}.Settings.SharedCustomerId.Hint"] = "The customer every Amazon order is assigned to when one shared customer is used.",
            [$"{p}.Settings.QueueRefundsAndCancellations"] = "Queue refunds and cancellations",
            [$"{p}.Settings.QueueRefundsAndCancellations.Hint"] = "Hold refunds and cancellations in the queue until an admin processes them (or the auto-submit task does).",
            [$"{p}.Settings.QueueAutoSubmit"] = "Auto-submit the queue",
            [$"{p}.Settings.QueueAutoSubmit.Hint"] = "Let the queue task send waiting refunds and cancellations to Amazon by itself.",
            [$"{p}.Settings.QueueBatchSize"] = "Queue batch size",
            [$"{p}.Settings.QueueBatchSize.Hint"] = "Most refunds or cancellations sent to Amazon in one batch.",
            [$"{p}.Settings.QueueBatchSize.Range"] = "The batch size must be between {0} and {1}.",
            [$"{p}.Settings.AllowOverRefund"] = "Allow over-refund",
            [$"{p}.Settings.AllowOverRefund.Hint"] = "Allow refunding more than the buyer paid.",
            [$"{p}.Settings.ZeroInventoryOnNoInventoryCancel"] = "Zero out stock on 'no inventory' cancellations",
            [$"{p}.Settings.ZeroInventoryOnNoInventoryCancel.Hint"] = "Set the product's stock to zero when an order is cancelled with the reason 'no inventory'.",
            [$"{p}.Settings.AllowLocalOnlyCancel"] = "Allow cancelling without telling Amazon",
            [$"{p}.Settings.AllowLocalOnlyCancel.Hint"] = "Allow cancelling an Amazon order in the store only, without sending a cancellation to Amazon.",
            [$"{p}.Settings.DownloadReturns"] = "Download returns",
            [$"{p}.Settings.DownloadReturns.Hint"] = "Download Amazon's returns report and create return requests for approved returns.",
            [$"{p}.Settings.SkipReturnRequestForReturnlessRefunds"] = "No return request for returnless refunds",
            [$"{p}.Settings.SkipReturnRequestForReturnlessRefunds.Hint"] = "Do not create a return request when the buyer was refunded without returning the item.",
            [$"{p}.Settings.DownloadSettlements"] = "Download settlements",
            [$"{p}.Settings.DownloadSettlements.Hint"] = "Download settlement reports and reconcile fees, refunds and cancellations into store orders.",
            [$"{p}.Settings.OrderSyncIntervalMinutes"] = "Order download interval (minutes)",
            [$"{p}.Settings.OrderSyncIntervalMinutes.Hint"] = "How often new and changed Amazon orders are downloaded.",
            [$"{p}.Settings.FulfillmentSyncIntervalMinutes"] = "Fulfillment upload interval (minutes)",
            [$"{p}.Settings.FulfillmentSyncIntervalMinutes.Hint"] = "How often pending shipment confirmations are sent to Amazon.",
            [$"{p}.Settings.QueueSyncIntervalMinutes"] = "Queue interval (minutes)",
            [$"{p}.Settings.QueueSyncIntervalMinutes.Hint"] = "How often the refund and cancellation queue is processed.",
            [$"{p}.Settings.ReturnsSyncIntervalMinutes"] = "Returns download interval (minutes)",
            [$"{p}.Settings.ReturnsSyncIntervalMinutes.Hint"] = "How often Amazon's returns report is downloaded.",
            [$"{p}.Settings.SettlementSyncIntervalMinutes"] = "Settlement download interval (minutes)",
            [$"{p}.Settings.SettlementSyncIntervalMinutes.Hint"] = "How often settlement reports are downloaded.",
            [$"{p}.Settings.SyncIntervalMinutes.Range"] = "The interval must be between {0} and {1} minutes.",
            [$"{p}.Settings.SyncOverlapMinutes"] = "Download overlap (minutes)",
            [$"{p}.Settings.SyncOverlapMinutes.Hint"] = "Each download starts this many minutes before the previous one ended, so no late change is missed. Reading an order again is harmless.",
            [$"{p}.Settings.InitialSyncDays"] = "First download (days back)",
            [$"{p}.Settings.InitialSyncDays.Hint"] = "How many days of Amazon orders the first download of a new account reads.",
            [$"{p}.Settings.BacklogThresholdHours"] = "Use an order report above (hours)",
            [$"{p}.Settings.BacklogThresholdHours.Hint"] = "When the time since the last download is longer than this (first download, long outage), orders are read in bulk through an Amazon order report instead of page by page, which is much faster within Amazon's limits.",
            [$"{p}.Settings.HistoryRetentionDays"] = "Keep history (days)",
            [$"{p}.Settings.HistoryRetentionDays.Hint"] = "Days to keep confirmed requests to Amazon, resolved sync errors and sync log lines. Requests Amazon has not confirmed are always kept.",

            [$"{p}.Settings.EndpointOverride.Invalid"] = "Enter an absolute http or https URL, or leave the field empty.",
            [$"{p}.Settings.CustomerMapping.Invalid"] = "Choose how Amazon orders are assigned to customers.",
            [$"{p}.Settings.SharedCustomerId.Required"] = "Enter the ID of the shared customer.",
            [$"{p}.Settings.SyncOverlapMinutes.Range"] = "The overlap must be between {0} and {1} minutes.",
            [$"{p}.Settings.InitialSyncDays.Range"] = "The first download must reach between {0} and {1} days back.",
            [$"{p}.Settings.BacklogThresholdHours.Range"] = "The threshold must be between {0} and {1} hours.",
            [$"{p}.Settings.HistoryRetentionDays.Range"] = "History must be kept between {0} and {1} days.",

            [$"{p}.Configuration.Accounts"] = "Amazon accounts",
            [$"{p}.Configuration.Accounts.Note"] = "Each Amazon seller account belongs to a store. Its LWA credentials are stored encrypted and never shown again; 'Save and test connection' asks Amazon which marketplaces the account sells on.",
            [$"{p}.Configuration.Connection"] = "Connection",
            [$"{p}.Configuration.Orders"] = "Order download",
            [$"{p}.Configuration.Fulfillment"] = "Fulfillment, refunds and cancellations",
            [$"{p}.Configuration.ReturnsAndSettlements"] = "Returns and settlements",
            [$"{p}.Configuration.Schedule"] = "Schedule",
            [$"{p}.Configuration.History"] = "History",

            [$"{p}.Orders.ImportById.NotFound"] = "Amazon has no order {0} for this account.",
            [$"{p}.Tasks.HistoryCleanup.Done"] = "Amazon channel history cleanup removed {0} confirmed requests, {1} resolved sync errors and {2} sync log lines older than {3} days."
        };

        ReturnsLocaleResources.AddTo(resources);
        SettlementsLocaleResources.AddTo(resources);
        PrivacyLocaleResources.AddTo(resources);
        AddEnum(resources, new Dictionary<AmazonRegion, string>
        {
            [AmazonRegion.NorthAmerica] = "North America",
            [AmazonRegion.Europe] = "Europe",
            [AmazonRegion.FarEast] = "Far East"
        });
        AddEnum(resources, new Dictionary<AmazonFulfillmentChannel, string>
        {
            [AmazonFulfillmentChannel.Merchant] = "Fulfilled by merchant (FBM)",
            [AmazonFulfillmentChannel.Amazon] = "Fulfilled by Amazon (FBA)"
        });
        AddEnum(resources, new Dictionary<AmazonOrderSyncStatus, string>
        {
            [AmazonOrderSyncStatus.Waiting] = "Waiting",
            [AmazonOrderSyncStatus.Imported] = "Imported",
            [AmazonOrderSyncStatus.NotImported] = "Not imported",
            [AmazonOrderSyncStatus.Failed] = "Failed"
        });
        AddEnum(resources, new Dictionary<AmazonOrderStatus, string>
        {
            [AmazonOrderStatus.Pending] = "Pending",
            [AmazonOrderStatus.PendingAvailability] = "Pending availability",
            [AmazonOrderStatus.Unshipped] = "Unshipped",
            [AmazonOrderStatus.PartiallyShipped] = "Partially shipped",
            [AmazonOrderStatus.Shipped] = "Shipped",
            [AmazonOrderStatus.InvoiceUnconfirmed] = "Shipped, invoice unconfirmed",
            [AmazonOrderStatus.Canceled] = "Cancelled",
            [AmazonOrderStatus.Unfulfillable] = "Unfulfillable"
        });
        AddEnum(resources, new Dictionary<AmazonOutboundRequestKind, string>
        {
            [AmazonOutboundRequestKind.ShipmentConfirmation] = "Shipment confirmation",
            [AmazonOutboundRequestKind.Cancellation] = "Cancellation",
            [AmazonOutboundRequestKind.Refund] = "Refund"
        });
        AddEnum(resources, new Dictionary<AmazonOutboundRequestState, string>
        {
            [AmazonOutboundRequestState.AwaitingApproval] = "Awaiting approval",
            [AmazonOutboundRequestState.Pending] = "Pending",
            [AmazonOutboundRequestState.Submitted] = "Submitted",
            [AmazonOutboundRequestState.Accepted] = "Accepted",
            [AmazonOutboundRequestState.Rejected] = "Rejected",
            [AmazonOutboundRequestState.Cancelled] = "Cancelled"
        });
        AddEnum(resources, new Dictionary<AmazonSyncKind, string>
        {
            [AmazonSyncKind.Orders] = "Orders",
            [AmazonSyncKind.Returns] = "Returns",
            [AmazonSyncKind.Settlements] = "Settlements",
            [AmazonSyncKind.BuyerRequests] = "Buyer cancellation requests"
        });
        AddEnum(resources, new Dictionary<AmazonSyncErrorKind, string>
        {
            [AmazonSyncErrorKind.UnknownSku] = "Unknown SKU",
            [AmazonSyncErrorKind.InvalidAddress] = "Unusable address",
            [AmazonSyncErrorKind.UnknownCurrency] = "Unknown currency",
            [AmazonSyncErrorKind.UnknownCountry] = "Unknown country",
            [AmazonSyncErrorKind.AmazonApiError] = "Amazon error",
            [AmazonSyncErrorKind.Throttled] = "Throttled by Amazon",
            [AmazonSyncErrorKind.InvalidCredentials] = "Invalid credentials",
            [AmazonSyncErrorKind.MalformedData] = "Malformed data",
            [AmazonSyncErrorKind.ShipmentRejected] = "Shipment rejected",
            [AmazonSyncErrorKind.CancellationRejected] = "Cancellation rejected",
            [AmazonSyncErrorKind.RefundRejected] = "Refund rejected",
            [AmazonSyncErrorKind.Other] = "Other"
        });
        AddEnum(resources, new Dictionary<CustomerMappingMode, string>
        {
            [CustomerMappingMode.GuestPerBuyerEmail] = "A guest customer per buyer e-mail",
            [CustomerMappingMode.SharedCustomer] = "One shared customer"
        });
        SyncErrorLocaleResources.AddTo(resources);
        ImportLocaleResources.AddTo(resources);
        FulfillmentLocaleResources.AddTo(resources);
        RefundLocaleResources.AddTo(resources);
        AdminLocaleResources.AddTo(resources);
        OrderPanelLocaleResources.AddTo(resources);
        CarrierMappingLocaleResources.AddTo(resources);
        FeedLogLocaleResources.AddTo(resources);

        return resources;
    }

    private static void AddEnum<TEnum>(Dictionary<string, string> resources, Dictionary<TEnum, string> names) where TEnum : struct, Enum
    {
        foreach (var (value, name) in names)
            resources[EnumKey(value)] = name;
    }
}
