namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Amazon's order status, normalised across the Orders API (PENDING, UNSHIPPED, ...; "CANCELLED") and the order
/// report ("Pending", "Unshipped", ...; "Canceled").
/// </summary>
public enum AmazonOrderStatus
{
    Pending,
    PendingAvailability,
    Unshipped,
    PartiallyShipped,
    Shipped,
    InvoiceUnconfirmed,
    Canceled,
    Unfulfillable
}

public static class AmazonOrderStatusParser
{
    /// <summary>Parses any spelling Amazon uses; null when the value is not a known status.</summary>
    public static AmazonOrderStatus? Parse(string? value)
    {
        var key = (value ?? string.Empty).Replace("_", string.Empty).Replace(" ", string.Empty).ToUpperInvariant();
        return key switch
        {
            "PENDING" => AmazonOrderStatus.Pending,
            "PENDINGAVAILABILITY" => AmazonOrderStatus.PendingAvailability,
            "UNSHIPPED" => AmazonOrderStatus.Unshipped,
            "PARTIALLYSHIPPED" => AmazonOrderStatus.PartiallyShipped,
            "SHIPPED" => AmazonOrderStatus.Shipped,
            "INVOICEUNCONFIRMED" => AmazonOrderStatus.InvoiceUnconfirmed,
            "CANCELED" or "CANCELLED" => AmazonOrderStatus.Canceled,
            "UNFULFILLABLE" => AmazonOrderStatus.Unfulfillable,
            _ => null
        };
    }

    /// <summary>The status as the plugin stores and shows it (Orders API spelling).</summary>
    public static string ToAmazonName(this AmazonOrderStatus status) => status switch
    {
        AmazonOrderStatus.Pending => "PENDING",
        AmazonOrderStatus.PendingAvailability => "PENDING_AVAILABILITY",
        AmazonOrderStatus.Unshipped => "UNSHIPPED",
        AmazonOrderStatus.PartiallyShipped => "PARTIALLY_SHIPPED",
        AmazonOrderStatus.Shipped => "SHIPPED",
        AmazonOrderStatus.InvoiceUnconfirmed => "INVOICE_UNCONFIRMED",
        AmazonOrderStatus.Canceled => "CANCELLED",
        AmazonOrderStatus.Unfulfillable => "UNFULFILLABLE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null)
    };
}
