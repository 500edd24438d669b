using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>Shared pieces of the configure page tests.</summary>
public static class ConfigurationTestKit
{
    public const string MissingMarker = "MISSING RESOURCE: ";

    /// <summary>
    /// A localization service that answers with the plugin's own English resources, and with a marker for any key the
    /// plugin does not define, so a test can see that every message it shows is a resource.
    /// </summary>
    public static Mock<ILocalizationService> PluginResources()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => AmazonChannelLocaleResources.All.TryGetValue(key, out var value) ? value : MissingMarker + key);
        localization.Setup(l => l.GetLocalizedEnumAsync(It.IsAny<CustomerMappingMode>(), It.IsAny<int?>()))
            .ReturnsAsync((CustomerMappingMode mode, int? _) => AmazonChannelLocaleResources.All[AmazonChannelLocaleResources.EnumKey(mode)]);
        return localization;
    }

    /// <summary>Valid settings, each different from the install defaults.</summary>
    public static AmazonChannelSettings ChangedSettings() => new()
    {
        UseSandbox = true,
        EndpointOverride = "http://localhost:5500/",
        AllowOrderDownload = false,
        AllowFulfillmentUpload = false,
        CreateNativeOrders = false,
        ImportPendingOrders = true,
        ImportFbaOrders = true,
        AdjustInventoryForFbmOrders = false,
        PublishOrderPlacedEvent = true,
        CustomerMapping = CustomerMappingMode.SharedCustomer,
        SharedCustomerId = 42,
        QueueRefundsAndCancellations = false,
        QueueAutoSubmit = true,
        QueueBatchSize = 50,
        AllowOverRefund = true,
        ZeroInventoryOnNoInventoryCancel = true,
        AllowLocalOnlyCancel = true,
        DownloadReturns = false,
        SkipReturnRequestForReturnlessRefunds = false,
        DownloadSettlements = false,
        OrderSyncIntervalMinutes = 15,
        FulfillmentSyncIntervalMinutes = 20,
        QueueSyncIntervalMinutes = 25,
        ReturnsSyncIntervalMinutes = 120,
        SettlementSyncIntervalMinutes = 1440,
        SyncOverlapMinutes = 5,
        InitialSyncDays = 30,
        BacklogThresholdHours = 48,
        HistoryRetentionDays = 365,
        ShipmentSendMode = ShipmentSendMode.Feed,
        RequireTrackingNumber = false,
        ShipmentFeedBacklogThreshold = 300,
        OutboundVerificationDelayMinutes = 15
    };
}
