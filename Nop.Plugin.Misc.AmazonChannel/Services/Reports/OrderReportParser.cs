using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>An order of the report that is not this marketplace's to import, and why (not an error).</summary>
public sealed record ReportRowSkip(int RowNumber, string AmazonOrderId, string Reason);

/// <summary>
/// What an order report yielded: orders, orders to read one by one (a bad row named them), bad rows, and orders left
/// out because they belong elsewhere.
/// </summary>
public sealed record OrderReportResult(IReadOnlyList<AmazonOrderSnapshot> Orders, IReadOnlyList<string> OrderIdsToReread, IReadOnlyList<ReportRowError> Errors, IReadOnlyList<ReportRowSkip> Skipped);

/// <summary>
/// Reads Amazon's flat-file order reports, one row per order item: the order tracking report
/// (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL: every order and status, no item IDs, buyer or street) and the
/// shipping order report (GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING: merchant-fulfilled orders with item IDs, buyer and
/// address, restricted data). Merged, they give complete orders for the import. The rules for reports as Amazon
/// really writes them are in docs/order-import.md ("Reports as Amazon writes them"): rows of other marketplaces are
/// left out, cancelled and quantity-0 lines are not lines, statuses are read by <see cref="AmazonOrderStatusParser"/>.
/// A bad row never stops the report: its order is listed for a one-by-one read and the row is reported with its
/// number, the column and the reason, never a cell's value.
/// </summary>
public static class OrderReportParser
{
    public const string TrackingReportType = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    public const string ShippingReportType = "GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING";

    private const string SalesChannelColumn = "sales-channel";

    public static OrderReportResult Parse(string trackingReport, string? shippingReport, string marketplaceId)
    {
        var outcome = new Outcome();
        var format = MarketplaceAmountFormat.For(marketplaceId);
        var details = shippingReport is null ? [] : GroupByOrder(FlatFileReport.Parse(shippingReport), "order-id", outcome);

        foreach (var (orderId, rows) in GroupByOrder(FlatFileReport.Parse(trackingReport), "amazon-order-id", outcome))
        {
            var channel = PlaceOf(rows, marketplaceId);
            if (channel.OtherMarketplaceId is { } other)
            {
                outcome.Skip(channel.Row, orderId, $"sold on marketplace {other}, not {marketplaceId}: it is imported with its own marketplace");
                continue;
            }

            if (BrokenRowReason(rows) is { } broken)
            {
                outcome.Reread(broken.Row, orderId, broken.Reason);
                continue;
            }

            if (channel.Kind == SalesChannelKind.NotAMarketplace)
            {
                outcome.Skip(channel.Row, orderId, "sales-channel is Non-Amazon: a Multi-Channel Fulfillment order, not a sale on an Amazon marketplace");
                continue;
            }

            if (channel.Kind == SalesChannelKind.Unknown)
            {
                outcome.Reread(channel.Row, orderId, $"column '{SalesChannelColumn}' {DescribeUnknownChannel(channel.Row)}; the order is read on its own instead");
                continue;
            }

            try
            {
                var summary = ReadTrackingOrder(orderId, NewestVersion(rows), marketplaceId, format, out var cancelledSkus);
                if (details.TryGetValue(orderId, out var detail))
                {
                    if (BrokenRowReason(detail) is { } brokenDetail)
                    {
                        outcome.Reread(brokenDetail.Row, orderId, brokenDetail.Reason);
                        continue;
                    }

                    summary = Merge(summary, detail, cancelledSkus, format);
                }

                outcome.Orders.Add(summary);
            }
            catch (BadRowException exception)
            {
                outcome.Reread(exception.Row, orderId, exception.Message);
            }
        }

        return new OrderReportResult(outcome.Orders, outcome.RereadIds.ToList(), outcome.Errors, outcome.Skipped);
    }

    private sealed class Outcome
    {
        public List<AmazonOrderSnapshot> Orders { get; } = [];

        public HashSet<string> RereadIds { get; } = new(StringComparer.Ordinal);

        public List<ReportRowError> Errors { get; } = [];

        public List<ReportRowSkip> Skipped { get; } = [];

        public void Error(FlatFileRow row, string message) => Errors.Add(new ReportRowError(row.RowNumber, message));

        public void Reread(FlatFileRow row, string orderId, string reason)
        {
            Error(row, $"order {orderId}: {reason}");
            RereadIds.Add(orderId);
        }

        public void Skip(FlatFileRow row, string orderId, string reason) => Skipped.Add(new ReportRowSkip(row.RowNumber, orderId, reason));
    }

    /// <summary>A cell problem tied to the row it was found in.</summary>
    private sealed class BadRowException(FlatFileRow row, string message) : FormatException(message)
    {
        public FlatFileRow Row { get; } = row;
    }

    private static Dictionary<string, List<FlatFileRow>> GroupByOrder(FlatFileReport report, string idColumn, Outcome outcome)
    {
        var groups = new Dictionary<string, List<FlatFileRow>>(StringComparer.Ordinal);
        foreach (var row in report.Rows)
        {
            var orderId = row.Text(idColumn);
            if (orderId is null)
            {
                outcome.Error(row, $"no {idColumn}: the row cannot be matched to an order");
                continue;
            }

            if (!groups.TryGetValue(orderId, out var rows))
                groups[orderId] = rows = [];
            rows.Add(row);
        }

        return groups;
    }

    private sealed record Place(SalesChannelKind Kind, string? OtherMarketplaceId, FlatFileRow Row);

    /// <summary>
    /// Where the order was sold, by its rows' sales-channel: another marketplace as soon as one row says so, else
    /// unknown or Non-Amazon as soon as one row says so, else this marketplace. Without the column (older report
    /// versions), the marketplace the report was asked for.
    /// </summary>
    private static Place PlaceOf(List<FlatFileRow> rows, string marketplaceId)
    {
        var read = rows.Where(row => row.Reaches(SalesChannelColumn)).Select(row => (Row: row, Channel: SalesChannels.Parse(row.Text(SalesChannelColumn)))).ToList();
        if (read.Count == 0)
            return new Place(SalesChannelKind.Marketplace, null, rows[0]);

        foreach (var (row, channel) in read)
        {
            if (channel.Kind == SalesChannelKind.Marketplace && channel.MarketplaceId != marketplaceId)
                return new Place(SalesChannelKind.Marketplace, channel.MarketplaceId, row);
        }

        foreach (var kind in new[] { SalesChannelKind.Unknown, SalesChannelKind.NotAMarketplace })
        {
            if (read.FirstOrDefault(entry => entry.Channel.Kind == kind) is { Row: not null } found)
                return new Place(kind, null, found.Row);
        }

        return new Place(SalesChannelKind.Marketplace, null, rows[0]);
    }

    private static string DescribeUnknownChannel(FlatFileRow row) => row.Text(SalesChannelColumn) is { } name
        ? $"names no Amazon marketplace the plugin knows ('{VocabularyValue(name)}')"
        : "is empty";

    private sealed record BrokenRow(FlatFileRow Row, string Reason);

    private static BrokenRow? BrokenRowReason(List<FlatFileRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.FirstMissingColumn is { } missing)
                return new BrokenRow(row, $"the row is cut off: it ends before column '{missing}' ({row.CellCount} of {row.HeaderWidth} cells)");
            if (row.HasExtraCells)
                return new BrokenRow(row, $"the row has {row.CellCount} cells for {row.HeaderWidth} columns, so its cells are out of step with the header");
        }

        return null;
    }

    /// <summary>
    /// The rows of the order's newest version. The tracking report is by last update, so an order changed while it
    /// was written can be listed twice: per SKU only the rows with the latest last-updated-date are kept, and the
    /// newest row comes first (order-level values are read from it). Rows of one version share their date and all stay.
    /// </summary>
    private static List<FlatFileRow> NewestVersion(List<FlatFileRow> rows)
    {
        var dated = rows.Select(row => (Row: row, At: Read(row, r => r.Date("last-updated-date")))).ToList();
        if (dated.Select(entry => entry.At).Distinct().Count() < 2)
            return rows;

        return dated.GroupBy(entry => entry.Row.Text("sku") ?? string.Empty, StringComparer.Ordinal)
            .SelectMany(versions => versions.Where(entry => entry.At == versions.Max(other => other.At)))
            .OrderByDescending(entry => entry.At)
            .Select(entry => entry.Row)
            .ToList();
    }

    private static AmazonOrderSnapshot ReadTrackingOrder(string orderId, List<FlatFileRow> rows, string marketplaceId, MarketplaceAmountFormat? format,
        out HashSet<string> cancelledSkus)
    {
        var first = rows[0];
        var status = Read(first, row => Status(row, "order-status") ?? throw new ReportCellException("order-status", "is empty"));
        var purchased = Read(first, row => row.Date("purchase-date") ?? throw new ReportCellException("purchase-date", "is empty"));
        var items = rows.Select(row => Read(row, r => TrackingItem(r, format))).OfType<AmazonOrderItemSnapshot>().ToList();
        var activeSkus = items.Select(item => item.SellerSku).ToHashSet(StringComparer.Ordinal);
        cancelledSkus = rows.Select(row => row.RequiredText("sku")).Where(sku => !activeSkus.Contains(sku)).ToHashSet(StringComparer.Ordinal);

        return new AmazonOrderSnapshot
        {
            AmazonOrderId = orderId,
            MarketplaceId = marketplaceId,
            Status = status,
            FulfillmentChannel = Read(first, row => ParseChannel(row.Text("fulfillment-channel"))),
            PurchaseDateUtc = purchased,
            LastUpdateDateUtc = Read(first, row => row.Date("last-updated-date")) ?? purchased,
            ShipServiceLevel = first.Text("ship-service-level"),
            IsBusinessOrder = first.Flag("is-business-order"),
            PurchaseOrderNumber = first.Text("purchase-order-number"),
            CurrencyCode = rows.Select(r => r.Text("currency")).FirstOrDefault(c => c is not null) ?? string.Empty,
            IsSummaryOnly = true,
            Items = items
        };
    }

    /// <summary>
    /// A sold line of the tracking report; null for a row that is not one: item-status Cancelled (a line cancelled
    /// inside an order that is otherwise shipped) or quantity 0 (what Amazon writes for a cancelled quantity). Neither
    /// is parsed further: Amazon leaves their prices empty.
    /// </summary>
    private static AmazonOrderItemSnapshot? TrackingItem(FlatFileRow row, MarketplaceAmountFormat? format)
    {
        var sku = row.RequiredText("sku");
        if (Status(row, "item-status") == AmazonOrderStatus.Canceled)
            return null;
        var quantity = Quantity(row, "quantity");
        if (quantity == 0)
            return null;

        return OrderReportAmounts.WithAmounts(new AmazonOrderItemSnapshot
        {
            AmazonOrderItemId = string.Empty,
            SellerSku = sku,
            Asin = row.Text("asin"),
            Title = row.Text("product-name"),
            QuantityOrdered = quantity
        }, row, format);
    }

    /// <summary>
    /// The shipping report's buyer, address and item IDs over the tracking report's summary. Its rows of quantity 0,
    /// and rows of SKUs the tracking report shows only cancelled (the shipping report may predate the cancellation),
    /// are not lines. When no line is left the order stays a summary, read in full when it must become a store order.
    /// </summary>
    private static AmazonOrderSnapshot Merge(AmazonOrderSnapshot summary, List<FlatFileRow> detail, HashSet<string> cancelledSkus, MarketplaceAmountFormat? format)
    {
        var trackingBySku = summary.Items.GroupBy(item => item.SellerSku, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new Queue<AmazonOrderItemSnapshot>(group), StringComparer.Ordinal);
        var items = detail.Select(row => Read(row, r => ShippingItem(r, cancelledSkus, format))).OfType<AmazonOrderItemSnapshot>()
            .Select(item => OrderReportAmounts.WithTrackingAmounts(item, trackingBySku)).ToList();
        if (items.Count == 0)
            return summary;

        var first = detail[0];
        return summary with
        {
            IsSummaryOnly = false,
            BuyerEmail = first.Text("buyer-email"),
            BuyerName = first.Text("buyer-name"),
            BuyerCompanyName = first.Text("buyer-company-name"),
            ShipServiceLevel = first.Text("ship-service-level") ?? summary.ShipServiceLevel,
            LatestShipDateUtc = Read(first, row => row.Date("latest-ship-date")) ?? summary.LatestShipDateUtc,
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
            Items = items
        };
    }

    private static AmazonOrderItemSnapshot? ShippingItem(FlatFileRow row, HashSet<string> cancelledSkus, MarketplaceAmountFormat? format)
    {
        var sku = row.RequiredText("sku");
        var quantity = Quantity(row, "quantity-purchased");
        if (quantity == 0 || cancelledSkus.Contains(sku))
            return null;

        return OrderReportAmounts.WithAmounts(new AmazonOrderItemSnapshot
        {
            AmazonOrderItemId = row.RequiredText("order-item-id"),
            SellerSku = sku,
            Title = row.Text("product-name"),
            QuantityOrdered = quantity,
            QuantityShipped = row.Integer("quantity-shipped"),
            GiftMessage = row.Text("gift-message-text"),
            GiftWrapLevel = row.Text("gift-wrap-type"),
            CustomizedUrl = row.Text("customized-url")
        }, row, format);
    }

    /// <summary>A quantity: required, a whole number, not negative.</summary>
    private static int Quantity(FlatFileRow row, string column)
    {
        var quantity = row.Integer(column, -1);
        if (quantity == -1 && row.Text(column) is null)
            throw new ReportCellException(column, "is empty");
        return quantity >= 0 ? quantity : throw new ReportCellException(column, "is negative");
    }

    /// <summary>An order-status or item-status by the plugin's one status vocabulary; null when empty.</summary>
    private static AmazonOrderStatus? Status(FlatFileRow row, string column)
    {
        var text = row.Text(column);
        if (text is null)
            return null;
        return AmazonOrderStatusParser.Parse(text)
            ?? throw new ReportCellException(column, $"holds '{VocabularyValue(text)}', which is not an Amazon status the plugin knows");
    }

    private static AmazonFulfillmentChannel ParseChannel(string? value) => (value ?? string.Empty).ToUpperInvariant() switch
    {
        "AMAZON" or "AFN" or "AMAZON.COM" => AmazonFulfillmentChannel.Amazon,
        "MERCHANT" or "MFN" or "SELLER" => AmazonFulfillmentChannel.Merchant,
        "" => throw new ReportCellException("fulfillment-channel", "is empty"),
        _ => throw new ReportCellException("fulfillment-channel", $"holds '{VocabularyValue(value!)}', which is not a fulfillment channel the plugin knows")
    };

    /// <summary>
    /// A value of a vocabulary column (status, channel), named in errors so the admin can act on it. Only those
    /// columns are ever named, and only after the row was found in step with the header; long values are cut.
    /// </summary>
    private static string VocabularyValue(string value) => value.Length <= 40 ? value : value[..40] + "…";

    /// <summary>Runs a read on one row; a cell problem becomes a <see cref="BadRowException"/> carrying that row.</summary>
    private static T Read<T>(FlatFileRow row, Func<FlatFileRow, T> read)
    {
        try
        {
            return read(row);
        }
        catch (ReportCellException exception)
        {
            throw new BadRowException(row, exception.Message);
        }
    }
}
