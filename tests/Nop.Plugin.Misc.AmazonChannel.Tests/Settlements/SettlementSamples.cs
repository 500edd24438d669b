namespace Nop.Plugin.Misc.AmazonChannel.Tests.Settlements;

/// <summary>V2 settlement flat files as Amazon writes them (facts sheet §2.10: 24 columns, a summary first row).</summary>
public static class SettlementSamples
{
    public static readonly string[] Header =
    [
        "settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date", "total-amount", "currency", "transaction-type",
        "order-id", "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name", "amount-type", "amount-description", "amount",
        "fulfillment-id", "posted-date", "posted-date-time", "order-item-code", "merchant-order-item-id", "merchant-adjustment-item-id",
        "sku", "quantity-purchased", "promotion-id"
    ];

    public static string Summary(string settlementId, string total, string currency = "USD", string start = "2026-11-09 07:41:43 UTC", string end = "2026-11-23 07:41:43 UTC") =>
        string.Join('\t', settlementId, start, end, "2026-11-25 07:41:43 UTC", total, currency, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");

    public static string Amount(string settlementId, string type, string? orderId, string amountType, string description, string amount,
        string adjustmentId = "", string itemCode = "", string merchantAdjustmentItemId = "", string sku = "SKU-1", string posted = "2026-11-20",
        string postedTime = "2026-11-20 10:00:00 UTC", string marketplace = "Amazon.com") =>
        string.Join('\t', settlementId, "", "", "", "", "", type, orderId ?? "", "", adjustmentId, "", marketplace, amountType, description, amount,
            "MFN", posted, postedTime, itemCode, "", merchantAdjustmentItemId, sku, type == "Order" ? "1" : "", "");

    public static string Report(params string[] rows) => string.Join("\n", [string.Join('\t', Header), .. rows]) + "\n";
}
