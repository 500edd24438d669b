using Nop.Plugin.Misc.AmazonChannel.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Models;

/// <summary>
/// The configure page: the plugin's store-independent settings (<see cref="AmazonChannelSettings"/>), one property per
/// setting with the same name (the customer mapping as <see cref="CustomerMappingId"/>). Labels and hints are the
/// settings' locale resources.
/// </summary>
public partial record ConfigurationModel : BaseNopModel
{
    private const string Prefix = AmazonChannelDefaults.LocalePrefix + ".Settings.";

    [NopResourceDisplayName(Prefix + "UseSandbox")]
    public bool UseSandbox { get; set; }

    [NopResourceDisplayName(Prefix + "EndpointOverride")]
    public string? EndpointOverride { get; set; }

    [NopResourceDisplayName(Prefix + "AllowOrderDownload")]
    public bool AllowOrderDownload { get; set; }

    [NopResourceDisplayName(Prefix + "AllowFulfillmentUpload")]
    public bool AllowFulfillmentUpload { get; set; }

    [NopResourceDisplayName(Prefix + "CreateNativeOrders")]
    public bool CreateNativeOrders { get; set; }

    [NopResourceDisplayName(Prefix + "ImportPendingOrders")]
    public bool ImportPendingOrders { get; set; }

    [NopResourceDisplayName(Prefix + "ImportFbaOrders")]
    public bool ImportFbaOrders { get; set; }

    [NopResourceDisplayName(Prefix + "AdjustInventoryForFbmOrders")]
    public bool AdjustInventoryForFbmOrders { get; set; }

    [NopResourceDisplayName(Prefix + "PublishOrderPlacedEvent")]
    public bool PublishOrderPlacedEvent { get; set; }

    [NopResourceDisplayName(Prefix + "CustomerMapping")]
    public int CustomerMappingId { get; set; }

    [NopResourceDisplayName(Prefix + "SharedCustomerId")]
    public int SharedCustomerId { get; set; }

    [NopResourceDisplayName(Prefix + "QueueRefundsAndCancellations")]
    public bool QueueRefundsAndCancellations { get; set; }

    [NopResourceDisplayName(Prefix + "QueueAutoSubmit")]
    public bool QueueAutoSubmit { get; set; }

    [NopResourceDisplayName(Prefix + "QueueBatchSize")]
    public int QueueBatchSize { get; set; }

    [NopResourceDisplayName(Prefix + "AllowOverRefund")]
    public bool AllowOverRefund { get; set; }

    [NopResourceDisplayName(Prefix + "ZeroInventoryOnNoInventoryCancel")]
    public bool ZeroInventoryOnNoInventoryCancel { get; set; }

    [NopResourceDisplayName(Prefix + "AllowLocalOnlyCancel")]
    public bool AllowLocalOnlyCancel { get; set; }

    [NopResourceDisplayName(Prefix + "DownloadReturns")]
    public bool DownloadReturns { get; set; }

    [NopResourceDisplayName(Prefix + "SkipReturnRequestForReturnlessRefunds")]
    public bool SkipReturnRequestForReturnlessRefunds { get; set; }

    [NopResourceDisplayName(Prefix + "DownloadSettlements")]
    public bool DownloadSettlements { get; set; }

    [NopResourceDisplayName(Prefix + "OrderSyncIntervalMinutes")]
    public int OrderSyncIntervalMinutes { get; set; }

    [NopResourceDisplayName(Prefix + "FulfillmentSyncIntervalMinutes")]
    public int FulfillmentSyncIntervalMinutes { get; set; }

    [NopResourceDisplayName(Prefix + "QueueSyncIntervalMinutes")]
    public int QueueSyncIntervalMinutes { get; set; }

    [NopResourceDisplayName(Prefix + "ReturnsSyncIntervalMinutes")]
    public int ReturnsSyncIntervalMinutes { get; set; }

    [NopResourceDisplayName(Prefix + "SettlementSyncIntervalMinutes")]
    public int SettlementSyncIntervalMinutes { get; set; }

    [NopResourceDisplayName(Prefix + "SyncOverlapMinutes")]
    public int SyncOverlapMinutes { get; set; }

    [NopResourceDisplayName(Prefix + "InitialSyncDays")]
    public int InitialSyncDays { get; set; }

    [NopResourceDisplayName(Prefix + "BacklogThresholdHours")]
    public int BacklogThresholdHours { get; set; }

    [NopResourceDisplayName(Prefix + "HistoryRetentionDays")]
    public int HistoryRetentionDays { get; set; }

    [NopResourceDisplayName(Prefix + "ReturnReasonMapping")]
    public string? ReturnReasonMapping { get; set; }

    [NopResourceDisplayName(Prefix + "ReturnActionMapping")]
    public string? ReturnActionMapping { get; set; }

    [NopResourceDisplayName(Prefix + "BuyerDataRetentionDays")]
    public int BuyerDataRetentionDays { get; set; }

    [NopResourceDisplayName(Prefix + "ShipmentSendMode")]
    public ShipmentSendMode ShipmentSendMode { get; set; }

    [NopResourceDisplayName(Prefix + "RequireTrackingNumber")]
    public bool RequireTrackingNumber { get; set; }

    [NopResourceDisplayName(Prefix + "ShipmentFeedBacklogThreshold")]
    public int ShipmentFeedBacklogThreshold { get; set; }

    [NopResourceDisplayName(Prefix + "OutboundVerificationDelayMinutes")]
    public int OutboundVerificationDelayMinutes { get; set; }

    /// <summary>The shipment send modes, localized (not posted back).</summary>
    [ValidateNever]
    public IList<SelectListItem> AvailableShipmentSendModes { get; set; } = [];

    /// <summary>The customer mapping choices, localized (not posted back).</summary>
    [ValidateNever]
    public IList<SelectListItem> AvailableCustomerMappings { get; set; } = [];

    /// <summary>The carrier mapping grid (its rows are read and saved by AmazonCarrierMappingsController, not by Save).</summary>
    [ValidateNever]
    public CarrierMappings.CarrierMappingSearchModel CarrierMappingSearch { get; set; } = new();
}
