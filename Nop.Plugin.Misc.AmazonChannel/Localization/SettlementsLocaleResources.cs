using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>Strings of the settlements flow: its sync error codes.</summary>
internal static class SettlementsLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        resources[AmazonSyncError.ResourceKeyFor(SettlementErrorCodes.ListFailed.Value)] =
            "Amazon's settlement reports could not be listed ({0}). Nothing was changed; the next run tries again. If it keeps failing, check the account's credentials and that the app has the Finance and Accounting role.";
        resources[AmazonSyncError.ResourceKeyFor(SettlementErrorCodes.ReportUnreadable.Value)] =
            "Settlement report {0} could not be read ({1}). It was not recorded; the next run tries again. If it keeps failing, download it in Seller Central (Reports > Payments > All Statements) and check it.";
        resources[AmazonSyncError.ResourceKeyFor(SettlementErrorCodes.BadRow.Value)] =
            "Row {1} of settlement {0} could not be read: {2}. The rest of the settlement was recorded; check that amount in Seller Central (Reports > Payments).";
        resources[AmazonSyncError.ResourceKeyFor(SettlementErrorCodes.RefundForUnknownOrder.Value)] =
            "Settlement {1} has an Amazon-side {2} of {3} {4} for order {0}, which has no store order. Nothing was changed in the store; import the order if it should be there and record the refund on it by hand.";
    }
}
