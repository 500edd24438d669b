using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// One Amazon order as the import needs it, whichever way it was read (Orders API or order report). Amounts are in
/// the order's currency; item amounts are line totals for the whole quantity, as Amazon reports them, prices without
/// tax and the tax beside them (a source whose prices include tax takes the tax out when it reads them).
/// </summary>
public sealed record AmazonOrderSnapshot
{
    public required string AmazonOrderId { get; init; }

    public required string MarketplaceId { get; init; }

    public required AmazonOrderStatus Status { get; init; }

    public required AmazonFulfillmentChannel FulfillmentChannel { get; init; }

    public required DateTime PurchaseDateUtc { get; init; }

    public required DateTime LastUpdateDateUtc { get; init; }

    public DateTime? LatestShipDateUtc { get; init; }

    /// <summary>Amazon's shipping speed (e.g. STANDARD, SECOND_DAY, NEXT_DAY, EXPEDITED).</summary>
    public string? ShipServiceLevel { get; init; }

    public bool IsPrime { get; init; }

    public bool IsBusinessOrder { get; init; }

    public bool IsPremium { get; init; }

    /// <summary>Set when this order replaces another Amazon order.</summary>
    public string? ReplacedOrderId { get; init; }

    public string? BuyerEmail { get; init; }

    public string? BuyerName { get; init; }

    public string? BuyerCompanyName { get; init; }

    public string? PurchaseOrderNumber { get; init; }

    public AmazonAddressSnapshot? ShippingAddress { get; init; }

    /// <summary>Amazon rarely gives one; the import falls back to the shipping address.</summary>
    public AmazonAddressSnapshot? BillingAddress { get; init; }

    public required string CurrencyCode { get; init; }

    public required IReadOnlyList<AmazonOrderItemSnapshot> Items { get; init; }

    /// <summary>
    /// Read from a summary source (the order tracking report) that has no order item IDs, buyer or street: enough to
    /// list or hold an order, not to create its store order. The import reads such an order in full when it needs to.
    /// </summary>
    public bool IsSummaryOnly { get; init; }

    public bool IsBuyerCancellationRequested => Items.Any(item => item.BuyerCancellationRequested);

    /// <summary>
    /// Charges Amazon applies to the order as a whole, not to an item (the Orders API's DELIVERY_TIP), tax excluded.
    /// </summary>
    public decimal OrderCharges { get; init; }

    /// <summary>
    /// Amazon's own order total (the Orders API's proceeds.grandTotal): what the import reconciles the store order with.
    /// Null when Amazon gave none (Pending orders, sources without a total).
    /// </summary>
    public decimal? AmazonOrderTotal { get; init; }

    /// <summary>The order total the amounts add up to: every line's <see cref="AmazonOrderItemSnapshot.Total"/> plus <see cref="OrderCharges"/>.</summary>
    public decimal OrderTotal => Items.Sum(item => item.Total) + OrderCharges;
}

public sealed record AmazonOrderItemSnapshot
{
    public required string AmazonOrderItemId { get; init; }

    public required string SellerSku { get; init; }

    public string? Asin { get; init; }

    public string? Title { get; init; }

    public required int QuantityOrdered { get; init; }

    public int QuantityShipped { get; init; }

    /// <summary>Item price for the whole line, tax excluded.</summary>
    public decimal ItemPrice { get; init; }

    /// <summary>Tax on the item price and gift wrap of the line.</summary>
    public decimal ItemTax { get; init; }

    /// <summary>Shipping for the line, tax excluded.</summary>
    public decimal ShippingPrice { get; init; }

    public decimal ShippingTax { get; init; }

    /// <summary>Promotion discounts on the item (positive amount).</summary>
    public decimal ItemDiscount { get; init; }

    /// <summary>Promotion discounts on shipping (positive amount).</summary>
    public decimal ShippingDiscount { get; init; }

    public decimal GiftWrapPrice { get; init; }

    /// <summary>Other charges on the line (the Orders API's COD_FEE and OTHER), tax excluded.</summary>
    public decimal OtherCharges { get; init; }

    public string? GiftMessage { get; init; }

    /// <summary>The gift wrap the buyer chose (Amazon's giftWrapLevel, the report's gift-wrap-type), e.g. "Classic".</summary>
    public string? GiftWrapLevel { get; init; }

    /// <summary>Amazon Custom: where the buyer's customisation can be downloaded.</summary>
    public string? CustomizedUrl { get; init; }

    public bool BuyerCancellationRequested { get; init; }

    public string? BuyerCancelReason { get; init; }

    /// <summary>What the buyer pays for the line: every amount above, tax included, promotions taken off.</summary>
    public decimal Total => ItemPrice + ItemTax + ShippingPrice + ShippingTax + GiftWrapPrice + OtherCharges - ItemDiscount - ShippingDiscount;
}

public sealed record AmazonAddressSnapshot
{
    public string? Name { get; init; }

    public string? CompanyName { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? AddressLine3 { get; init; }

    public string? City { get; init; }

    public string? County { get; init; }

    /// <summary>State or region as Amazon gives it: an abbreviation (e.g. "WA") or a full name.</summary>
    public string? StateOrRegion { get; init; }

    public string? PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? CountryCode { get; init; }

    public string? Phone { get; init; }
}
