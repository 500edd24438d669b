using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Data;

/// <summary>
/// Table names of the plugin's entities: one place for the migration and the name compatibility map.
/// </summary>
public static class AmazonChannelTables
{
    public const string Account = "AmazonChannelAccount";
    public const string OrderLink = "AmazonChannelOrderLink";
    public const string OrderItemLink = "AmazonChannelOrderItemLink";
    public const string OutboundRequest = "AmazonChannelOutboundRequest";
    public const string SyncCheckpoint = "AmazonChannelSyncCheckpoint";
    public const string SyncError = "AmazonChannelSyncError";
    public const string SkuMapping = "AmazonChannelSkuMapping";
    public const string SyncLog = "AmazonChannelSyncLog";
    public const string RefundLedger = "AmazonChannelRefundLedger";
    public const string QueueRejection = "AmazonChannelQueueRejection";
    public const string OutboundFeed = "AmazonChannelOutboundFeed";
    public const string CarrierMapping = "AmazonChannelCarrierMapping";

    public static IReadOnlyDictionary<Type, string> ByEntity { get; } = new Dictionary<Type, string>
    {
        [typeof(AmazonAccount)] = Account,
        [typeof(AmazonOrderLink)] = OrderLink,
        [typeof(AmazonOrderItemLink)] = OrderItemLink,
        [typeof(AmazonOutboundRequest)] = OutboundRequest,
        [typeof(AmazonSyncCheckpoint)] = SyncCheckpoint,
        [typeof(AmazonSyncError)] = SyncError,
        [typeof(AmazonSkuMapping)] = SkuMapping,
        [typeof(AmazonSyncLogEntry)] = SyncLog,
        [typeof(AmazonRefundLedgerEntry)] = RefundLedger,
        [typeof(AmazonQueueRejection)] = QueueRejection,
        [typeof(AmazonOutboundFeed)] = OutboundFeed,
        [typeof(AmazonCarrierMapping)] = CarrierMapping
    };
}
