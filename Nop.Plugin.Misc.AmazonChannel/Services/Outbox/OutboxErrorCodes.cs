namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>Sync error and result codes of the outbox itself (docs/fulfillment.md lists each with its fix).</summary>
public static class OutboxErrorCodes
{
    /// <summary>{0} feed ID, {1} Amazon's result code, {2} description: the processing report named no message.</summary>
    public const string ReportErrorWithoutMessage = "Outbox.ReportErrorWithoutMessage";

    /// <summary>{0} feed ID, {1} feed type: Amazon could not process the feed document at all.</summary>
    public const string FeedFatal = "Outbox.FeedFatal";

    /// <summary>{0} feed ID, {1} feed type: the feed was cancelled before Amazon processed it.</summary>
    public const string FeedCancelled = "Outbox.FeedCancelled";

    /// <summary>{0} feed ID, {1} feed type, {2} minutes: the feed has waited in Amazon's queue too long.</summary>
    public const string FeedStuckInQueue = "Outbox.FeedStuckInQueue";

    /// <summary>{0} Amazon order ID, {1} attempts: Amazon accepted the request but never showed it.</summary>
    public const string NotVisibleOnAmazon = "Outbox.NotVisibleOnAmazon";

    /// <summary>{0} Amazon order ID, {1} attempts, {2} Amazon's message: Amazon keeps failing (throttling, server errors, timeouts).</summary>
    public const string StillFailing = "Outbox.StillFailing";

    /// <summary>{0} Amazon order ID, {1} feed ID: the processing report does not say whether this message succeeded.</summary>
    public const string ResultUnknown = "Outbox.ResultUnknown";
}
