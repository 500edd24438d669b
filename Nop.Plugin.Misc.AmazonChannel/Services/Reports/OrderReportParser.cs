using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>What an order report yielded: orders, orders to read one by one (a bad row named them), and bad rows.</summary>
public sealed record OrderReportResult(IReadOnlyList<AmazonOrderSnapshot> Orders, IReadOnlyList<string> OrderIdsToReread, IReadOnlyList<ReportRowError> Errors);

/// <summary>
/// Reads Amazon's flat-file order reports, one row per order item: the order tracking report
/// (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL: every order and status, no item IDs, buyer or street) and the
/// shipping order report (GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING: merchant-fulfilled orders with item IDs, buyer and
/// address, restricted data). Merged, they give complete orders for the import. A bad row never stops the report:
/// its order is listed for a one-by-one read and the row is reported with its number and the reason.
/// </summary>
public static class OrderReportParser
{
    public const string TrackingReportType = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public const string ShippingReportType = "GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING";

    public static OrderReportResult Parse(string trackingReport, string? shippingReport, string marketplaceId)
    {
        var errors = new List<ReportRowError>();
        var reread = new HashSet<string>(StringComparer.Ordinal);
        var details = shippingReport is null ? [] : ReadShippingDetails(shippingReport, errors, reread);
        var orders = new List<AmazonOrderSnapshot>();

        foreach (var group in GroupByOrder(FlatFileReport.Parse(trackingReport), "amazon-order-id", errors, reread))
        {
            try
            {
                var summary = ReadTrackingOrder(group.Key, group.Value, marketplaceId);
                orders.Add(details.TryGetValue(group.Key, out var detail) ? Merge(summary, detail) : summary);
            }
            catch (FormatException exception)
            {
                errors.Add(new ReportRowError(group.Value[0].RowNumber, $"order {group.Key}: {exception.Message}"));
                reread.Add(group.Key);
            }
        }

        return new OrderReportResult(orders, reread.ToList(), errors);
    }

    private static Dictionary<string, List<FlatFileRow>> GroupByOrder(FlatFileReport report, string idColumn, List<ReportRowError> errors, HashSet<string> reread)
    {
        var groups = new Dictionary<string, List<FlatFileRow>>(StringComparer.Ordinal);
        foreach (var row in report.Rows)
        {
            var orderId = row.Text(idColumn);
            if (orderId is null)
            {
                errors.Add(new ReportRowError(row.RowNumber, $"no {idColumn}: the row cannot be matched to an order"));
                continue;
            }

            if (row.IsTruncated)
            {
                errors.Add(new ReportRowError(row.RowNumber, $"order {orderId}: the row is cut off"));
                reread.Add(orderId);
                continue;
            }

            if (!groups.TryGetValue(orderId, out var rows))
                groups[orderId] = rows = [];
            rows.Add(row);
        }

        foreach (var orderId in reread)
            groups.Remove(orderId);
        return groups;
    }

    private static AmazonOrderSnapshot ReadTrackingOrder(string orderId, List<FlatFileRow> rows, string marketplaceId)
    {
        var first = rows[0];
        var status = AmazonOrderStatusParser.Parse(first.Text("order-status")) ?? throw new FormatException($"unknown order-status '{first.Text("order-status")}'");
        var purchased = first.Date("purchase-date") ?? throw new FormatException("column 'purchase-date' is empty");

        return new AmazonOrderSnapshot
        {
            AmazonOrderId = orderId,
            MarketplaceId = marketplaceId,
            Status = status,
            FulfillmentChannel = ParseChannel(first.Text("fulfillment-channel")),
            PurchaseDateUtc = purchased,
            LastUpdateDateUtc = first.Date("last-updated-date") ?? purchased,
            ShipServiceLevel = first.Text("ship-service-level"),
            IsBusinessOrder = first.Flag("is-business-order"),
            PurchaseOrderNumber = first.Text("purchase-order-number"),
            CurrencyCode = rows.Select(r => r.Text("currency")).FirstOrDefault(c => c is not null) ?? string.Empty,
            IsSummaryOnly = true,
            Items = rows.Select(row => new AmazonOrderItemSnapshot
            {
                AmazonOrderItemId = string.Empty,
                SellerSku = row.RequiredText("sku"),
                Asin = row.Text("asin"),
                Title = row.Text("product-name"),
                QuantityOrdered = row.Integer("quantity"),
                ItemPrice = row.Amount("item-price"),
                ItemTax = row.Amount("item-tax"),
                ShippingPrice = row.Amount("shipping-price"),
                ShippingTax = row.Amount("shipping-tax"),
                GiftWrapPrice = row.Amount("gift-wrap-price"),
                ItemDiscount = Math.Abs(row.Amount("item-promotion-discount")),
                ShippingDiscount = Math.Abs(row.Amount("ship-promotion-discount"))
            }).ToList()
        };
    }

    private sealed record ShippingDetail(List<FlatFileRow> Rows);

    private static Dictionary<string, ShippingDetail> ReadShippingDetails(string report, List<ReportRowError> errors, HashSet<string> reread) =>
        GroupByOrder(FlatFileReport.Parse(report), "order-id", errors, reread).ToDictionary(group => group.Key, group => new ShippingDetail(group.Value));

    private static AmazonOrderSnapshot Merge(AmazonOrderSnapshot summary, ShippingDetail detail)
    {
        var first = detail.Rows[0];
        return summary with
        {
            IsSummaryOnly = false,
            BuyerEmail = first.Text("buyer-email"),
            BuyerName = first.Text("buyer-name"),
            BuyerCompanyName = first.Text("buyer-company-name"),
            ShipServiceLevel = first.Text("ship-service-level") ?? summary.ShipServiceLevel,
            LatestShipDateUtc = first.Date("latest-ship-date") ?? summary.LatestShipDateUtc,
            ShippingAddress = new AmazonAddressSnapshot
            {
                Name = first.Text("recipient-name"),
                AddressLine1 = first.Text("ship-address-1"),
                AddressLine2 = first.Text("ship-address-2"),
                AddressLine3 = first.Text("ship-address-3"),
                City = first.Text("ship-city"),
                StateOrRegion = first.Text("ship-state"),
                PostalCode = first.Text("ship-postal-code"),
                CountryCode = first.Text("ship-country"),
                Phone = first.Text("ship-phone-number")
            },
            BillingAddress = first.Text("bill-address-1") is null ? null : new AmazonAddressSnapshot
            {
                Name = first.Text("buyer-name"),
                AddressLine1 = first.Text("bill-address-1"),
                AddressLine2 = first.Text("bill-address-2"),
                AddressLine3 = first.Text("bill-address-3"),
                City = first.Text("bill-city"),
                StateOrRegion = first.Text("bill-state"),
                PostalCode = first.Text("bill-postal-code"),
                CountryCode = first.Text("bill-country")
            },
            CurrencyCode = first.Text("currency") ?? summary.CurrencyCode,
            Items = detail.Rows.Select(row => new AmazonOrderItemSnapshot
            {
                AmazonOrderItemId = row.RequiredText("order-item-id"),
                SellerSku = row.RequiredText("sku"),
                Title = row.Text("product-name"),
                QuantityOrdered = row.Integer("quantity-purchased"),
                QuantityShipped = row.Integer("quantity-shipped"),
                ItemPrice = row.Amount("item-price"),
                ItemTax = row.Amount("item-tax"),
                ShippingPrice = row.Amount("shipping-price"),
                ShippingTax = row.Amount("shipping-tax"),
                GiftWrapPrice = row.Amount("gift-wrap-price"),
                GiftMessage = row.Text("gift-message-text"),
                ItemDiscount = Math.Abs(row.Amount("item-promotion-discount")),
                ShippingDiscount = Math.Abs(row.Amount("ship-promotion-discount")),
                CustomizedUrl = row.Text("customized-url")
            }).ToList()
        };
    }

    private static AmazonFulfillmentChannel ParseChannel(string? value) => (value ?? string.Empty).ToUpperInvariant() switch
    {
        "AMAZON" or "AFN" or "AMAZON.COM" => AmazonFulfillmentChannel.Amazon,
        "MERCHANT" or "MFN" or "SELLER" => AmazonFulfillmentChannel.Merchant,
        _ => throw new FormatException($"unknown fulfillment-channel '{value}'")
    };
}
