namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>Sync error codes of the returns flow; each has a locale resource "...SyncErrors.{code}" (ReturnsLocaleResources).</summary>
public static class ReturnErrorCodes
{
    /// <summary>{0} marketplace ID, {1} what went wrong (Amazon's error code or the report status).</summary>
    public const string ReportFailed = "Returns.ReportFailed";

    /// <summary>{0} row number, {1} the column and the problem.</summary>
    public const string BadRow = "Returns.BadRow";

    /// <summary>{0} Amazon order ID, {1} RMA ID.</summary>
    public const string OrderNotImported = "Returns.OrderNotImported";

    /// <summary>{0} Amazon order ID, {1} seller SKU, {2} RMA ID.</summary>
    public const string LineNotFound = "Returns.LineNotFound";
}
