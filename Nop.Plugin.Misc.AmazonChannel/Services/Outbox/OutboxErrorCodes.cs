using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>Sync error and result codes of the outbox itself (docs/fulfillment.md lists each with its fix).</summary>
public static class OutboxErrorCodes
{
    /// <summary>{0} feed ID, {1} Amazon's result code, {2} description: the processing report named no message.</summary>
    public static readonly SyncErrorCode ReportErrorWithoutMessage = new("Outbox.ReportErrorWithoutMessage", AmazonSyncErrorKind.AmazonApiError);

    /// <summary>{0} feed ID, {1} feed type: Amazon could not process the feed document at all.</summary>
    public static readonly SyncErrorCode FeedFatal = new("Outbox.FeedFatal", AmazonSyncErrorKind.AmazonApiError);

    /// <summary>{0} feed ID, {1} feed type: the feed was cancelled before Amazon processed it.</summary>
    public static readonly SyncErrorCode FeedCancelled = new("Outbox.FeedCancelled", AmazonSyncErrorKind.AmazonApiError);

    /// <summary>{0} feed ID, {1} feed type, {2} minutes: the feed has waited in Amazon's queue too long.</summary>
    public static readonly SyncErrorCode FeedStuckInQueue = new("Outbox.FeedStuckInQueue", AmazonSyncErrorKind.AmazonApiError);

    /// <summary>{0} Amazon order ID, {1} attempts: Amazon accepted the request but never showed it.</summary>
    public static readonly SyncErrorCode NotVisibleOnAmazon = new("Outbox.NotVisibleOnAmazon", AmazonSyncErrorKind.ShipmentRejected);

    /// <summary>{0} Amazon order ID, {1} attempts, {2} Amazon's message: Amazon keeps failing (throttling, server errors, timeouts).</summary>
    public static readonly SyncErrorCode StillFailing = new("Outbox.StillFailing", AmazonSyncErrorKind.AmazonApiError);

    /// <summary>{0} Amazon order ID, {1} feed ID: the processing report does not say whether this message succeeded.</summary>
    public static readonly SyncErrorCode ResultUnknown = new("Outbox.ResultUnknown", AmazonSyncErrorKind.AmazonApiError);
}
