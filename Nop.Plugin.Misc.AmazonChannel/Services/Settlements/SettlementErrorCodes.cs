namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>Sync error codes of the settlements flow (SettlementsLocaleResources).</summary>
public static class SettlementErrorCodes
{
    /// <summary>{0} report ID, {1} what went wrong.</summary>
    public const string ReportUnreadable = "Settlements.ReportUnreadable";

    /// <summary>{0} settlement ID, {1} row number, {2} the column and the problem.</summary>
    public const string BadRow = "Settlements.BadRow";

    /// <summary>{0} Amazon order ID, {1} settlement ID, {2} transaction type, {3} amount, {4} currency.</summary>
    public const string RefundForUnknownOrder = "Settlements.RefundForUnknownOrder";

    /// <summary>{0} what went wrong (Amazon's error code).</summary>
    public const string ListFailed = "Settlements.ListFailed";
}
