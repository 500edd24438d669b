using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>Strings of the refund and cancellation flow: Amazon's reasons and components, the flow's messages and sync errors.</summary>
internal static class RefundLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        const string p = AmazonChannelDefaults.LocalePrefix;
        const string e = p + ".SyncErrors.";
        resources[$"{p}.Refunds.QueuedForAmazon"] = "Sent to Amazon's refund and cancellation queue as request #{0}; the store order changes when Amazon confirms it.";
        resources[$"{p}.Refunds.BuyerRequestAge"] = "Buyer asked to cancel {0} hours ago (Amazon expects an answer within about 48 hours).";
        resources[$"{e}Refund.NotAnAmazonOrder"] = "Order {0} is not an imported Amazon order.";
        resources[$"{e}Refund.OrderUnknownOnAmazon"] = "Amazon has no order {0} for this account.";
        resources[$"{e}Refund.UnknownItem"] = "Order {0} has no Amazon order item {1}.";
        resources[$"{e}Refund.NothingRequested"] = "The request for order {0} names no item and no amount.";
        resources[$"{e}Refund.AmountNotPositive"] = "Order {0}, item {1}: the amount of {2} must be positive, with at most two decimals.";
        resources[$"{e}Refund.NetNotACredit"] = "Order {0}, item {1}: deductions exceed the refund; Amazon accepts only a net credit to the buyer.";
        resources[$"{e}Refund.ExceedsPaid"] = "Order {0}, item {1}: {2} of {3} exceeds what is left of what the buyer paid ({4}). Lower the amount, or turn on 'Allow over-refund'.";
        resources[$"{e}Refund.WrongCurrency"] = "Order {0} was paid in {1}; the refund is in {2}.";
        resources[$"{e}Refund.StoreAmountNotMappable"] = "Order {0}: the store refund of {1} cannot be sent to Amazon as asked ({2}). Refund it per line from the Amazon order instead.";
        resources[$"{e}Refund.RejectedByAmazon"] = "Amazon rejected the refund of order {0} (request #{1}): {2} {3}. The store order was left as it was.";
        resources[$"{e}Cancel.AlreadyShipped"] = "Order {0} has shipped items; Amazon refuses cancellations after ship confirmation. Refund the buyer instead.";
        resources[$"{e}Cancel.QuantityExceeded"] = "Order {0}, item {1}: cancelling {2} exceeds what is left to cancel, {3} (unshipped, not cancelled and not in an open cancellation request).";
        resources[$"{e}Cancel.ReasonRequired"] = "Order {0}: choose one of Amazon's cancellation reasons.";
        resources[$"{e}Cancel.AlreadyCancelled"] = "Order {0} is already cancelled.";
        resources[$"{e}Cancel.LocalOnlyNotAllowed"] = "Order {0}: cancelling without telling Amazon is off ('Allow cancelling without telling Amazon').";
        resources[$"{e}Cancel.FulfilledByAmazon"] = "Order {0} is fulfilled by Amazon; only Amazon can cancel it.";
        resources[$"{e}Cancel.RejectedByAmazon"] = "Amazon rejected the cancellation of order {0} (request #{1}): {2} {3}. The store order was left as it was.";
        resources[$"{e}Cancel.NoBuyerRequest"] = "Order {0} has no buyer cancellation request waiting.";
        resources[$"{e}Queue.NotWaiting"] = "Request #{0} is not waiting in the queue (state {1}).";
        resources[$"{e}Queue.RejectReasonRequired"] = "Say why request #{0} is rejected.";

        AddEnum(resources, new Dictionary<AmazonCancelReason, string>
        {
            [AmazonCancelReason.NoInventory] = "No inventory",
            [AmazonCancelReason.ShippingAddressUndeliverable] = "Shipping address undeliverable",
            [AmazonCancelReason.CustomerExchange] = "Customer exchange",
            [AmazonCancelReason.BuyerCanceled] = "Buyer cancelled",
            [AmazonCancelReason.GeneralAdjustment] = "General adjustment",
            [AmazonCancelReason.CarrierCreditDecision] = "Carrier credit decision",
            [AmazonCancelReason.RiskAssessmentInformationNotValid] = "Risk assessment information not valid",
            [AmazonCancelReason.CarrierCoverageFailure] = "Carrier coverage failure",
            [AmazonCancelReason.CustomerReturn] = "Customer return",
            [AmazonCancelReason.MerchandiseNotReceived] = "Merchandise not received",
            [AmazonCancelReason.CannotVerifyInformation] = "Cannot verify information",
            [AmazonCancelReason.PricingError] = "Pricing error",
            [AmazonCancelReason.RejectOrder] = "Reject order",
            [AmazonCancelReason.WeatherDelay] = "Weather delay"
        });
        AddEnum(resources, new Dictionary<AmazonAdjustmentReason, string>
        {
            [AmazonAdjustmentReason.NoInventory] = "No inventory",
            [AmazonAdjustmentReason.CustomerReturn] = "Customer return",
            [AmazonAdjustmentReason.GeneralAdjustment] = "General adjustment",
            [AmazonAdjustmentReason.CouldNotShip] = "Could not ship",
            [AmazonAdjustmentReason.DifferentItem] = "Different item",
            [AmazonAdjustmentReason.Abandoned] = "Abandoned",
            [AmazonAdjustmentReason.CustomerCancel] = "Customer cancelled",
            [AmazonAdjustmentReason.PriceError] = "Price error",
            [AmazonAdjustmentReason.ProductOutofStock] = "Product out of stock",
            [AmazonAdjustmentReason.CustomerAddressIncorrect] = "Customer address incorrect",
            [AmazonAdjustmentReason.Exchange] = "Exchange",
            [AmazonAdjustmentReason.Other] = "Other",
            [AmazonAdjustmentReason.CarrierCreditDecision] = "Carrier credit decision",
            [AmazonAdjustmentReason.RiskAssessmentInformationNotValid] = "Risk assessment information not valid",
            [AmazonAdjustmentReason.CarrierCoverageFailure] = "Carrier coverage failure",
            [AmazonAdjustmentReason.TransactionRecord] = "Transaction record",
            [AmazonAdjustmentReason.Undeliverable] = "Undeliverable",
            [AmazonAdjustmentReason.RefusedDelivery] = "Refused delivery"
        });
        AddEnum(resources, new Dictionary<AmazonRefundComponent, string>
        {
            [AmazonRefundComponent.Principal] = "Item price",
            [AmazonRefundComponent.Shipping] = "Shipping",
            [AmazonRefundComponent.Tax] = "Tax",
            [AmazonRefundComponent.ShippingTax] = "Shipping tax",
            [AmazonRefundComponent.RestockingFee] = "Restocking fee (kept)",
            [AmazonRefundComponent.RestockingFeeTax] = "Restocking fee tax (kept)",
            [AmazonRefundComponent.GiftWrap] = "Gift wrap",
            [AmazonRefundComponent.GiftWrapTax] = "Gift wrap tax",
            [AmazonRefundComponent.Surcharge] = "Surcharge",
            [AmazonRefundComponent.ReturnShipping] = "Return shipping label (kept)",
            [AmazonRefundComponent.Goodwill] = "Goodwill",
            [AmazonRefundComponent.ExportCharge] = "Export charge",
            [AmazonRefundComponent.COD] = "Cash on delivery fee",
            [AmazonRefundComponent.CODTax] = "Cash on delivery fee tax",
            [AmazonRefundComponent.Other] = "Other",
            [AmazonRefundComponent.FreeReplacementReturnShipping] = "Free replacement return shipping"
        });
        AddEnum(resources, new Dictionary<AmazonRefundLedgerSource, string>
        {
            [AmazonRefundLedgerSource.Charge] = "Paid by the buyer",
            [AmazonRefundLedgerSource.PluginRefund] = "Refunded from the store",
            [AmazonRefundLedgerSource.AmazonSettlement] = "Refunded on Amazon (settlement)",
            [AmazonRefundLedgerSource.Other] = "Refunded on Amazon (other)"
        });
        AddEnum(resources, new Dictionary<AmazonRefundLedgerEntryStatus, string>
        {
            [AmazonRefundLedgerEntryStatus.Reserved] = "Requested",
            [AmazonRefundLedgerEntryStatus.Confirmed] = "Confirmed",
            [AmazonRefundLedgerEntryStatus.Released] = "Released"
        });
    }

    private static void AddEnum<TEnum>(Dictionary<string, string> resources, Dictionary<TEnum, string> names) where TEnum : struct, Enum
    {
        foreach (var (value, name) in names)
            resources[AmazonChannelLocaleResources.EnumKey(value)] = name;
    }
}
