using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>Strings of the outbox and the shipment flow: settings, states, sync error codes, order notes.</summary>
internal static class FulfillmentLocaleResources
{
    public const string OrderNoteConfirmed = AmazonChannelDefaults.LocalePrefix + ".Fulfillment.OrderNote.Confirmed";

    internal static void AddTo(Dictionary<string, string> resources)
    {
        const string p = AmazonChannelDefaults.LocalePrefix;
        resources[$"{p}.Settings.ShipmentSendMode"] = "Send shipment confirmations";
        resources[$"{p}.Settings.ShipmentSendMode.Hint"] = "Immediately: one confirmShipment call per package as soon as the send task runs. In a feed: one order fulfillment feed per cycle (at most one every 20 minutes).";
        resources[$"{p}.Settings.RequireTrackingNumber"] = "Require a tracking number";
        resources[$"{p}.Settings.RequireTrackingNumber.Hint"] = "Send nothing to Amazon for a shipment until it has a tracking number.";
        resources[$"{p}.Settings.ShipmentFeedBacklogThreshold"] = "Feed for a backlog above";
        resources[$"{p}.Settings.ShipmentFeedBacklogThreshold.Hint"] = "In immediate mode, when more shipment confirmations than this are due at once, they go to Amazon in one feed instead.";
        resources[$"{p}.Settings.OutboundVerificationDelayMinutes"] = "Check with Amazon after (minutes)";
        resources[$"{p}.Settings.OutboundVerificationDelayMinutes.Hint"] = "Minutes after Amazon accepted a shipment confirmation before the plugin reads the order back to check that Amazon shows it.";

        resources[$"{p}.Settings.ShipmentFeedBacklogThreshold.Range"] = "The backlog threshold must be between {0} and {1}.";
        resources[$"{p}.Settings.OutboundVerificationDelayMinutes.Range"] = "The check delay must be between {0} and {1} minutes.";
        resources[$"{p}.Settings.ShipmentSendMode.Invalid"] = "Choose how shipment confirmations are sent.";

        resources[AmazonChannelLocaleResources.EnumKey(AmazonOutboundRequestState.AwaitingVerification)] = "Sent, awaiting verification";
        resources[AmazonChannelLocaleResources.EnumKey(AmazonOutboundRequestState.Blocked)] = "Blocked";
        resources[AmazonChannelLocaleResources.EnumKey(ShipmentSendMode.Immediate)] = "Immediately (confirmShipment)";
        resources[AmazonChannelLocaleResources.EnumKey(ShipmentSendMode.Feed)] = "In a feed (POST_ORDER_FULFILLMENT_DATA)";

        resources[OrderNoteConfirmed] = "Amazon confirmed the shipment of package {0} ({1} {2}).";

        var e = $"{p}.SyncErrors.";
        resources[e + OutboxErrorCodes.ReportErrorWithoutMessage] = "Amazon's processing report of feed {0} has an error that names no message: {1} {2}. The messages it may concern are checked with Amazon.";
        resources[e + OutboxErrorCodes.FeedFatal] = "Amazon could not process feed {0} ({1}) at all (FATAL). Its requests are sent again; if it repeats, report the feed ID to Amazon support.";
        resources[e + OutboxErrorCodes.FeedCancelled] = "Feed {0} ({1}) was cancelled before Amazon processed it. Its requests are sent again.";
        resources[e + OutboxErrorCodes.FeedStuckInQueue] = "Feed {0} ({1}) has waited {2} minutes at Amazon without being processed. The plugin keeps checking; if it stays, contact Amazon support with the feed ID.";
        resources[e + OutboxErrorCodes.NotVisibleOnAmazon] = "Amazon accepted the request for order {0} but does not show it after {1} sends. Check the order in Seller Central and retry the request.";
        resources[e + OutboxErrorCodes.StillFailing] = "Sending the request for order {0} failed {1} times (Amazon unavailable or throttling): {2}. It keeps being retried.";
        resources[e + OutboxErrorCodes.ResultUnknown] = "It is unknown whether Amazon applied the request for order {0} (feed {1}). Check the order in Seller Central; retry the request only if Amazon does not show it.";

        resources[e + FulfillmentErrorCodes.CarrierNotMapped] = "Order {0}: no carrier mapping for shipping method '{1}' (rate computation method '{2}') and the tracking number matches no known carrier. Add a carrier mapping, then retry.";
        resources[e + FulfillmentErrorCodes.CarrierCodeUnknown] = "Order {0}: the carrier mapping names carrier code '{1}', which is not in Amazon's list. Use a code from the list (exact spelling) or Other with a carrier name, then retry.";
        resources[e + FulfillmentErrorCodes.TrackingNumberRequired] = "Order {0}: shipment {1} has no tracking number and the store requires one. Enter the tracking number on the shipment.";
        resources[e + FulfillmentErrorCodes.QuantityExceeded] = "Order {0}: the shipment sends {2} of SKU {1} but Amazon expects only {3} more. Correct the shipment, then retry.";
        resources[e + FulfillmentErrorCodes.ItemNotLinked] = "Order {0}: store order item {1} of the shipment is not linked to an Amazon order item. Re-import the order, then retry.";
        resources[e + FulfillmentErrorCodes.OnHold] = "Order {0} is on hold: the buyer asked to cancel it. Decide on the cancellation request first; the confirmation is sent when the hold is lifted and retried.";
        resources[e + FulfillmentErrorCodes.CancelledOnAmazon] = "Order {0} is cancelled on Amazon; a shipment cannot be confirmed.";
        resources[e + FulfillmentErrorCodes.FulfilledByAmazon] = "Order {0} is fulfilled by Amazon (FBA); Amazon ships it, nothing is sent.";
        resources[e + FulfillmentErrorCodes.AlreadyShippedOnAmazon] = "Order {0} is already shipped on Amazon; nothing is sent.";
        resources[e + FulfillmentErrorCodes.Rejected] = "Amazon rejected the shipment confirmation of order {0}: {1} {2}. Correct the shipment or carrier mapping, then retry.";
    }
}
