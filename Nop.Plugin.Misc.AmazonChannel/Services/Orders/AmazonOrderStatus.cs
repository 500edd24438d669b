using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

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

/// <summary>
/// The one place where Amazon's status words become the plugin's status model: the Orders API's enums and the
/// vocabulary of the flat-file reports (order-status and item-status), which is richer than the documentation says.
/// </summary>
public static class AmazonOrderStatusParser
{
    // Keys are spellings with spaces, underscores and hyphens removed, upper case.
    private static readonly Dictionary<string, AmazonOrderStatus> _spellings = new(StringComparer.Ordinal)
    {
        ["PENDING"] = AmazonOrderStatus.Pending,
        ["PENDINGAVAILABILITY"] = AmazonOrderStatus.PendingAvailability,
        ["UNSHIPPED"] = AmazonOrderStatus.Unshipped,
        ["PARTIALLYSHIPPED"] = AmazonOrderStatus.PartiallyShipped,
        ["SHIPPED"] = AmazonOrderStatus.Shipped,
        ["INVOICEUNCONFIRMED"] = AmazonOrderStatus.InvoiceUnconfirmed,
        ["CANCELED"] = AmazonOrderStatus.Canceled,
        ["CANCELLED"] = AmazonOrderStatus.Canceled,
        ["UNFULFILLABLE"] = AmazonOrderStatus.Unfulfillable,

        // Report vocabulary. Packed, but not yet handed to the carrier (Easy Ship and similar): paid, to be shipped.
        ["PENDINGWAITINGFORPICKUP"] = AmazonOrderStatus.Unshipped,
        // Fulfilled by Amazon, being picked and packed in the fulfilment centre.
        ["SHIPPING"] = AmazonOrderStatus.Unshipped,
        // Everything after the package left: the order is shipped; returns are a matter of the returns report.
        ["SHIPPEDDELIVEREDTOBUYER"] = AmazonOrderStatus.Shipped,
        ["SHIPPEDOUTFORDELIVERY"] = AmazonOrderStatus.Shipped,
        ["SHIPPEDPICKEDUP"] = AmazonOrderStatus.Shipped,
        ["SHIPPEDRETURNINGTOSELLER"] = AmazonOrderStatus.Shipped,
        ["SHIPPEDRETURNEDTOSELLER"] = AmazonOrderStatus.Shipped,
        ["SHIPPEDREJECTEDBYBUYER"] = AmazonOrderStatus.Shipped,
        ["SHIPPEDDAMAGED"] = AmazonOrderStatus.Shipped,
        ["SHIPPEDLOSTINTRANSIT"] = AmazonOrderStatus.Shipped,
        ["COMPLETE"] = AmazonOrderStatus.Shipped
    };

    /// <summary>Parses any spelling Amazon uses; null when the value is not a known status (never a guess).</summary>
    public static AmazonOrderStatus? Parse(string? value)
    {
        var key = (value ?? string.Empty).Replace("_", string.Empty).Replace(" ", string.Empty).Replace("-", string.Empty).ToUpperInvariant();
        return _spellings.TryGetValue(key, out var status) ? status : null;
    }

    /// <summary>The status as the plugin stores and shows it (Orders API spelling).</summary>
    public static string ToAmazonName(this AmazonOrderStatus status) => status switch
    {
        AmazonOrderStatus.Pending => FulfillmentStatuses.Pending,
        AmazonOrderStatus.PendingAvailability => FulfillmentStatuses.PendingAvailability,
        AmazonOrderStatus.Unshipped => FulfillmentStatuses.Unshipped,
        AmazonOrderStatus.PartiallyShipped => FulfillmentStatuses.PartiallyShipped,
        AmazonOrderStatus.Shipped => FulfillmentStatuses.Shipped,
        AmazonOrderStatus.InvoiceUnconfirmed => "INVOICE_UNCONFIRMED",
        AmazonOrderStatus.Canceled => FulfillmentStatuses.Cancelled,
        AmazonOrderStatus.Unfulfillable => FulfillmentStatuses.Unfulfillable,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null)
    };
}
