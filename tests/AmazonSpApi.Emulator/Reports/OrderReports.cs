namespace AmazonSpApi.Emulator;

/// <summary>Order flat-file reports, one row per order item, with the column names of facts sheet §2.10.</summary>
internal static class OrderReports
{
    public static readonly string[] AllOrdersColumns =
    [
        "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status", "fulfillment-channel",
        "sales-channel", "order-channel", "url", "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity",
        "currency", "item-price", "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
        "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code", "ship-country",
        "promotion-ids", "is-business-order", "purchase-order-number", "price-designation",
    ];

    public static readonly string[] ShippingColumns =
    [
        "order-id", "order-item-id", "purchase-date", "payments-date", "buyer-email", "buyer-name", "buyer-phone-number", "sku",
        "product-name", "quantity-purchased", "currency", "item-price", "item-tax", "shipping-price", "shipping-tax",
        "ship-service-level", "recipient-name", "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-state",
        "ship-postal-code", "ship-country", "ship-phone-number", "item-promotion-discount", "item-promotion-id",
        "ship-promotion-discount", "ship-promotion-id", "delivery-start-date", "delivery-end-date", "delivery-time-zone",
        "delivery-Instructions", "sales-channel",
    ];

    public static readonly string[] ActionableColumns =
    [
        "order-id", "order-item-id", "purchase-date", "payments-date", "reporting-date", "promise-date", "days-past-promise",
        "buyer-email", "buyer-name", "buyer-phone-number", "sku", "product-name", "quantity-purchased", "quantity-shipped",
        "quantity-to-ship", "ship-service-level", "recipient-name", "ship-address-1", "ship-address-2", "ship-address-3",
        "ship-city", "ship-state", "ship-postal-code", "ship-country", "is-business-order", "purchase-order-number", "price-designation",
    ];

    /// <summary>
    /// GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL / _BY_ORDER_DATE_GENERAL: all orders, no buyer PII. As Amazon
    /// writes it (<see cref="ReportOptions"/>): every EU marketplace's orders whatever the filter, the detailed status
    /// words, and a cancelled line as item-status Cancelled with quantity 0 and no prices.
    /// </summary>
    public static ReportRows AllOrders(EmulatedSeller state, EmulatedReport report, EmulatorOptions options)
    {
        var byUpdate = report.ReportType == ReportTypes.AllOrdersByLastUpdate;
        var marketplaceIds = options.Reports.EuWideTrackingReport ? WithWholeEu(state, report.MarketplaceIds) : report.MarketplaceIds;
        var rows = new List<string[]>();
        foreach (var order in Select(state, report, marketplaceIds, o => byUpdate ? o.LastUpdatedTime : o.CreatedTime))
        {
            var m = order.Marketplace;
            var pendingMfn = order.Status == FulfillmentStatuses.Pending && !order.IsFba;
            var status = options.Reports.DetailedStatuses ? DetailedReportStatus(order, options.Seed) : ReportStatus(order.Status);
            foreach (var item in order.ItemList)
            {
                var cancelled = item.QuantityActive == 0;
                var noPrice = pendingMfn || cancelled;
                rows.Add(
                [
                    order.OrderId, order.MerchantOrderId ?? "", Flat.Date(order.CreatedTime), Flat.Date(order.LastUpdatedTime),
                    status, order.IsFba ? "Amazon" : "Merchant", m.SalesChannel, "", "", ServiceLevel(order.ServiceLevel),
                    item.Title, item.Sku, item.Asin, ItemStatus(item), Flat.Int(item.QuantityActive), m.CurrencyCode,
                    noPrice ? "" : Flat.Money(item.Principal, m), noPrice ? "" : Flat.Money(item.ItemTax, m),
                    noPrice ? "" : Flat.Money(item.ShippingPrice, m), noPrice ? "" : Flat.Money(item.ShippingTax, m),
                    cancelled ? "" : Flat.Money(item.GiftWrapPrice, m), Flat.Money(0, m), cancelled ? "" : Flat.Money(-item.PromotionDiscount, m), Flat.Money(0, m),
                    order.ShippingAddress.City, order.ShippingAddress.StateOrRegion, order.ShippingAddress.PostalCode, order.ShippingAddress.CountryCode,
                    item.PromotionId ?? "", Flat.Bool(order.IsBusiness), order.BuyerPurchaseOrderNumber ?? "", item.BusinessPrice ? "BusinessPrice" : "",
                ]);
            }
        }

        return new ReportRows(AllOrdersColumns, rows);
    }

    /// <summary>
    /// GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING (and _INVOICING/_TAX): merchant-fulfilled orders that became eligible
    /// for fulfillment (no longer pending) in the range. Restricted. A line cancelled since is listed with
    /// quantity-purchased 0; some buyers' delivery instructions hold a line break and a tab (a quoted cell).
    /// </summary>
    public static ReportRows NewOrders(EmulatedSeller state, EmulatedReport report, EmulatorOptions options)
    {
        var rows = new List<string[]>();
        var orders = Select(state, report, report.MarketplaceIds, EligibleSince)
            .Where(o => !o.IsFba && o.Status is not (FulfillmentStatuses.Pending or FulfillmentStatuses.Cancelled));
        foreach (var order in orders)
        {
            var m = order.Marketplace;
            var a = order.ShippingAddress;
            var instructions = StableRandom.Draw(options.Seed, "deliveryInstructions:" + order.OrderId, 0) < options.Reports.MultilineDeliveryInstructions
                ? DeliveryInstructions
                : "";
            foreach (var item in order.ItemList)
            {
                var cancelled = item.QuantityActive == 0;
                string Price(decimal amount) => Flat.Money(cancelled ? 0 : amount, m);
                rows.Add(
                [
                    order.OrderId, item.OrderItemId, Flat.Date(order.CreatedTime), Flat.Date(EligibleSince(order)), order.BuyerEmail, order.BuyerName,
                    a.Phone ?? "", item.Sku, item.Title, Flat.Int(item.QuantityActive), m.CurrencyCode, Price(item.Principal),
                    Price(item.ItemTax), Price(item.ShippingPrice), Price(item.ShippingTax), ServiceLevel(order.ServiceLevel),
                    a.Name, a.AddressLine1, a.AddressLine2 ?? "", "", a.City, a.StateOrRegion, a.PostalCode, a.CountryCode, a.Phone ?? "",
                    Price(-item.PromotionDiscount), item.PromotionId ?? "", Flat.Money(0, m), "", "", "", "", instructions, m.SalesChannel,
                ]);
            }
        }

        return new ReportRows(ShippingColumns, rows);
    }

    /// <summary>What a buyer types into the delivery instructions box: a line break and a tab included.</summary>
    internal const string DeliveryInstructions = "Bitte beim Nachbarn abgeben\nHinterhaus,\t2. Stock \"links\"";

    /// <summary>GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING: merchant-fulfilled items still to ship (state at processing time). Restricted.</summary>
    public static ReportRows Actionable(EmulatedSeller state, EmulatedReport report, DateTimeOffset at)
    {
        var rows = new List<string[]>();
        var orders = Select(state, report, report.MarketplaceIds, EligibleSince)
            .Where(o => !o.IsFba && o.Status is FulfillmentStatuses.Unshipped or FulfillmentStatuses.PartiallyShipped);
        foreach (var order in orders)
        {
            var a = order.ShippingAddress;
            var daysPast = Math.Max(0, (int)(at - order.ShipByLatest).TotalDays);
            foreach (var item in order.ItemList.Where(i => i.QuantityUnshipped > 0))
            {
                rows.Add(
                [
                    order.OrderId, item.OrderItemId, Flat.Date(order.CreatedTime), Flat.Date(EligibleSince(order)), Flat.Date(at),
                    Flat.Date(order.ShipByLatest), Flat.Int(daysPast), order.BuyerEmail, order.BuyerName, a.Phone ?? "", item.Sku, item.Title,
                    Flat.Int(item.QuantityActive), Flat.Int(item.QuantityShipped), Flat.Int(item.QuantityUnshipped), ServiceLevel(order.ServiceLevel),
                    a.Name, a.AddressLine1, a.AddressLine2 ?? "", "", a.City, a.StateOrRegion, a.PostalCode, a.CountryCode,
                    Flat.Bool(order.IsBusiness), order.BuyerPurchaseOrderNumber ?? "", item.BusinessPrice ? "BusinessPrice" : "",
                ]);
            }
        }

        return new ReportRows(ActionableColumns, rows);
    }

    private static IEnumerable<EmulatedOrder> Select(EmulatedSeller state, EmulatedReport report, IReadOnlyCollection<string> marketplaceIds, Func<EmulatedOrder, DateTimeOffset> time) =>
        state.OrderList
            .Where(o => marketplaceIds.Contains(o.MarketplaceId))
            .Where(o => time(o) >= report.DataStartTime && time(o) <= report.DataEndTime)
            .OrderBy(time).ThenBy(o => o.OrderId, StringComparer.Ordinal);

    /// <summary>An EU marketplace in the filter brings in every EU marketplace of the seller (Amazon's unified EU account).</summary>
    private static string[] WithWholeEu(EmulatedSeller state, string[] marketplaceIds)
    {
        var eu = state.Marketplaces.Where(m => m.Region == "EU").Select(m => m.Id).ToArray();
        return marketplaceIds.Any(eu.Contains) ? marketplaceIds.Union(eu).ToArray() : marketplaceIds;
    }

    private static DateTimeOffset EligibleSince(EmulatedOrder order) =>
        order.PendingUntil is { } until && until > order.CreatedTime ? until : order.CreatedTime;

    internal static string ReportStatus(string status) => status switch
    {
        FulfillmentStatuses.Pending => "Pending",
        FulfillmentStatuses.Unshipped => "Unshipped",
        FulfillmentStatuses.PartiallyShipped => "PartiallyShipped",
        FulfillmentStatuses.Shipped => "Shipped",
        FulfillmentStatuses.Cancelled => "Cancelled",
        _ => "Unfulfillable",
    };

    /// <summary>
    /// The order-status words of Amazon's reports, one per order (seeded): FBA orders being packed are "Shipping",
    /// some merchant orders wait for the carrier's pick-up, shipped orders show how the delivery went.
    /// </summary>
    internal static string DetailedReportStatus(EmulatedOrder order, int seed)
    {
        var r = StableRandom.For(seed, "reportStatus:" + order.OrderId, 0);
        return order.Status switch
        {
            FulfillmentStatuses.Unshipped when order.IsFba => "Shipping",
            FulfillmentStatuses.Unshipped => r.Chance(0.25) ? "Pending - Waiting for Pick Up" : "Unshipped",
            FulfillmentStatuses.Shipped when order.HasReturn => r.Pick(ReturnedStatuses),
            FulfillmentStatuses.Shipped => r.Pick(ShippedStatuses),
            _ => ReportStatus(order.Status),
        };
    }

    private static readonly string[] ShippedStatuses = ["Shipped", "Shipped - Delivered to Buyer", "Shipped - Out for Delivery", "Shipped - Picked Up", "Complete"];

    private static readonly string[] ReturnedStatuses =
        ["Shipped - Returning to Seller", "Shipped - Returned to Seller", "Shipped - Rejected by Buyer", "Shipped - Damaged", "Shipped - Lost in Transit"];

    private static string ItemStatus(EmulatedOrderItem item) =>
        item.QuantityActive == 0 ? "Cancelled" : item.QuantityUnshipped == 0 ? "Shipped" : "Unshipped";

    internal static string ServiceLevel(string level) => level switch
    {
        "NEXT_DAY" => "NextDay",
        "SECOND_DAY" => "SecondDay",
        "EXPEDITED" => "Expedited",
        _ => "Standard",
    };
}
