using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>Sync error codes of the returns flow; each has a locale resource (ReturnsLocaleResources).</summary>
public static class ReturnErrorCodes
{
    /// <summary>{0} marketplace ID, {1} what went wrong (Amazon's error code or the report status).</summary>
    public static readonly SyncErrorCode ReportFailed = new("Returns.ReportFailed", AmazonSyncErrorKind.AmazonApiError);

    /// <summary>{0} row number, {1} the column and the problem.</summary>
    public static readonly SyncErrorCode BadRow = new("Returns.BadRow", AmazonSyncErrorKind.MalformedData);

    /// <summary>{0} Amazon order ID, {1} RMA ID.</summary>
    public static readonly SyncErrorCode OrderNotImported = new("Returns.OrderNotImported", AmazonSyncErrorKind.Other);

    /// <summary>{0} Amazon order ID, {1} seller SKU, {2} RMA ID.</summary>
    public static readonly SyncErrorCode LineNotFound = new("Returns.LineNotFound", AmazonSyncErrorKind.UnknownSku);
}
