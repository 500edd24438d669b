namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>The feeds of the sync log and their per-record results.</summary>
internal static class FeedLogLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        const string f = AmazonChannelDefaults.LocalePrefix + ".SyncLog.Feeds";
        resources[f] = "Feeds sent to Amazon";
        resources[$"{f}.Note"] = "Shipment confirmations, cancellations and refunds sent in feeds. Open a feed to see each record as Amazon's processing report gave it. An error Amazon did not tie to a message is listed as a sync error.";
        resources[$"{f}.Fields.CreatedOn"] = "Created";
        resources[$"{f}.Fields.Account"] = "Account";
        resources[$"{f}.Fields.Kind"] = "Requests";
        resources[$"{f}.Fields.FeedType"] = "Feed type";
        resources[$"{f}.Fields.Marketplace"] = "Marketplace";
        resources[$"{f}.Fields.FeedId"] = "Feed ID";
        resources[$"{f}.Fields.FeedDocumentId"] = "Feed document ID";
        resources[$"{f}.Fields.Status"] = "Amazon's status";
        resources[$"{f}.Fields.Messages"] = "Messages";
        resources[$"{f}.Fields.Accepted"] = "Successful";
        resources[$"{f}.Fields.WithError"] = "With error";
        resources[$"{f}.Fields.WithWarning"] = "With warning";
        resources[$"{f}.Fields.CompletedOn"] = "Completed";
        resources[$"{f}.Records.MessageId"] = "Message ID";
        resources[$"{f}.Records.Result"] = "Result";
        resources[$"{f}.Records.ResultMessageCode"] = "Result message code";
        resources[$"{f}.Records.Description"] = "Description";
        resources[$"{f}.Records.Request"] = "Request";
        resources[$"{f}.Records.State"] = "State";
        resources[$"{f}.Records.AmazonOrderId"] = "Amazon order";
        resources[$"{f}.Records.Order"] = "Store order";
        resources[$"{f}.Result.Waiting"] = "Waiting for the report";
        resources[$"{f}.Result.Success"] = "Success";
        resources[$"{f}.Result.Warning"] = "Warning";
        resources[$"{f}.Result.Error"] = "Error";
        resources[$"{f}.Result.Unknown"] = "Unknown (being checked)";
    }
}
