using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>The buttons of the Amazon panel on nopCommerce's order page, and the names of Amazon's reasons and refund components.</summary>
internal static class OrderPanelLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        const string w = AmazonChannelDefaults.LocalePrefix + ".OrderPanel";
        resources[$"{w}.NotAnAmazonOrder"] = "This order did not come from Amazon.";
        resources[$"{w}.Invalid"] = "Check the values entered.";

        resources[$"{w}.BuyerRequest"] = "The buyer asked Amazon to cancel this order ({0} hours ago). Answer within 48 hours: accept to cancel it on Amazon, or reject to ship it.";
        resources[$"{w}.BuyerRequest.Accept"] = "Accept cancellation";
        resources[$"{w}.BuyerRequest.Reject"] = "Reject cancellation request";
        resources[$"{w}.BuyerRequest.Accepted.Recorded"] = "The buyer's cancellation was accepted: request #{0} cancels the order on Amazon with the next run.";
        resources[$"{w}.BuyerRequest.Accepted.Queued"] = "The buyer's cancellation was accepted: request #{0} waits in the refund and cancellation queue.";
        resources[$"{w}.BuyerRequest.Rejected"] = "The buyer's cancellation request was rejected: the order is no longer on hold and ships as usual.";

        resources[$"{w}.Cancel"] = "Cancel on Amazon";
        resources[$"{w}.Cancel.Hint"] = "Cancels unshipped items on Amazon. Amazon refuses cancellations of shipped items; the store order is cancelled when Amazon confirms.";
        resources[$"{w}.Cancel.Reason"] = "Reason";
        resources[$"{w}.Cancel.Reason.Hint"] = "Amazon's cancellation reason, told to the buyer.";
        resources[$"{w}.Cancel.WholeOrder"] = "Whole order";
        resources[$"{w}.Cancel.WholeOrder.Hint"] = "Cancel every unshipped item. Clear it to cancel only the quantities entered per item.";
        resources[$"{w}.Cancel.Quantity"] = "Cancel quantity";
        resources[$"{w}.Cancel.NotPossible"] = "Amazon does not accept a cancellation of this order (fulfilled by Amazon or already cancelled).";
        resources[$"{w}.Cancel.Button"] = "Cancel on Amazon";
        resources[$"{w}.Cancel.Confirm"] = "Send this cancellation to Amazon?";
        resources[$"{w}.Cancel.Recorded"] = "Cancellation request #{0} was recorded; the next run sends it to Amazon.";
        resources[$"{w}.Cancel.Queued"] = "Cancellation request #{0} waits in the refund and cancellation queue for approval.";

        resources[$"{w}.Refund"] = "Refund on Amazon";
        resources[$"{w}.Refund.Hint"] = "Refunds the amounts entered per item and component, in the order's currency, at most what is left of what the buyer paid.";
        resources[$"{w}.Refund.Reason"] = "Reason";
        resources[$"{w}.Refund.Reason.Hint"] = "Amazon's adjustment reason.";
        resources[$"{w}.Refund.FullRefund"] = "Full refund";
        resources[$"{w}.Refund.FullRefund.Hint"] = "Refund everything that is left of every item; the amounts below are ignored.";
        resources[$"{w}.Refund.Memo"] = "Note";
        resources[$"{w}.Refund.Memo.Hint"] = "Optional note kept with the request (not sent to the buyer).";
        resources[$"{w}.Refund.Component"] = "Component";
        resources[$"{w}.Refund.Paid"] = "Paid";
        resources[$"{w}.Refund.Remaining"] = "Left to refund";
        resources[$"{w}.Refund.Amount"] = "Refund";
        resources[$"{w}.Refund.NoCap"] = "within the item's total";
        resources[$"{w}.Refund.ChargesUnknown"] = "What the buyer paid is read from Amazon on the first refund. Read it now to see what is left per component.";
        resources[$"{w}.Refund.ReadCharges"] = "Read amounts from Amazon";
        resources[$"{w}.Refund.ChargesRead"] = "What the buyer paid was read from Amazon.";
        resources[$"{w}.Refund.Button"] = "Refund on Amazon";
        resources[$"{w}.Refund.Confirm"] = "Send this refund to Amazon?";
        resources[$"{w}.Refund.Recorded"] = "Refund request #{0} was recorded; the next run sends it to Amazon.";
        resources[$"{w}.Refund.Queued"] = "Refund request #{0} waits in the refund and cancellation queue for approval.";

        resources[$"{w}.Items.Item"] = "Amazon item";
        resources[$"{w}.Items.Sku"] = "SKU";
        resources[$"{w}.Items.Ordered"] = "Ordered";
        resources[$"{w}.Items.Shipped"] = "Shipped";
        resources[$"{w}.Items.Cancelled"] = "Cancelled";
        resources[$"{w}.Items.Unshipped"] = "Unshipped";

        resources[$"{w}.Shipments"] = "Shipment confirmations";
        resources[$"{w}.Shipments.None"] = "The order has no shipments.";
        resources[$"{w}.Shipments.Shipment"] = "Shipment";
        resources[$"{w}.Shipments.TrackingNumber"] = "Tracking number";
        resources[$"{w}.Shipments.State"] = "Confirmation";
        resources[$"{w}.Shipments.Result"] = "Amazon's answer";
        resources[$"{w}.Shipments.NotShipped"] = "Not shipped yet";
        resources[$"{w}.Shipments.NotRecorded"] = "Not recorded";
        resources[$"{w}.Shipments.SendNow"] = "Send now";
        resources[$"{w}.Shipments.SendNow.Queued"] = "The shipment confirmation is first in line: the next run (within a minute) sends it to Amazon.";
        resources[$"{w}.Shipments.SendNow.StillBlocked"] = "The shipment confirmation is still blocked:";
        resources[$"{w}.Shipments.SendNow.AlreadySent"] = "The shipment confirmation was already sent to Amazon.";
        resources[$"{w}.Shipments.SendNow.NotShippable"] = "The shipment is not marked shipped or does not belong to this Amazon order.";

        // The names of Amazon's cancel reasons, adjustment reasons and refund components are the refund flow's (RefundLocaleResources).
    }
}
