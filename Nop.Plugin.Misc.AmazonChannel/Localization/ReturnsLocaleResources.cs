using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Returns;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>Strings of the returns flow: its settings and its sync error codes.</summary>
internal static class ReturnsLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        const string p = AmazonChannelDefaults.LocalePrefix;
        resources[$"{p}.Settings.ReturnReasonMapping"] = "Return reason mapping";
        resources[$"{p}.Settings.ReturnReasonMapping.Hint"] = "Amazon return reason codes and the store's return reason each becomes, one 'CODE=Reason' per line or separated by ';' (for example AMZ-PG-BAD-DESC=There Was A Problem With The Product). Codes not listed use the built-in defaults.";
        resources[$"{p}.Settings.ReturnActionMapping"] = "Return action mapping";
        resources[$"{p}.Settings.ReturnActionMapping.Hint"] = "Amazon resolutions and the store's return action each becomes, one 'Resolution=Action' per line or separated by ';'; '*=Action' for every resolution. Without a line the action is 'Refund'.";

        resources[AmazonSyncError.ResourceKeyFor(ReturnErrorCodes.ReportFailed.Value)] =
            "Amazon's returns report for marketplace {0} could not be read ({1}). Nothing was changed; the next run tries again. If it keeps failing, check the account's credentials and the Reports role of the app.";
        resources[AmazonSyncError.ResourceKeyFor(ReturnErrorCodes.BadRow.Value)] =
            "Row {0} of Amazon's returns report could not be read: {1}. The other rows were processed; download the report in Seller Central (Reports > Return Reports) to check the return and create its return request by hand if needed.";
        resources[AmazonSyncError.ResourceKeyFor(ReturnErrorCodes.OrderNotImported.Value)] =
            "Amazon return {1} is for order {0}, which has no store order. Import the order (Amazon orders > import by ID); the return request is created in the next returns run.";
        resources[AmazonSyncError.ResourceKeyFor(ReturnErrorCodes.LineNotFound.Value)] =
            "Amazon return {2} for order {0} returns SKU {1}, which is not a line of the store order. Check the order's lines and SKU mapping; the return request is created in the next run once the line exists.";
    }
}
