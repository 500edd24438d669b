namespace Nop.Plugin.Misc.AmazonChannel.Models;

/// <summary>
/// The store scope of the configure page (nopCommerce's multi-store configuration): the store being edited (0 = all
/// stores) and, per setting, whether that store overrides the all-stores value.
/// </summary>
public partial record ConfigurationModel
{
    public int ActiveStoreScopeConfiguration { get; set; }

    public bool UseSandbox_OverrideForStore { get; set; }

    public bool EndpointOverride_OverrideForStore { get; set; }

    public bool AllowOrderDownload_OverrideForStore { get; set; }

    public bool AllowFulfillmentUpload_OverrideForStore { get; set; }

    public bool CreateNativeOrders_OverrideForStore { get; set; }

    public bool ImportPendingOrders_OverrideForStore { get; set; }

    public bool ImportFbaOrders_OverrideForStore { get; set; }

    public bool AdjustInventoryForFbmOrders_OverrideForStore { get; set; }

    public bool PublishOrderPlacedEvent_OverrideForStore { get; set; }

    public bool CustomerMappingId_OverrideForStore { get; set; }

    public bool SharedCustomerId_OverrideForStore { get; set; }

    public bool QueueRefundsAndCancellations_OverrideForStore { get; set; }

    public bool QueueAutoSubmit_OverrideForStore { get; set; }

    public bool QueueBatchSize_OverrideForStore { get; set; }

    public bool AllowOverRefund_OverrideForStore { get; set; }

    public bool ZeroInventoryOnNoInventoryCancel_OverrideForStore { get; set; }

    public bool AllowLocalOnlyCancel_OverrideForStore { get; set; }

    public bool DownloadReturns_OverrideForStore { get; set; }

    public bool SkipReturnRequestForReturnlessRefunds_OverrideForStore { get; set; }

    public bool DownloadSettlements_OverrideForStore { get; set; }

    public bool OrderSyncIntervalMinutes_OverrideForStore { get; set; }

    public bool FulfillmentSyncIntervalMinutes_OverrideForStore { get; set; }

    public bool QueueSyncIntervalMinutes_OverrideForStore { get; set; }

    public bool ReturnsSyncIntervalMinutes_OverrideForStore { get; set; }

    public bool SettlementSyncIntervalMinutes_OverrideForStore { get; set; }

    public bool SyncOverlapMinutes_OverrideForStore { get; set; }

    public bool InitialSyncDays_OverrideForStore { get; set; }

    public bool BacklogThresholdHours_OverrideForStore { get; set; }

    public bool HistoryRetentionDays_OverrideForStore { get; set; }

    public bool ShipmentSendMode_OverrideForStore { get; set; }

    public bool RequireTrackingNumber_OverrideForStore { get; set; }

    public bool ShipmentFeedBacklogThreshold_OverrideForStore { get; set; }

    public bool OutboundVerificationDelayMinutes_OverrideForStore { get; set; }

    public bool ReturnReasonMapping_OverrideForStore { get; set; }

    public bool ReturnActionMapping_OverrideForStore { get; set; }

    public bool BuyerDataRetentionDays_OverrideForStore { get; set; }
}
