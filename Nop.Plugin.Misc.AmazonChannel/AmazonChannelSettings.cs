using Nop.Core.Configuration;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel;

/// <summary>
/// Store-scoped switches of the Amazon channel (product spec §2.1). Account credentials are not settings: they live,
/// encrypted, in the account table.
/// </summary>
public class AmazonChannelSettings : ISettings
{
    /// <summary>Use Amazon's sandbox endpoints instead of production.</summary>
    public bool UseSandbox { get; set; }

    /// <summary>Send every Selling Partner API call to this base URL instead (the local emulator); empty for Amazon.</summary>
    public string? EndpointOverride { get; set; }

    public bool AllowOrderDownload { get; set; }

    public bool AllowFulfillmentUpload { get; set; }

    /// <summary>Off: Amazon orders are only listed in the Amazon orders grid, no store order is created.</summary>
    public bool CreateNativeOrders { get; set; }

    /// <summary>Create store orders for Pending Amazon orders (with stock reserved) instead of waiting for Unshipped.</summary>
    public bool ImportPendingOrders { get; set; }

    /// <summary>Import orders fulfilled by Amazon (FBA), as already shipped; they are never pushed back.</summary>
    public bool ImportFbaOrders { get; set; }

    /// <summary>Adjust product stock for merchant-fulfilled orders through nopCommerce's inventory method.</summary>
    public bool AdjustInventoryForFbmOrders { get; set; }

    /// <summary>Publish nopCommerce's OrderPlacedEvent for imported orders (other plugins may e-mail Amazon buyers).</summary>
    public bool PublishOrderPlacedEvent { get; set; }

    public CustomerMappingMode CustomerMapping { get; set; }

    /// <summary>The one customer every Amazon order is assigned to when <see cref="CustomerMapping"/> is shared.</summary>
    public int SharedCustomerId { get; set; }

    /// <summary>Refunds and cancellations wait in the queue for an admin instead of going to Amazon at once.</summary>
    public bool QueueRefundsAndCancellations { get; set; }

    /// <summary>The queue task submits waiting requests by itself.</summary>
    public bool QueueAutoSubmit { get; set; }

    /// <summary>Most requests sent to Amazon in one queue batch (one feed document).</summary>
    public int QueueBatchSize { get; set; }

    public bool AllowOverRefund { get; set; }

    /// <summary>Set stock to zero when cancelling with Amazon's "no inventory" reason.</summary>
    public bool ZeroInventoryOnNoInventoryCancel { get; set; }

    /// <summary>Allow cancelling an Amazon order in the store without telling Amazon.</summary>
    public bool AllowLocalOnlyCancel { get; set; }

    public bool DownloadReturns { get; set; }

    /// <summary>Do not create a return request for refunds where the buyer keeps the item.</summary>
    public bool SkipReturnRequestForReturnlessRefunds { get; set; }

    public bool DownloadSettlements { get; set; }

    public int OrderSyncIntervalMinutes { get; set; }

    public int FulfillmentSyncIntervalMinutes { get; set; }

    public int QueueSyncIntervalMinutes { get; set; }

    public int ReturnsSyncIntervalMinutes { get; set; }

    public int SettlementSyncIntervalMinutes { get; set; }

    /// <summary>Each incremental order read starts this many minutes before the last checkpoint.</summary>
    public int SyncOverlapMinutes { get; set; }

    /// <summary>How far back the first order download of an account reaches.</summary>
    public int InitialSyncDays { get; set; }

    /// <summary>A download window longer than this is read through an order report instead of page by page.</summary>
    public int BacklogThresholdHours { get; set; }

    /// <summary>Days to keep confirmed outbound requests, resolved sync errors and sync log lines.</summary>
    public int HistoryRetentionDays { get; set; }

    /// <summary>Immediate (confirmShipment per package) or Feed (one POST_ORDER_FULFILLMENT_DATA feed per cycle).</summary>
    public ShipmentSendMode ShipmentSendMode { get; set; }

    /// <summary>Send nothing for a shipment until it has a tracking number.</summary>
    public bool RequireTrackingNumber { get; set; }

    /// <summary>In immediate mode, a backlog of more owed confirmations than this goes to Amazon in one feed instead.</summary>
    public int ShipmentFeedBacklogThreshold { get; set; }

    /// <summary>Minutes after Amazon took a request (e.g. a confirmShipment 204) before a read checks that Amazon shows it.</summary>
    public int OutboundVerificationDelayMinutes { get; set; }
}
