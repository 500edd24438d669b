using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The order import's sync error codes. Each code has a locale resource
/// <c>Plugins.Misc.AmazonChannel.SyncErrors.&lt;code&gt;</c> whose <c>{0}</c>, <c>{1}</c>… are the error's arguments, the
/// English text of which is <see cref="Templates"/>. Arguments are order IDs, order item IDs, SKUs, field and column
/// names, row numbers, amounts, Amazon's status words and error codes: never buyer data, cell values or exception
/// messages. docs/order-import.md lists each code with its cause and fix.
/// </summary>
public static class ImportErrorCodes
{
    public static readonly SyncErrorCode MissingField = new("Import.MissingField", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode InvalidField = new("Import.InvalidField", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode UnknownStatus = new("Import.UnknownStatus", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode InvalidAmount = new("Import.InvalidAmount", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode CurrencyMismatch = new("Import.CurrencyMismatch", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode QuantityOutOfRange = new("Import.QuantityOutOfRange", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode DuplicateOrderItem = new("Import.DuplicateOrderItem", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode NoItems = new("Import.NoItems", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode TotalMismatch = new("Import.TotalMismatch", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode UnknownSku = new("Import.UnknownSku", AmazonSyncErrorKind.UnknownSku);
    public static readonly SyncErrorCode NoShippingAddress = new("Import.NoShippingAddress", AmazonSyncErrorKind.InvalidAddress);
    public static readonly SyncErrorCode UnusableAddress = new("Import.UnusableAddress", AmazonSyncErrorKind.InvalidAddress);
    public static readonly SyncErrorCode UnknownCountry = new("Import.UnknownCountry", AmazonSyncErrorKind.UnknownCountry);
    public static readonly SyncErrorCode UnknownCurrency = new("Import.UnknownCurrency", AmazonSyncErrorKind.UnknownCurrency);
    public static readonly SyncErrorCode NoPrimaryCurrency = new("Import.NoPrimaryCurrency", AmazonSyncErrorKind.UnknownCurrency);
    public static readonly SyncErrorCode SharedCustomerMissing = new("Import.SharedCustomerMissing", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode ReportRowInvalid = new("Import.ReportRowInvalid", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode DocumentUnreadable = new("Import.DocumentUnreadable", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode OrderNotProcessed = new("Import.OrderNotProcessed", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode OrderNotReturned = new("Import.OrderNotReturned", AmazonSyncErrorKind.AmazonApiError);
    public static readonly SyncErrorCode CredentialsRejected = new("Import.CredentialsRejected", AmazonSyncErrorKind.InvalidCredentials);
    public static readonly SyncErrorCode AccessDenied = new("Import.AccessDenied", AmazonSyncErrorKind.InvalidCredentials);
    public static readonly SyncErrorCode Throttled = new("Import.Throttled", AmazonSyncErrorKind.Throttled);
    public static readonly SyncErrorCode AmazonError = new("Import.AmazonError", AmazonSyncErrorKind.AmazonApiError);
    public static readonly SyncErrorCode PagingStopped = new("Import.PagingStopped", AmazonSyncErrorKind.AmazonApiError);
    public static readonly SyncErrorCode ReportFailed = new("Import.ReportFailed", AmazonSyncErrorKind.AmazonApiError);
    public static readonly SyncErrorCode ReportTimedOut = new("Import.ReportTimedOut", AmazonSyncErrorKind.AmazonApiError);
    public static readonly SyncErrorCode WindowFailed = new("Import.WindowFailed", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode WindowStuck = new("Import.WindowStuck", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode CancelledAfterShipment = new("Import.CancelledAfterShipment", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode CancelledStockNotReturned = new("Import.CancelledStockNotReturned", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode FulfillmentChannelChanged = new("Import.FulfillmentChannelChanged", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode StatusWentBack = new("Import.StatusWentBack", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode ItemsChanged = new("Import.ItemsChanged", AmazonSyncErrorKind.Other);

    /// <summary>The English text of each code; the locale resources and the messages in logs are built from it.</summary>
    public static IReadOnlyDictionary<SyncErrorCode, string> Templates { get; } = new Dictionary<SyncErrorCode, string>
    {
        [MissingField] = "Amazon order {0}: field '{1}' is missing or empty. Check the order in Seller Central; it is read again when Amazon changes it, or use Retry.",
        [InvalidField] = "Amazon order {0}: field '{1}' does not fit Amazon's model (request {2}). Check the order in Seller Central; it is read again when Amazon changes it, or use Retry.",
        [UnknownStatus] = "Amazon order {0}: field '{1}' holds '{2}', which is not an Amazon status the plugin knows. Report the value so the plugin can learn it; Retry afterwards.",
        [InvalidAmount] = "Amazon order {0}: the amount in '{1}' is not a decimal amount in Amazon's format (or is out of range). The order is not created with a guessed amount; check its charges in Seller Central and Retry.",
        [CurrencyMismatch] = "Amazon order {0}: '{1}' is in {2}, the order in {3}. Check the order in Seller Central and Retry.",
        [QuantityOutOfRange] = "Amazon order {0}: item {1} has quantity {2}, outside 1 to {3}. Check the order in Seller Central and Retry.",
        [DuplicateOrderItem] = "Amazon order {0}: order item ID {1} appears more than once. The items are not merged; check the order in Seller Central and Retry.",
        [NoItems] = "Amazon returned order {0} without items. Retry later; if it persists, check the order in Seller Central.",
        [TotalMismatch] = "Amazon order {0}: items {1} + shipping {2} + tax {3} + other charges {4} = {5}, but Amazon's order total is {6} (difference {7}, tolerance {8}). The order is held, not created. Check its charges in Seller Central; Retry once they agree, or enter the order by hand.",
        [UnknownSku] = "Amazon order {0}: no store product has the Amazon SKU {1}. Set the SKU on the product or attribute combination, or add a SKU mapping, then Retry.",
        [NoShippingAddress] = "Amazon returned no shipping address for merchant-fulfilled order {0}. Make sure the app is authorised for buyer addresses (restricted data), then Retry.",
        [UnusableAddress] = "Amazon's address of the order has no {0}. Check the order in Seller Central; if the buyer's address is restricted, make sure the app has the role for buyer addresses, then Retry.",
        [UnknownCountry] = "Country '{0}' of the order's address does not exist in the store. Add it under Configuration > Countries, then Retry.",
        [UnknownCurrency] = "Amazon order {0}: currency '{1}' is not set up in the store (or has no exchange rate). Add it under Configuration > Currencies, then Retry.",
        [NoPrimaryCurrency] = "The store has no primary currency with an exchange rate. Set one under Configuration > Currencies, then Retry.",
        [SharedCustomerMissing] = "The shared customer for Amazon orders (ID {0}) does not exist. Choose an existing customer in the Amazon channel settings, then Retry.",
        [ReportRowInvalid] = "Order report row {0}: {1}. The order is read on its own with getOrder in the same run.",
        [DocumentUnreadable] = "Amazon's {0} document could not be read ({1}). The window is read again in the next run.",
        [OrderNotProcessed] = "Amazon order {0} could not be processed ({1}); it is set aside and tried again in the next runs and on Retry. See the log for the technical details.",
        [OrderNotReturned] = "Amazon listed order {0} but getOrder did not return it. It is read again in the next run.",
        [CredentialsRejected] = "Login with Amazon refused the account's credentials ({0}). Authorise the app again in the account settings.",
        [AccessDenied] = "Amazon denied access to {0} ({1}). Check that the app is authorised for this seller and has the Orders role.",
        [Throttled] = "Amazon kept throttling {0} after {1} attempts. The download continues in the next run.",
        [AmazonError] = "Amazon answered {0} with {1} {2}. The window is read again in the next run.",
        [PagingStopped] = "searchOrders paging of marketplace {0} stopped: {1}. The window is read again in the next run.",
        [ReportFailed] = "Amazon could not produce the {0} report (status {1}). The download is tried again in the next run.",
        [ReportTimedOut] = "Amazon did not finish the {0} report in time. The run continues with the same report next time.",
        [WindowFailed] = "Downloading the orders of marketplace {0} failed ({1}); the window is read again in the next run. See the log for the technical details.",
        [WindowStuck] = "Orders of marketplace {0} have not been downloaded for {1} runs in a row (since {2} UTC): {3}. Fix the cause; the download resumes by itself.",
        [CancelledAfterShipment] = "Amazon cancelled order {0}, but it has already shipped in the store. Check the shipment and refund the buyer if needed.",
        [CancelledStockNotReturned] = "Amazon cancelled order {0}. The import had taken stock for {1} only: put that stock back by hand if the goods are still available.",
        [FulfillmentChannelChanged] = "Amazon order {0} changed from {1} to {2} after it was imported. The store order was not changed: check who ships it; the error clears when Amazon shows {1} again.",
        [StatusWentBack] = "Amazon order {0} went back from {1} to {2} after it was imported. The store order was not changed: check the order in Seller Central; the error clears when Amazon shows {1} again.",
        [ItemsChanged] = "Amazon order {0} changed after it was imported: {1} item(s) differ in quantity (0: not in the order): {2}. The store order was not changed: edit it by hand if needed; the error clears when Amazon's items match again."
    };

    /// <summary>The English message of a code with its arguments (for the log and the order's last error), secrets redacted.</summary>
    public static string Format(SyncErrorCode code, IReadOnlyList<string> arguments) =>
        SecretRedactor.Redact(string.Format(CultureInfo.InvariantCulture, Templates[code], arguments.Cast<object>().ToArray()));
}
