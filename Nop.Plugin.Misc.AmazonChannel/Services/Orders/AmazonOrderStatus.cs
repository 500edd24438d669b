using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The one place where Amazon's status words become the plugin's status model: the Orders API's enums and the
/// vocabulary of the flat-file reports (order-status and item-status), which is richer than the documentation says.
/// </summary>
public static class AmazonOrderStatusParser
{
    // Keys are spellings with spaces, underscores and hyphens removed, upper case. The Orders API's own words come from
    // the client's constants; the rest are spellings only the reports (and older API versions) use.
    private static readonly Dictionary<string, AmazonOrderStatus> _spellings = new(StringComparer.Ordinal)
    {
        [Key(FulfillmentStatuses.Pending)] = AmazonOrderStatus.Pending,
        [Key(FulfillmentStatuses.PendingAvailability)] = AmazonOrderStatus.PendingAvailability,
        [Key(FulfillmentStatuses.Unshipped)] = AmazonOrderStatus.Unshipped,
        [Key(FulfillmentStatuses.PartiallyShipped)] = AmazonOrderStatus.PartiallyShipped,
        [Key(FulfillmentStatuses.Shipped)] = AmazonOrderStatus.Shipped,
        [Key(FulfillmentStatuses.Cancelled)] = AmazonOrderStatus.Canceled,
        [Key(FulfillmentStatuses.Unfulfillable)] = AmazonOrderStatus.Unfulfillable,
        [Key(InvoiceUnconfirmedName)] = AmazonOrderStatus.InvoiceUnconfirmed,
        // The report's (and the v0 API's) American spelling.
        ["CANCELED"] = AmazonOrderStatus.Canceled,

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
    public static AmazonOrderStatus? Parse(string? value) => _spellings.TryGetValue(Key(value), out var status) ? status : null;

    /// <summary>The status of a stored int (the order link's column); null for 0 ("not read yet") or an unknown value.</summary>
    public static AmazonOrderStatus? FromId(int id) =>
        Enum.IsDefined(typeof(AmazonOrderStatus), id) ? (AmazonOrderStatus)id : null;

    /// <summary>The status as the plugin stores and shows it (Orders API spelling).</summary>
    public static string ToAmazonName(this AmazonOrderStatus status) => status switch
    {
        AmazonOrderStatus.Pending => FulfillmentStatuses.Pending,
        AmazonOrderStatus.PendingAvailability => FulfillmentStatuses.PendingAvailability,
        AmazonOrderStatus.Unshipped => FulfillmentStatuses.Unshipped,
        AmazonOrderStatus.PartiallyShipped => FulfillmentStatuses.PartiallyShipped,
        AmazonOrderStatus.Shipped => FulfillmentStatuses.Shipped,
        AmazonOrderStatus.InvoiceUnconfirmed => InvoiceUnconfirmedName,
        AmazonOrderStatus.Canceled => FulfillmentStatuses.Cancelled,
        AmazonOrderStatus.Unfulfillable => FulfillmentStatuses.Unfulfillable,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null)
    };

    // Shipped, invoice not yet confirmed (Brazil): the v0 Orders API's status, which the current client has no constant for.
    private const string InvoiceUnconfirmedName = "INVOICE_UNCONFIRMED";

    private static string Key(string? value) =>
        (value ?? string.Empty).Replace("_", string.Empty).Replace(" ", string.Empty).Replace("-", string.Empty).ToUpperInvariant();
}
