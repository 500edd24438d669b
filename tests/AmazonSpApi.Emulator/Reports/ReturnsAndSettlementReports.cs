using System.Globalization;

namespace AmazonSpApi.Emulator;

/// <summary>
/// GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE as Amazon writes it (facts sheet §2.10): human-readable headers, one row
/// per returned item, dates as dd-MMM-yyyy, AMZ-PG-... reason codes, cells Amazon leaves "empty" holding one space,
/// and rows cut after their last non-empty cell (shorter than the header). A return moves through statuses with
/// time: Approved when requested, Closed (refunded) once the item is back, <see cref="ReturnTransitDays"/> later.
/// Some returns are returnless refunds (the buyer keeps the item: Return type "Returnless", no label). Amounts (Label
/// cost, Order Amount, Refunded Amount) are written in the marketplace's convention, as in its order reports
/// (<see cref="Flat.Money"/>: "1.234,56" on the continental EU marketplaces).
/// </summary>
internal static class ReturnsReport
{
    public const int ReturnTransitDays = 7;

    public static readonly string[] Columns =
    [
        "Order ID", "Order date", "Return request date", "Return request status", "Amazon RMA ID", "Merchant RMA ID", "Label type",
        "Label cost", "Currency code", "Return carrier", "Tracking ID", "Label to be paid by", "A-to-Z Claim", "Is prime", "ASIN",
        "Merchant SKU", "Item Name", "Return quantity", "Return Reason", "In policy", "Return type", "Resolution", "Invoice number",
        "Return delivery date", "Order Amount", "Order quantity", "SafeT Action reason", "SafeT claim id", "SafeT claim state",
        "SafeT claim creation time", "SafeT claim reimbursement amount", "Refunded Amount",
    ];

    public static readonly string[] ReasonCodes =
        ["AMZ-PG-BAD-DESC", "AMZ-PG-MISORDERED", "AMZ-PG-APP-TOO-LARGE", "AMZ-PG-APP-TOO-SMALL", "CR-DEFECTIVE", "CR-UNWANTED_ITEM", "CR-DAMAGED_BY_CARRIER"];

    public static ReportRows Build(EmulatedSeller state, EmulatedReport report, DateTimeOffset at, int seed)
    {
        var rows = new List<(DateTimeOffset At, string[] Row)>();
        foreach (var order in state.OrderList.Where(o => report.MarketplaceIds.Contains(o.MarketplaceId)))
        {
            var m = order.Marketplace;
            if (order.HasReturn && order.ReturnRequestDate is { } requested && InRange(report, requested) && requested <= at)
            {
                var r = StableRandom.For(seed, "return:" + order.OrderId, 0);
                var item = order.ItemList[0];
                var returnless = r.Chance(0.15);
                var back = requested.AddDays(ReturnTransitDays);
                var closed = back <= at;
                var refunded = closed ? item.Principal : 0m;
                rows.Add((requested, Row(m, order, item, requested, closed ? "Closed" : "Approved", "D" + order.OrderId.Replace("-", "", StringComparison.Ordinal)[3..12] + "RMA",
                    1, r.Pick(ReasonCodes), refunded, returnless, closed && !returnless ? back : null)));
            }

            foreach (var refund in order.RefundList.Where(r => r.AdjustmentReason == "CustomerReturn" && InRange(report, r.At)))
            {
                var item = order.FindItem(refund.OrderItemId)!;
                rows.Add((refund.At, Row(m, order, item, refund.At, "Closed", "RF" + refund.FeedId[^7..], refund.QuantityCancelled ?? 1, "CR-UNWANTED_ITEM", refund.Total, false, refund.At)));
            }
        }

        return new ReportRows(Columns, rows.OrderBy(r => r.At).Select(r => Trim(r.Row)).ToList());
    }

    private static string[] Row(MarketplaceInfo m, EmulatedOrder o, EmulatedOrderItem item, DateTimeOffset requested, string status, string rma,
        int quantity, string reason, decimal refunded, bool returnless, DateTimeOffset? delivered) =>
    [
        o.OrderId, Day(o.CreatedTime), Day(requested), status, rma, " ", returnless ? " " : "AmazonPrePaidLabel",
        returnless ? " " : Flat.Money(5.99m * m.PriceFactor, m), m.CurrencyCode, returnless ? " " : "UPS",
        returnless ? " " : "1Z" + o.OrderId.Replace("-", "", StringComparison.Ordinal)[..14], returnless ? " " : "Amazon",
        "N", o.IsPrime ? "Y" : "N", item.Asin, item.Sku, item.Title, Flat.Int(quantity), reason, "Y", returnless ? "Returnless" : "C-Returns",
        returnless ? "ReturnlessRefund" : "StandardRefund", " ", delivered is { } d ? Day(d) : " ", Flat.Money(o.OrderTotal, m), Flat.Int(o.ItemList.Sum(i => i.QuantityOrdered)),
        " ", " ", " ", " ", " ", refunded == 0 ? " " : Flat.Money(refunded, m),
    ];

    /// <summary>Amazon ends a row at its last cell with a value: trailing blank cells are not written.</summary>
    private static string[] Trim(string[] row)
    {
        var length = row.Length;
        while (length > 1 && string.IsNullOrWhiteSpace(row[length - 1]))
            length--;
        return row[..length];
    }

    private static string Day(DateTimeOffset value) => value.UtcDateTime.ToString("dd-MMM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static bool InRange(EmulatedReport report, DateTimeOffset at) => at >= report.DataStartTime && at <= report.DataEndTime;
}

/// <summary>
/// GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2: 24 columns, a summary first row, then one row per amount component,
/// grouped by order and order item code. Transaction types: Order, Refund (the seller's refunds, with their merchant
/// adjustment item ID), A-to-z Guarantee Refund and Chargeback Refund (Amazon's own, on some returned orders),
/// ServiceFee (the subscription) and other-transaction (the reserve). Every amount row names its marketplace
/// (marketplace-name). Amounts follow the marketplace without thousands separators: a decimal comma on the continental
/// EU marketplaces ("1141,18", as in a German settlement quoted in abuzuhri/Amazon-SP-API-CSharp#571), a point elsewhere
/// (UK included), no decimals for yen. European marketplaces (UK included) write dd.MM.yyyy dates.
/// </summary>
internal static class SettlementReport
{
    public static readonly string[] Columns =
    [
        "settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date", "total-amount", "currency", "transaction-type",
        "order-id", "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name", "amount-type", "amount-description", "amount",
        "fulfillment-id", "posted-date", "posted-date-time", "order-item-code", "merchant-order-item-id", "merchant-adjustment-item-id",
        "sku", "quantity-purchased", "promotion-id",
    ];

    public static ReportRows Build(EmulatedSeller state, MarketplaceInfo market, DateTimeOffset start, DateTimeOffset end,
        HashSet<string> settledItems, HashSet<EmulatedRefund> settledRefunds, int seed, string reportId)
    {
        var settlementId = (10_000_000_000L + StableRandom.For(seed, "settlement", long.Parse(reportId, CultureInfo.InvariantCulture)).Next(0, 999_999_999)).ToString(CultureInfo.InvariantCulture);
        var eu = market.Region == "EU";
        var lines = new List<string[]>();
        var total = 0m;

        string Money(decimal value) => Flat.UngroupedMoney(value, market);
        string Date(DateTimeOffset value) => value.UtcDateTime.ToString(eu ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string DateTime(DateTimeOffset value) => value.UtcDateTime.ToString(eu ? "dd.MM.yyyy HH:mm:ss 'UTC'" : "yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

        void AddRow(string type, EmulatedOrder? order, EmulatedOrderItem? item, string adjustmentId, string amountType, string description, decimal amount,
            DateTimeOffset posted, int quantity, string? merchantAdjustmentItemId)
        {
            if (amount == 0)
                return;
            total += amount;
            lines.Add(
            [
                settlementId, "", "", "", "", "", type, order?.OrderId ?? "", order?.MerchantOrderId ?? "", adjustmentId,
                type == "Order" && order is not null ? "S" + order.OrderId[4..11] : "", market.SalesChannel, amountType, description, Money(amount),
                order is null ? "" : order.IsFba ? "AFN" : "MFN", Date(posted), DateTime(posted),
                item?.OrderItemId ?? "", item?.MerchantOrderItemId ?? "", merchantAdjustmentItemId ?? "", item?.Sku ?? "",
                type == "Order" ? Flat.Int(quantity) : "", item?.PromotionId ?? "",
            ]);
        }

        void Add(string type, EmulatedOrder order, EmulatedOrderItem item, string adjustmentId, string amountType, string description, decimal amount,
            DateTimeOffset posted, int quantity, string? merchantAdjustmentItemId) =>
            AddRow(type, order, item, adjustmentId, amountType, description, amount, posted, quantity, merchantAdjustmentItemId);

        foreach (var order in state.OrderList.Where(o => o.MarketplaceId == market.Id))
        {
            var posted = order.PackageList.Count > 0 ? order.PackageList[0].ShipTime : order.LastUpdatedTime;
            foreach (var item in order.ItemList.Where(i => i.QuantityShipped > 0 && posted < end && !settledItems.Contains(i.OrderItemId)))
            {
                settledItems.Add(item.OrderItemId);
                var share = (decimal)item.QuantityShipped / item.QuantityOrdered;
                Add("Order", order, item, "", "ItemPrice", "Principal", OrderGenerator.Money(item.Principal * share, market), posted, item.QuantityShipped, null);
                Add("Order", order, item, "", "ItemPrice", "Shipping", OrderGenerator.Money(item.ShippingPrice * share, market), posted, item.QuantityShipped, null);
                if (!item.ItemTaxIncludedInPrice)
                    Add("Order", order, item, "", "ItemPrice", "Tax", OrderGenerator.Money(item.ItemTax * share, market), posted, item.QuantityShipped, null);
                Add("Order", order, item, "", "ItemPrice", "GiftWrap", item.GiftWrapPrice, posted, item.QuantityShipped, null);
                Add("Order", order, item, "", "Promotion", "Principal", -item.PromotionDiscount, posted, item.QuantityShipped, null);
                Add("Order", order, item, "", "ItemFees", "Commission", -OrderGenerator.Money(item.Principal * share * 0.15m, market), posted, item.QuantityShipped, null);
                if (order.IsFba)
                    Add("Order", order, item, "", "ItemFees", "FBAPerUnitFulfillmentFee", -OrderGenerator.Money(3.22m * market.PriceFactor * item.QuantityShipped, market), posted, item.QuantityShipped, null);
            }

            foreach (var refund in order.RefundList.Where(r => r.At < end && !settledRefunds.Contains(r)))
            {
                settledRefunds.Add(refund);
                var item = order.FindItem(refund.OrderItemId)!;
                var adjustmentId = "A" + refund.FeedId[^6..] + refund.OrderItemId[^4..];
                foreach (var (type, amount) in refund.Components)
                    Add("Refund", order, item, adjustmentId, "ItemPrice", type, -amount, refund.At, 0, refund.MerchantAdjustmentItemId);
                Add("Refund", order, item, adjustmentId, "ItemFees", "Commission", OrderGenerator.Money(refund.Components.GetValueOrDefault("Principal") * 0.15m, market), refund.At, 0, refund.MerchantAdjustmentItemId);
                Add("Refund", order, item, adjustmentId, "ItemFees", "RefundCommission", -OrderGenerator.Money(refund.Components.GetValueOrDefault("Principal") * 0.03m, market), refund.At, 0, refund.MerchantAdjustmentItemId);
            }

            // Amazon's own refunds: an A-to-z claim or a chargeback on some returned orders, once the return is back.
            if (order.HasReturn && order.ReturnRequestDate is { } requested && requested.AddDays(ReturnsReport.ReturnTransitDays) is var decided
                && decided < end && settledItems.Add("claim:" + order.OrderId))
            {
                var r = StableRandom.For(seed, "claim:" + order.OrderId, 0);
                var type = r.NextDouble() switch { < 0.2 => "A-to-z Guarantee Refund", < 0.3 => "Chargeback Refund", _ => null };
                if (type is not null)
                {
                    var item = order.ItemList[0];
                    var adjustmentId = "Z" + order.OrderId.Replace("-", "", StringComparison.Ordinal)[^9..];
                    Add(type, order, item, adjustmentId, "ItemPrice", "Principal", -item.Principal, decided, 0, null);
                    Add(type, order, item, adjustmentId, "ItemFees", "Commission", OrderGenerator.Money(item.Principal * 0.15m, market), decided, 0, null);
                }
            }
        }

        AddRow("ServiceFee", null, null, "", "other-transaction", "Subscription Fee", -OrderGenerator.Money(39.99m * market.PriceFactor, market), end, 0, null);
        AddRow("other-transaction", null, null, "", "other-transaction", "Current Reserve Amount", -OrderGenerator.Money(25m * market.PriceFactor, market), end, 0, null);

        var summary = new string[Columns.Length];
        Array.Fill(summary, "");
        summary[0] = settlementId;
        summary[1] = end > start ? DateTime(start) : "";
        summary[2] = DateTime(end);
        summary[3] = DateTime(end.AddDays(1));
        summary[4] = Money(total);
        summary[5] = market.CurrencyCode;
        return new ReportRows(Columns, [summary, .. lines], SummaryRows: 1);
    }
}
