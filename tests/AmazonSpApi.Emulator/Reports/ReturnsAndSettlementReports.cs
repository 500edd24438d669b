namespace AmazonSpApi.Emulator;

/// <summary>GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE: human-readable headers (facts sheet §2.10), one row per returned item.</summary>
internal static class ReturnsReport
{
    public static readonly string[] Columns =
    [
        "Order ID", "Order date", "Return request date", "Return request status", "Amazon RMA ID", "Merchant RMA ID", "Label type",
        "Label cost", "Currency code", "Return carrier", "Tracking ID", "Label to be paid by", "A-to-Z Claim", "Is prime", "ASIN",
        "Merchant SKU", "Item Name", "Return quantity", "Return Reason", "In policy", "Return type", "Resolution", "Invoice number",
        "Return delivery date", "Order Amount", "Order quantity", "SafeT Action reason", "SafeT claim id", "SafeT claim state",
        "SafeT claim creation time", "SafeT claim reimbursement amount", "Refunded Amount",
    ];

    public static ReportRows Build(EmulatedSeller state, EmulatedReport report)
    {
        var rows = new List<(DateTimeOffset At, string[] Row)>();
        foreach (var order in state.OrderList.Where(o => report.MarketplaceIds.Contains(o.MarketplaceId)))
        {
            var m = order.Marketplace;
            if (order.HasReturn && order.ReturnRequestDate is { } requested && InRange(report, requested))
            {
                var item = order.ItemList[0];
                var refunded = order.RefundList.Where(r => r.OrderItemId == item.OrderItemId).Sum(r => r.Total);
                rows.Add((requested, Row(m, order, item, requested, "Approved", "CR-" + order.OrderId[4..11], 1, "Item defective or doesn't work", refunded)));
            }

            foreach (var refund in order.RefundList.Where(r => r.AdjustmentReason == "CustomerReturn" && InRange(report, r.At)))
            {
                var item = order.FindItem(refund.OrderItemId)!;
                rows.Add((refund.At, Row(m, order, item, refund.At, "Closed", "RF-" + refund.FeedId[^7..], refund.QuantityCancelled ?? 1, "Customer return", refund.Total)));
            }

        }

        return new ReportRows(Columns, rows.OrderBy(r => r.At).Select(r => r.Row).ToList());
    }

    private static string[] Row(MarketplaceInfo m, EmulatedOrder o, EmulatedOrderItem item, DateTimeOffset requested, string status, string rma,
        int quantity, string reason, decimal refunded) =>
    [
        o.OrderId, Day(o.CreatedTime), Day(requested), status, "D" + rma.Replace("-", "", StringComparison.Ordinal), "", "AmazonUnPaidLabel",
        Flat.Money(0, m), m.CurrencyCode, "UPS", "1Z" + o.OrderId.Replace("-", "", StringComparison.Ordinal)[..14], "Customer",
        "N", o.IsPrime ? "Y" : "N", item.Asin, item.Sku, item.Title, Flat.Int(quantity), reason, "Y", "C-Returns", "StandardRefund",
        "", "", Flat.Money(o.OrderTotal, m), Flat.Int(o.ItemList.Sum(i => i.QuantityOrdered)), "", "", "", "", "", Flat.Money(refunded, m),
    ];

    private static string Day(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static bool InRange(EmulatedReport report, DateTimeOffset at) => at >= report.DataStartTime && at <= report.DataEndTime;
}

/// <summary>GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2: 24 columns, a summary first row, then one row per amount component.</summary>
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
        var settlementId = (10_000_000_000L + StableRandom.For(seed, "settlement", long.Parse(reportId, System.Globalization.CultureInfo.InvariantCulture)).Next(0, 999_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lines = new List<string[]>();
        var total = 0m;

        void Add(string type, EmulatedOrder order, EmulatedOrderItem item, string adjustmentId, string amountType, string description, decimal amount,
            DateTimeOffset posted, int quantity, string? merchantAdjustmentItemId)
        {
            if (amount == 0)
                return;
            total += amount;
            lines.Add(
            [
                settlementId, "", "", "", "", "", type, order.OrderId, order.MerchantOrderId ?? "", adjustmentId,
                type == "Order" ? "S" + order.OrderId[4..11] : "", market.SalesChannel, amountType, description, Flat.Money(amount, market),
                order.IsFba ? "AFN" : "MFN", posted.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), posted.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
                item.OrderItemId, item.MerchantOrderItemId ?? "", merchantAdjustmentItemId ?? "", item.Sku,
                type == "Order" ? Flat.Int(quantity) : "", item.PromotionId ?? "",
            ]);
        }

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
        }

        var summary = new string[Columns.Length];
        Array.Fill(summary, "");
        summary[0] = settlementId;
        summary[1] = end > start ? start.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "";
        summary[2] = end.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        summary[3] = end.AddDays(1).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        summary[4] = Flat.Money(total, market);
        summary[5] = market.CurrencyCode;
        return new ReportRows(Columns, [summary, .. lines], SummaryRows: 1);
    }
}
