namespace Nop.Plugin.Misc.AmazonChannel.Models;

/// <summary>The ranges the configure page accepts, one source for the validation and its messages.</summary>
public static class ConfigurationLimits
{
    public static (int Min, int Max) QueueBatchSize { get; } = (1, 100);

    /// <summary>Every sync interval (orders, fulfillment, queue, returns, settlements), in minutes.</summary>
    public static (int Min, int Max) SyncIntervalMinutes { get; } = (5, 1440);

    public static (int Min, int Max) SyncOverlapMinutes { get; } = (0, 120);

    public static (int Min, int Max) InitialSyncDays { get; } = (1, 365);

    public static (int Min, int Max) BacklogThresholdHours { get; } = (1, 720);

    public static (int Min, int Max) HistoryRetentionDays { get; } = (1, 3650);
    public static (int Min, int Max) ShipmentFeedBacklogThreshold { get; } = (1, 100_000);
    public static (int Min, int Max) OutboundVerificationDelayMinutes { get; } = (1, 1440);
}
