using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.AmazonChannel.Models;

/// <summary>
/// Reads and writes the configure page per store scope, as nopCommerce's own settings pages do: for a store, a setting
/// is saved for that store only when its "override for store" box is ticked, otherwise the store's value is removed
/// and the all-stores value applies; for all stores (scope 0) every value is saved.
/// </summary>
public static class ConfigurationStoreScope
{
    /// <summary>Ticks the boxes of the settings the store overrides (none for scope 0).</summary>
    public static async Task LoadOverridesAsync(ISettingService settingService, AmazonChannelSettings settings, ConfigurationModel model, int storeId)
    {
        model.ActiveStoreScopeConfiguration = storeId;
        if (storeId == 0)
            return;

        model.UseSandbox_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.UseSandbox, storeId);
        model.EndpointOverride_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.EndpointOverride, storeId);
        model.AllowOrderDownload_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.AllowOrderDownload, storeId);
        model.AllowFulfillmentUpload_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.AllowFulfillmentUpload, storeId);
        model.CreateNativeOrders_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.CreateNativeOrders, storeId);
        model.ImportPendingOrders_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.ImportPendingOrders, storeId);
        model.ImportFbaOrders_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.ImportFbaOrders, storeId);
        model.AdjustInventoryForFbmOrders_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.AdjustInventoryForFbmOrders, storeId);
        model.PublishOrderPlacedEvent_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.PublishOrderPlacedEvent, storeId);
        model.CustomerMappingId_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.CustomerMapping, storeId);
        model.SharedCustomerId_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.SharedCustomerId, storeId);
        model.QueueRefundsAndCancellations_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.QueueRefundsAndCancellations, storeId);
        model.QueueAutoSubmit_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.QueueAutoSubmit, storeId);
        model.QueueBatchSize_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.QueueBatchSize, storeId);
        model.AllowOverRefund_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.AllowOverRefund, storeId);
        model.ZeroInventoryOnNoInventoryCancel_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.ZeroInventoryOnNoInventoryCancel, storeId);
        model.AllowLocalOnlyCancel_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.AllowLocalOnlyCancel, storeId);
        model.DownloadReturns_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.DownloadReturns, storeId);
        model.SkipReturnRequestForReturnlessRefunds_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.SkipReturnRequestForReturnlessRefunds, storeId);
        model.DownloadSettlements_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.DownloadSettlements, storeId);
        model.OrderSyncIntervalMinutes_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.OrderSyncIntervalMinutes, storeId);
        model.FulfillmentSyncIntervalMinutes_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.FulfillmentSyncIntervalMinutes, storeId);
        model.QueueSyncIntervalMinutes_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.QueueSyncIntervalMinutes, storeId);
        model.ReturnsSyncIntervalMinutes_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.ReturnsSyncIntervalMinutes, storeId);
        model.SettlementSyncIntervalMinutes_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.SettlementSyncIntervalMinutes, storeId);
        model.SyncOverlapMinutes_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.SyncOverlapMinutes, storeId);
        model.InitialSyncDays_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.InitialSyncDays, storeId);
        model.BacklogThresholdHours_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.BacklogThresholdHours, storeId);
        model.HistoryRetentionDays_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.HistoryRetentionDays, storeId);
        model.ShipmentSendMode_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.ShipmentSendMode, storeId);
        model.RequireTrackingNumber_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.RequireTrackingNumber, storeId);
        model.ShipmentFeedBacklogThreshold_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.ShipmentFeedBacklogThreshold, storeId);
        model.OutboundVerificationDelayMinutes_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.OutboundVerificationDelayMinutes, storeId);
        model.ReturnReasonMapping_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.ReturnReasonMapping, storeId);
        model.ReturnActionMapping_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.ReturnActionMapping, storeId);
        model.BuyerDataRetentionDays_OverrideForStore = await settingService.SettingExistsAsync(settings, s => s.BuyerDataRetentionDays, storeId);
    }

    /// <summary>Saves <paramref name="settings"/> (already holding the page's values) for the scope, then clears the settings cache once.</summary>
    public static async Task SaveAsync(ISettingService settingService, AmazonChannelSettings settings, ConfigurationModel model, int storeId)
    {
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.UseSandbox, model.UseSandbox_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.EndpointOverride, model.EndpointOverride_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.AllowOrderDownload, model.AllowOrderDownload_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.AllowFulfillmentUpload, model.AllowFulfillmentUpload_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.CreateNativeOrders, model.CreateNativeOrders_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.ImportPendingOrders, model.ImportPendingOrders_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.ImportFbaOrders, model.ImportFbaOrders_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.AdjustInventoryForFbmOrders, model.AdjustInventoryForFbmOrders_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.PublishOrderPlacedEvent, model.PublishOrderPlacedEvent_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.CustomerMapping, model.CustomerMappingId_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.SharedCustomerId, model.SharedCustomerId_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.QueueRefundsAndCancellations, model.QueueRefundsAndCancellations_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.QueueAutoSubmit, model.QueueAutoSubmit_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.QueueBatchSize, model.QueueBatchSize_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.AllowOverRefund, model.AllowOverRefund_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.ZeroInventoryOnNoInventoryCancel, model.ZeroInventoryOnNoInventoryCancel_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.AllowLocalOnlyCancel, model.AllowLocalOnlyCancel_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.DownloadReturns, model.DownloadReturns_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.SkipReturnRequestForReturnlessRefunds, model.SkipReturnRequestForReturnlessRefunds_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.DownloadSettlements, model.DownloadSettlements_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.OrderSyncIntervalMinutes, model.OrderSyncIntervalMinutes_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.FulfillmentSyncIntervalMinutes, model.FulfillmentSyncIntervalMinutes_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.QueueSyncIntervalMinutes, model.QueueSyncIntervalMinutes_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.ReturnsSyncIntervalMinutes, model.ReturnsSyncIntervalMinutes_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.SettlementSyncIntervalMinutes, model.SettlementSyncIntervalMinutes_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.SyncOverlapMinutes, model.SyncOverlapMinutes_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.InitialSyncDays, model.InitialSyncDays_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.BacklogThresholdHours, model.BacklogThresholdHours_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.HistoryRetentionDays, model.HistoryRetentionDays_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.ShipmentSendMode, model.ShipmentSendMode_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.RequireTrackingNumber, model.RequireTrackingNumber_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.ShipmentFeedBacklogThreshold, model.ShipmentFeedBacklogThreshold_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.OutboundVerificationDelayMinutes, model.OutboundVerificationDelayMinutes_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.ReturnReasonMapping, model.ReturnReasonMapping_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.ReturnActionMapping, model.ReturnActionMapping_OverrideForStore, storeId, false);
        await settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.BuyerDataRetentionDays, model.BuyerDataRetentionDays_OverrideForStore, storeId, false);
        await settingService.ClearCacheAsync();
    }
}
