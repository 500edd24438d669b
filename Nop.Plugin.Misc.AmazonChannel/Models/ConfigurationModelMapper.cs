using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Models;

/// <summary>
/// Maps the settings to the configure page and back, property by property (no AutoMapper: the plugin builds against
/// AutoMapper 15 outside a nopCommerce tree and nopCommerce ships 14, so the mapping stays plain code).
/// </summary>
public static class ConfigurationModelMapper
{
    public static ConfigurationModel ToModel(this AmazonChannelSettings settings) => new()
    {
        UseSandbox = settings.UseSandbox,
        AllowOrderDownload = settings.AllowOrderDownload,
        AllowFulfillmentUpload = settings.AllowFulfillmentUpload,
        CreateNativeOrders = settings.CreateNativeOrders,
        ImportPendingOrders = settings.ImportPendingOrders,
        ImportFbaOrders = settings.ImportFbaOrders,
        AdjustInventoryForFbmOrders = settings.AdjustInventoryForFbmOrders,
        PublishOrderPlacedEvent = settings.PublishOrderPlacedEvent,
        SharedCustomerId = settings.SharedCustomerId,
        QueueRefundsAndCancellations = settings.QueueRefundsAndCancellations,
        QueueAutoSubmit = settings.QueueAutoSubmit,
        QueueBatchSize = settings.QueueBatchSize,
        AllowOverRefund = settings.AllowOverRefund,
        ZeroInventoryOnNoInventoryCancel = settings.ZeroInventoryOnNoInventoryCancel,
        AllowLocalOnlyCancel = settings.AllowLocalOnlyCancel,
        DownloadReturns = settings.DownloadReturns,
        SkipReturnRequestForReturnlessRefunds = settings.SkipReturnRequestForReturnlessRefunds,
        DownloadSettlements = settings.DownloadSettlements,
        OrderSyncIntervalMinutes = settings.OrderSyncIntervalMinutes,
        FulfillmentSyncIntervalMinutes = settings.FulfillmentSyncIntervalMinutes,
        QueueSyncIntervalMinutes = settings.QueueSyncIntervalMinutes,
        ReturnsSyncIntervalMinutes = settings.ReturnsSyncIntervalMinutes,
        SettlementSyncIntervalMinutes = settings.SettlementSyncIntervalMinutes,
        SyncOverlapMinutes = settings.SyncOverlapMinutes,
        InitialSyncDays = settings.InitialSyncDays,
        BacklogThresholdHours = settings.BacklogThresholdHours,
        HistoryRetentionDays = settings.HistoryRetentionDays,
        ShipmentSendMode = settings.ShipmentSendMode,
        RequireTrackingNumber = settings.RequireTrackingNumber,
        ShipmentFeedBacklogThreshold = settings.ShipmentFeedBacklogThreshold,
        OutboundVerificationDelayMinutes = settings.OutboundVerificationDelayMinutes,
        EndpointOverride = settings.EndpointOverride,
        CustomerMappingId = (int)settings.CustomerMapping
    };

    /// <summary>Copies the page's values into <paramref name="settings"/>; the endpoint override is trimmed, empty as null.</summary>
    public static void ApplyTo(this ConfigurationModel model, AmazonChannelSettings settings)
    {
        settings.UseSandbox = model.UseSandbox;
        settings.AllowOrderDownload = model.AllowOrderDownload;
        settings.AllowFulfillmentUpload = model.AllowFulfillmentUpload;
        settings.CreateNativeOrders = model.CreateNativeOrders;
        settings.ImportPendingOrders = model.ImportPendingOrders;
        settings.ImportFbaOrders = model.ImportFbaOrders;
        settings.AdjustInventoryForFbmOrders = model.AdjustInventoryForFbmOrders;
        settings.PublishOrderPlacedEvent = model.PublishOrderPlacedEvent;
        settings.SharedCustomerId = model.SharedCustomerId;
        settings.QueueRefundsAndCancellations = model.QueueRefundsAndCancellations;
        settings.QueueAutoSubmit = model.QueueAutoSubmit;
        settings.QueueBatchSize = model.QueueBatchSize;
        settings.AllowOverRefund = model.AllowOverRefund;
        settings.ZeroInventoryOnNoInventoryCancel = model.ZeroInventoryOnNoInventoryCancel;
        settings.AllowLocalOnlyCancel = model.AllowLocalOnlyCancel;
        settings.DownloadReturns = model.DownloadReturns;
        settings.SkipReturnRequestForReturnlessRefunds = model.SkipReturnRequestForReturnlessRefunds;
        settings.DownloadSettlements = model.DownloadSettlements;
        settings.OrderSyncIntervalMinutes = model.OrderSyncIntervalMinutes;
        settings.FulfillmentSyncIntervalMinutes = model.FulfillmentSyncIntervalMinutes;
        settings.QueueSyncIntervalMinutes = model.QueueSyncIntervalMinutes;
        settings.ReturnsSyncIntervalMinutes = model.ReturnsSyncIntervalMinutes;
        settings.SettlementSyncIntervalMinutes = model.SettlementSyncIntervalMinutes;
        settings.SyncOverlapMinutes = model.SyncOverlapMinutes;
        settings.InitialSyncDays = model.InitialSyncDays;
        settings.BacklogThresholdHours = model.BacklogThresholdHours;
        settings.HistoryRetentionDays = model.HistoryRetentionDays;
        settings.ShipmentSendMode = model.ShipmentSendMode;
        settings.RequireTrackingNumber = model.RequireTrackingNumber;
        settings.ShipmentFeedBacklogThreshold = model.ShipmentFeedBacklogThreshold;
        settings.OutboundVerificationDelayMinutes = model.OutboundVerificationDelayMinutes;
        settings.EndpointOverride = string.IsNullOrWhiteSpace(model.EndpointOverride) ? null : model.EndpointOverride.Trim();
        settings.CustomerMapping = (CustomerMappingMode)model.CustomerMappingId;
    }
}
