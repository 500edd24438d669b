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

    /// <summary>GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL / _BY_ORDER_DATE_GENERAL: all orders, no buyer PII.</summary>
    public static ReportRows AllOrders(EmulatedSeller state, EmulatedReport report)
    {
        var byUpdate = report.ReportType == ReportTypes.AllOrdersByLastUpdate;
        var rows = new List<string[]>();
        foreach (var order in Select(state, report, o => byUpdate ? o.LastUpdatedTime : o.CreatedTime))
        {
            var m = order.Marketplace;
            var pendingMfn = order.Status == FulfillmentStatuses.Pending && !order.IsFba;
            foreach (var item in order.ItemList)
            {
                rows.Add(
                [
                    order.OrderId, order.MerchantOrderId ?? "", Flat.Date(order.CreatedTime), Flat.Date(order.LastUpdatedTime),
                    ReportStatus(order.Status), order.IsFba ? "Amazon" : "Merchant", m.SalesChannel, "", "", ServiceLevel(order.ServiceLevel),
                    item.Title, item.Sku, item.Asin, ItemStatus(item), Flat.Int(item.QuantityOrdered), m.CurrencyCode,
                    pendingMfn ? "" : Flat.Money(item.Principal, m), pendingMfn ? "" : Flat.Money(item.ItemTax, m),
                    pendingMfn ? "" : Flat.Money(item.ShippingPrice, m), pendingMfn ? "" : Flat.Money(item.ShippingTax, m),
                    Flat.Money(item.GiftWrapPrice, m), Flat.Money(0, m), Flat.Money(-item.PromotionDiscount, m), Flat.Money(0, m),
                    order.ShippingAddress.City, order.ShippingAddress.StateOrRegion, order.ShippingAddress.PostalCode, order.ShippingAddress.CountryCode,
                    item.PromotionId ?? "", Flat.Bool(order.IsBusiness), order.BuyerPurchaseOrderNumber ?? "", item.BusinessPrice ? "BusinessPrice" : "",
                ]);
            }
        }

        return new ReportRows(AllOrdersColumns, rows);
    }

    /// <summary>GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING (and _INVOICING/_TAX): merchant-fulfilled orders that became eligible for fulfillment (no longer pending) in the range. Restricted.</summary>
    public static ReportRows NewOrders(EmulatedSeller state, EmulatedReport report)
    {
        var rows = new List<string[]>();
        var orders = Select(state, report, EligibleSince)
            .Where(o => !o.IsFba && o.Status is not (FulfillmentStatuses.Pending or FulfillmentStatuses.Cancelled));
        foreach (var order in orders)
        {
            var m = order.Marketplace;
            var a = order.ShippingAddress;
            foreach (var item in order.ItemList.Where(i => i.QuantityActive > 0))
            {
                rows.Add(
                [
                    order.OrderId, item.OrderItemId, Flat.Date(order.CreatedTime), Flat.Date(EligibleSince(order)), order.BuyerEmail, order.BuyerName,
                    a.Phone ?? "", item.Sku, item.Title, Flat.Int(item.QuantityActive), m.CurrencyCode, Flat.Money(item.Principal, m),
                    Flat.Money(item.ItemTax, m), Flat.Money(item.ShippingPrice, m), Flat.Money(item.ShippingTax, m), ServiceLevel(order.ServiceLevel),
                    a.Name, a.AddressLine1, a.AddressLine2 ?? "", "", a.City, a.StateOrRegion, a.PostalCode, a.CountryCode, a.Phone ?? "",
                    Flat.Money(-item.PromotionDiscount, m), item.PromotionId ?? "", Flat.Money(0, m), "", "", "", "", "", m.SalesChannel,
                ]);
            }
        }

        return new ReportRows(ShippingColumns, rows);
    }

    /// <summary>GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING: merchant-fulfilled items still to ship (state at processing time). Restricted.</summary>
    public static ReportRows Actionable(EmulatedSeller state, EmulatedReport report, DateTimeOffset at)
    {
        var rows = new List<string[]>();
        var orders = Select(state, report, EligibleSince)
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

    private static IEnumerable<EmulatedOrder> Select(EmulatedSeller state, EmulatedReport report, Func<EmulatedOrder, DateTimeOffset> time) =>
        state.OrderList
            .Where(o => report.MarketplaceIds.Contains(o.MarketplaceId))
            .Where(o => time(o) >= report.DataStartTime && time(o) <= report.DataEndTime)
            .OrderBy(time).ThenBy(o => o.OrderId, StringComparer.Ordinal);

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
