using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel;

/// <summary>
/// Names and default values shared across the plugin.
/// </summary>
public static class AmazonChannelDefaults
{
    public const string SystemName = "Misc.AmazonChannel";

    /// <summary>Prefix of every locale resource the plugin owns.</summary>
    public const string LocalePrefix = "Plugins.Misc.AmazonChannel";

    /// <summary>Prefix of the locale resources naming the plugin's enum values (nopCommerce's enum convention).</summary>
    public const string EnumLocalePrefix = "Enums.Nop.Plugin.Misc.AmazonChannel";

    /// <summary>The configure page, relative to the store location (nopCommerce's admin area route).</summary>
    public const string ConfigurationPath = "Admin/AmazonChannelConfiguration/Configure";

    /// <summary>The configure page's view, where nopCommerce finds the plugin's files at run time.</summary>
    public const string ConfigurationViewPath = "~/Plugins/" + SystemName + "/Views/Configure.cshtml";

    public static class RouteNames
    {
        public const string Configuration = "Plugin.Misc.AmazonChannel.Configure";
        public const string Orders = "Plugin.Misc.AmazonChannel.Orders";
        public const string Queue = "Plugin.Misc.AmazonChannel.Queue";
        public const string SyncLog = "Plugin.Misc.AmazonChannel.SyncLog";
    }

    /// <summary>A schedule task the plugin registers (disabled until the plugin is configured).</summary>
    public sealed record ScheduleTaskDefinition(string Name, string Type, int DefaultSeconds);

    public static ScheduleTaskDefinition OrderImportTask { get; } =
        new("Amazon channel: download orders", "Nop.Plugin.Misc.AmazonChannel.Services.Orders.OrderImportTask", 30 * 60);

    public static ScheduleTaskDefinition HistoryCleanupTask { get; } =
        new("Amazon channel: clean up sync history", "Nop.Plugin.Misc.AmazonChannel.Services.HistoryCleanupTask", 24 * 60 * 60);

    public static ScheduleTaskDefinition OutboxTask { get; } =
        new("Amazon channel: send shipment confirmations and other requests", "Nop.Plugin.Misc.AmazonChannel.Services.Outbox.OutboxTask", 60);

    /// <summary>Every schedule task the plugin installs.</summary>
    public static ScheduleTaskDefinition RefundQueueTask { get; } =
        new("Amazon channel: auto-submit the refund and cancellation queue", "Nop.Plugin.Misc.AmazonChannel.Services.Refunds.RefundQueueTask", 30 * 60);

    public static IReadOnlyList<ScheduleTaskDefinition> ScheduleTasks { get; } = [OrderImportTask, HistoryCleanupTask, OutboxTask, RefundQueueTask];

    /// <summary>Settings a fresh install starts with (product spec §2.1).</summary>
    public static AmazonChannelSettings CreateDefaultSettings() => new()
    {
        UseSandbox = false,
        EndpointOverride = null,
        AllowOrderDownload = true,
        AllowFulfillmentUpload = true,
        CreateNativeOrders = true,
        ImportPendingOrders = false,
        ImportFbaOrders = false,
        AdjustInventoryForFbmOrders = true,
        PublishOrderPlacedEvent = false,
        CustomerMapping = CustomerMappingMode.GuestPerBuyerEmail,
        SharedCustomerId = 0,
        QueueRefundsAndCancellations = true,
        QueueAutoSubmit = false,
        QueueBatchSize = 15,
        AllowOverRefund = false,
        ZeroInventoryOnNoInventoryCancel = false,
        AllowLocalOnlyCancel = false,
        DownloadReturns = true,
        SkipReturnRequestForReturnlessRefunds = true,
        DownloadSettlements = true,
        OrderSyncIntervalMinutes = 30,
        FulfillmentSyncIntervalMinutes = 30,
        QueueSyncIntervalMinutes = 30,
        ReturnsSyncIntervalMinutes = 360,
        SettlementSyncIntervalMinutes = 720,
        SyncOverlapMinutes = 10,
        InitialSyncDays = 7,
        BacklogThresholdHours = 24,
        HistoryRetentionDays = 90,
        ShipmentSendMode = ShipmentSendMode.Immediate,
        RequireTrackingNumber = true,
        ShipmentFeedBacklogThreshold = 1200,
        OutboundVerificationDelayMinutes = 5
    };
}
