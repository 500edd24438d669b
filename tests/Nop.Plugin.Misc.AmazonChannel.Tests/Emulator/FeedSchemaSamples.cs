namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

/// <summary>A feed message payload (or processing report) and whether Amazon's schema accepts it.</summary>
public sealed record FeedSchemaSample(string MessageType, string Name, string Xml, bool Valid)
{
    public override string ToString() => $"{MessageType}: {Name}";
}

/// <summary>
/// Valid messages of each feed type, and invalid ones of the kinds a client gets wrong: misspelt enumeration values,
/// missing required elements, elements out of order, malformed amounts, ids and quantities.
/// </summary>
public static class FeedSchemaSamples
{
    private const string OrderId = "113-1234567-1234567";
    private const string ItemCode = "12345678901234";

    public static IEnumerable<FeedSchemaSample> All => Fulfillment.Concat(Acknowledgement).Concat(Adjustment).Concat(ProcessingReport);

    private static IEnumerable<FeedSchemaSample> Fulfillment
    {
        get
        {
            const string type = "OrderFulfillment";
            static string Msg(string body) => $"<OrderFulfillment>{body}</OrderFulfillment>";
            const string date = "<FulfillmentDate>2026-03-02T11:00:00Z</FulfillmentDate>";
            var id = $"<AmazonOrderID>{OrderId}</AmazonOrderID>";

            yield return new(type, "whole order, carrier code", Msg(id + date + "<FulfillmentData><CarrierCode>UPS</CarrierCode><ShipperTrackingNumber>1Z999AA10123456784</ShipperTrackingNumber></FulfillmentData>"), true);
            yield return new(type, "every optional element", Msg(id + "<MerchantFulfillmentID>1001</MerchantFulfillmentID>" + date +
                "<FulfillmentData><CarrierCode>Royal Mail</CarrierCode><ShippingMethod>Tracked 48</ShippingMethod><ShipperTrackingNumber>AB123456789GB</ShipperTrackingNumber></FulfillmentData>" +
                "<CODCollectionMethod>DirectPayment</CODCollectionMethod>" +
                $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode><MerchantFulfillmentItemID>7</MerchantFulfillmentItemID><Quantity>2</Quantity><TransparencyCode>AZ:1</TransparencyCode><TransparencyCode>AZ:2</TransparencyCode></Item>"), true);
            yield return new(type, "merchant ids and a carrier name", Msg("<MerchantOrderID>NOP-1001</MerchantOrderID>" + date +
                "<FulfillmentData><CarrierName>Pigeon Post</CarrierName></FulfillmentData><Item><MerchantOrderItemID>NOP-1001-1</MerchantOrderItemID></Item>"), true);
            yield return new(type, "date with offset, no fulfillment data", Msg(id + "<FulfillmentDate>2026-03-02T12:00:00+01:00</FulfillmentDate>"), true);
            yield return new(type, "carrier code in the wrong case", Msg(id + date + "<FulfillmentData><CarrierCode>Ups</CarrierCode></FulfillmentData>"), false);
            yield return new(type, "carrier code not listed", Msg(id + date + "<FulfillmentData><CarrierCode>Pigeon Post</CarrierCode></FulfillmentData>"), false);
            yield return new(type, "carrier code and carrier name", Msg(id + date + "<FulfillmentData><CarrierCode>UPS</CarrierCode><CarrierName>UPS</CarrierName></FulfillmentData>"), false);
            yield return new(type, "missing FulfillmentDate", Msg(id + "<FulfillmentData><CarrierCode>UPS</CarrierCode></FulfillmentData>"), false);
            yield return new(type, "missing order id", Msg(date), false);
            yield return new(type, "FulfillmentDate before the order id", Msg(date + id), false);
            yield return new(type, "ShippingMethod before CarrierCode", Msg(id + date + "<FulfillmentData><ShippingMethod>Ground</ShippingMethod><CarrierCode>UPS</CarrierCode></FulfillmentData>"), false);
            yield return new(type, "both order ids", Msg(id + "<MerchantOrderID>NOP-1</MerchantOrderID>" + date), false);
            yield return new(type, "date without time", Msg(id + "<FulfillmentDate>2026-03-02</FulfillmentDate>"), false);
            yield return new(type, "malformed order id", Msg("<AmazonOrderID>113-123456-1234567</AmazonOrderID>" + date), false);
            yield return new(type, "item code of 13 digits", Msg(id + date + "<Item><AmazonOrderItemCode>1234567890123</AmazonOrderItemCode></Item>"), false);
            yield return new(type, "quantity 0", Msg(id + date + $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode><Quantity>0</Quantity></Item>"), false);
            yield return new(type, "eleven transparency codes", Msg(id + date + $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode>" +
                string.Concat(Enumerable.Range(1, 11).Select(i => $"<TransparencyCode>AZ:{i}</TransparencyCode>")) + "</Item>"), false);
            yield return new(type, "tracking number of 51 characters", Msg(id + date + $"<FulfillmentData><CarrierCode>USPS</CarrierCode><ShipperTrackingNumber>{new string('9', 51)}</ShipperTrackingNumber></FulfillmentData>"), false);
            yield return new(type, "merchant fulfillment id not numeric", Msg(id + "<MerchantFulfillmentID>SHIP-1</MerchantFulfillmentID>" + date), false);
            yield return new(type, "unknown element", Msg(id + date + "<ShipFromSupplySourceId>abc</ShipFromSupplySourceId>"), false);
        }
    }

    private static IEnumerable<FeedSchemaSample> Acknowledgement
    {
        get
        {
            const string type = "OrderAcknowledgement";
            static string Msg(string body) => $"<OrderAcknowledgement>{body}</OrderAcknowledgement>";
            var id = $"<AmazonOrderID>{OrderId}</AmazonOrderID>";

            yield return new(type, "success", Msg(id + "<StatusCode>Success</StatusCode>"), true);
            yield return new(type, "whole-order cancellation", Msg(id + "<StatusCode>Failure</StatusCode>"), true);
            yield return new(type, "merchant ids and a cancelled item", Msg(id + "<MerchantOrderID>NOP-1001</MerchantOrderID><StatusCode>Success</StatusCode>" +
                $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode><MerchantOrderItemID>NOP-1001-1</MerchantOrderItemID><CancelReason>BuyerCanceled</CancelReason><Quantity>1</Quantity></Item>"), true);
            yield return new(type, "every cancel reason", Msg(id + "<StatusCode>Failure</StatusCode>" + string.Concat(
                new[] { "NoInventory", "ShippingAddressUndeliverable", "CustomerExchange", "GeneralAdjustment", "CarrierCreditDecision", "RiskAssessmentInformationNotValid", "CarrierCoverageFailure", "CustomerReturn", "MerchandiseNotReceived", "CannotVerifyInformation", "PricingError", "RejectOrder", "WeatherDelay" }
                    .Select(reason => $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode><CancelReason>{reason}</CancelReason></Item>"))), true);
            yield return new(type, "status code in lower case", Msg(id + "<StatusCode>success</StatusCode>"), false);
            yield return new(type, "cancel reason spelt BuyerCancelled", Msg(id + "<StatusCode>Success</StatusCode>" +
                $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode><CancelReason>BuyerCancelled</CancelReason></Item>"), false);
            yield return new(type, "cancel reason of the 2026 API (NO_INVENTORY)", Msg(id + "<StatusCode>Success</StatusCode>" +
                $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode><CancelReason>NO_INVENTORY</CancelReason></Item>"), false);
            yield return new(type, "missing status code", Msg(id), false);
            yield return new(type, "merchant order id instead of Amazon's", Msg("<MerchantOrderID>NOP-1001</MerchantOrderID><StatusCode>Success</StatusCode>"), false);
            yield return new(type, "item without item code", Msg(id + "<StatusCode>Success</StatusCode><Item><CancelReason>NoInventory</CancelReason></Item>"), false);
            yield return new(type, "cancel reason before merchant item id", Msg(id + "<StatusCode>Success</StatusCode>" +
                $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode><CancelReason>NoInventory</CancelReason><MerchantOrderItemID>X</MerchantOrderItemID></Item>"), false);
            yield return new(type, "negative quantity", Msg(id + "<StatusCode>Failure</StatusCode>" +
                $"<Item><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode><Quantity>-1</Quantity></Item>"), false);
        }
    }

    private static IEnumerable<FeedSchemaSample> Adjustment
    {
        get
        {
            const string type = "OrderAdjustment";
            static string Msg(string body) => $"<OrderAdjustment>{body}</OrderAdjustment>";
            var id = $"<AmazonOrderID>{OrderId}</AmazonOrderID>";
            var item = $"<AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode>";
            static string Price(string componentType, string amount, string? currency = "USD") =>
                $"<Component><Type>{componentType}</Type><Amount{(currency is null ? "" : $" currency=\"{currency}\"")}>{amount}</Amount></Component>";
            string Refund(string reason, string components) =>
                Msg(id + $"<ActionType>Refund</ActionType><AdjustedItem>{item}<AdjustmentReason>{reason}</AdjustmentReason><ItemPriceAdjustments>{components}</ItemPriceAdjustments></AdjustedItem>");

            yield return new(type, "refund of principal, shipping and tax", Refund("CustomerReturn", Price("Principal", "10.00") + Price("Shipping", "4.99") + Price("Tax", "1.2")), true);
            yield return new(type, "every price component type, no currency", Refund("GeneralAdjustment", string.Concat(
                new[] { "Principal", "Shipping", "Tax", "ShippingTax", "RestockingFee", "RestockingFeeTax", "GiftWrap", "GiftWrapTax", "Surcharge", "ReturnShipping", "Goodwill", "ExportCharge", "COD", "CODTax", "Other", "FreeReplacementReturnShipping" }
                    .Select(component => Price(component, "1.00", null)))), true);
            yield return new(type, "negative amount and whole number", Refund("PriceError", Price("Principal", "-5.00", "EUR") + Price("Shipping", "3", "EUR")), true);
            yield return new(type, "cancellation of a quantity by merchant ids", Msg("<MerchantOrderID>NOP-1001</MerchantOrderID><ActionType>Cancel</ActionType>" +
                "<AdjustedItem><MerchantOrderItemID>NOP-1001-1</MerchantOrderItemID><MerchantAdjustmentItemID>ADJ-1</MerchantAdjustmentItemID><AdjustmentReason>NoInventory</AdjustmentReason><QuantityCancelled>1</QuantityCancelled></AdjustedItem>"), true);
            yield return new(type, "promotion and direct payment adjustments", Msg(id + "<CODCollectionMethod>DirectPayment</CODCollectionMethod><AdjustedItem>" + item +
                "<AdjustmentReason>CustomerCancel</AdjustmentReason><ItemPriceAdjustments>" + Price("Principal", "20.00", "JPY") + "</ItemPriceAdjustments>" +
                "<PromotionAdjustments><PromotionClaimCode>SPRING26</PromotionClaimCode><MerchantPromotionID>PROMO-1</MerchantPromotionID>" + Price("Principal", "-2.00", "JPY") + "</PromotionAdjustments>" +
                "<DirectPaymentAdjustments>" + Price("PointsGranted", "1.00", "JPY") + "</DirectPaymentAdjustments><Quantity>1</Quantity></AdjustedItem>"), true);
            yield return new(type, "three decimals", Refund("CustomerReturn", Price("Principal", "10.123")), false);
            yield return new(type, "decimal comma", Refund("CustomerReturn", Price("Principal", "10,50")), false);
            yield return new(type, "amount not a number", Refund("CustomerReturn", Price("Principal", "ten")), false);
            yield return new(type, "amount of 21 digits", Refund("CustomerReturn", Price("Principal", "1234567890123456789.01")), false);
            yield return new(type, "currency in lower case", Refund("CustomerReturn", Price("Principal", "1.00", "usd")), false);
            yield return new(type, "currency not listed (SEK)", Refund("CustomerReturn", Price("Principal", "1.00", "SEK")), false);
            yield return new(type, "adjustment reason spelt CustomerReturned", Refund("CustomerReturned", Price("Principal", "1.00")), false);
            yield return new(type, "adjustment reason spelt ProductOutOfStock", Refund("ProductOutOfStock", Price("Principal", "1.00")), false);
            yield return new(type, "component type in lower case", Refund("CustomerReturn", Price("principal", "1.00")), false);
            yield return new(type, "action type Return", Msg(id + $"<ActionType>Return</ActionType><AdjustedItem>{item}<AdjustmentReason>Other</AdjustmentReason></AdjustedItem>"), false);
            yield return new(type, "missing adjustment reason", Msg(id + $"<AdjustedItem>{item}<ItemPriceAdjustments>{Price("Principal", "1.00")}</ItemPriceAdjustments></AdjustedItem>"), false);
            yield return new(type, "missing adjusted item", Msg(id + "<ActionType>Refund</ActionType>"), false);
            yield return new(type, "price adjustments before the reason", Msg(id + $"<AdjustedItem>{item}<ItemPriceAdjustments>{Price("Principal", "1.00")}</ItemPriceAdjustments><AdjustmentReason>Other</AdjustmentReason></AdjustedItem>"), false);
            yield return new(type, "empty price adjustments", Refund("CustomerReturn", ""), false);
            yield return new(type, "promotion component of type Tax", Msg(id + $"<AdjustedItem>{item}<AdjustmentReason>Other</AdjustmentReason><PromotionAdjustments>{Price("Tax", "1.00")}</PromotionAdjustments></AdjustedItem>"), false);
            yield return new(type, "promotion claim code of 3 characters", Msg(id + $"<AdjustedItem>{item}<AdjustmentReason>Other</AdjustmentReason><PromotionAdjustments><PromotionClaimCode>ABC</PromotionClaimCode>{Price("Principal", "1.00")}</PromotionAdjustments></AdjustedItem>"), false);
            yield return new(type, "empty merchant adjustment item id", Msg(id + $"<AdjustedItem>{item}<MerchantAdjustmentItemID></MerchantAdjustmentItemID><AdjustmentReason>Other</AdjustmentReason></AdjustedItem>"), false);
            yield return new(type, "quantity cancelled 0", Msg(id + $"<ActionType>Cancel</ActionType><AdjustedItem>{item}<AdjustmentReason>NoInventory</AdjustmentReason><QuantityCancelled>0</QuantityCancelled></AdjustedItem>"), false);
        }
    }

    private static IEnumerable<FeedSchemaSample> ProcessingReport
    {
        get
        {
            const string type = "ProcessingReport";
            static string Msg(string body) => $"<ProcessingReport>{body}</ProcessingReport>";
            const string summary = "<ProcessingSummary><MessagesProcessed>2</MessagesProcessed><MessagesSuccessful>1</MessagesSuccessful><MessagesWithError>1</MessagesWithError><MessagesWithWarning>0</MessagesWithWarning></ProcessingSummary>";

            yield return new(type, "complete with an error result", Msg("<DocumentTransactionID>50014019017</DocumentTransactionID><StatusCode>Complete</StatusCode>" + summary +
                $"<Result><MessageID>2</MessageID><ResultCode>Error</ResultCode><ResultMessageCode>25</ResultMessageCode><ResultDescription>not found</ResultDescription><AdditionalInfo><AmazonOrderID>{OrderId}</AmazonOrderID><AmazonOrderItemCode>{ItemCode}</AmazonOrderItemCode></AdditionalInfo></Result>"), true);
            yield return new(type, "rejected document (message 0)", Msg("<DocumentTransactionID>1</DocumentTransactionID><StatusCode>Rejected</StatusCode>" +
                "<Result><MessageID>0</MessageID><ResultCode>Error</ResultCode><ResultMessageCode>5001</ResultMessageCode><ResultDescription>XML Parsing Fatal Error</ResultDescription></Result>"), true);
            yield return new(type, "status Done", Msg("<DocumentTransactionID>1</DocumentTransactionID><StatusCode>Done</StatusCode>"), false);
            yield return new(type, "result code Fatal", Msg("<DocumentTransactionID>1</DocumentTransactionID><StatusCode>Complete</StatusCode>" +
                "<Result><MessageID>1</MessageID><ResultCode>Fatal</ResultCode><ResultMessageCode>1</ResultMessageCode><ResultDescription>x</ResultDescription></Result>"), false);
            yield return new(type, "summary without warnings count", Msg("<DocumentTransactionID>1</DocumentTransactionID><StatusCode>Complete</StatusCode>" +
                "<ProcessingSummary><MessagesProcessed>1</MessagesProcessed><MessagesSuccessful>1</MessagesSuccessful><MessagesWithError>0</MessagesWithError></ProcessingSummary>"), false);
            yield return new(type, "result message code 0", Msg("<DocumentTransactionID>1</DocumentTransactionID><StatusCode>Complete</StatusCode>" +
                "<Result><MessageID>1</MessageID><ResultCode>Error</ResultCode><ResultMessageCode>0</ResultMessageCode><ResultDescription>x</ResultDescription></Result>"), false);
        }
    }
}
