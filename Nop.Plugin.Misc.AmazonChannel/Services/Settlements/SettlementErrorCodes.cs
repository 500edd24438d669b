using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>Sync error codes of the settlements flow (SettlementsLocaleResources).</summary>
public static class SettlementErrorCodes
{
    /// <summary>{0} report ID, {1} what went wrong.</summary>
    public static readonly SyncErrorCode ReportUnreadable = new("Settlements.ReportUnreadable", AmazonSyncErrorKind.MalformedData);

    /// <summary>{0} settlement ID, {1} row number, {2} the column and the problem.</summary>
    public static readonly SyncErrorCode BadRow = new("Settlements.BadRow", AmazonSyncErrorKind.MalformedData);

    /// <summary>{0} Amazon order ID, {1} settlement ID, {2} transaction type, {3} amount, {4} currency.</summary>
    public static readonly SyncErrorCode RefundForUnknownOrder = new("Settlements.RefundForUnknownOrder", AmazonSyncErrorKind.Other);

    /// <summary>{0} what went wrong (Amazon's error code).</summary>
    public static readonly SyncErrorCode ListFailed = new("Settlements.ListFailed", AmazonSyncErrorKind.AmazonApiError);
}
