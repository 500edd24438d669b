namespace AmazonSpApi.Emulator;

/// <summary>Fulfillment status values of Orders API 2026-01-01 (<c>FulfillmentStatus</c>).</summary>
public static class FulfillmentStatuses
{
    public const string PendingAvailability = "PENDING_AVAILABILITY";
    public const string Pending = "PENDING";
    public const string Unshipped = "UNSHIPPED";
    public const string PartiallyShipped = "PARTIALLY_SHIPPED";
    public const string Shipped = "SHIPPED";
    public const string Cancelled = "CANCELLED";
    public const string Unfulfillable = "UNFULFILLABLE";

    public static readonly string[] All = [PendingAvailability, Pending, Unshipped, PartiallyShipped, Shipped, Cancelled, Unfulfillable];
}

/// <summary>One order of the emulated seller. Read-only for tests; the emulator changes it.</summary>
public sealed class EmulatedOrder
{
    public required string OrderId { get; init; }
    public required MarketplaceInfo Marketplace { get; init; }
    public string MarketplaceId => Marketplace.Id;
    public string CurrencyCode => Marketplace.CurrencyCode;
    public required DateTimeOffset CreatedTime { get; init; }
    public DateTimeOffset LastUpdatedTime { get; internal set; }
    public string Status { get; internal set; } = FulfillmentStatuses.Unshipped;
    /// <summary>While set and in the future the order is PENDING; it moves to UNSHIPPED at this instant.</summary>
    public DateTimeOffset? PendingUntil { get; internal set; }
    public required bool IsFba { get; init; }
    public string FulfilledBy => IsFba ? "AMAZON" : "MERCHANT";
    public required bool IsPrime { get; init; }
    public required bool IsBusiness { get; init; }
    public required bool IsPremium { get; init; }
    /// <summary>fulfillmentServiceLevel: STANDARD, SECOND_DAY, NEXT_DAY, ...</summary>
    public required string ServiceLevel { get; init; }
    public required string BuyerName { get; init; }
    public required string BuyerEmail { get; init; }
    public string? BuyerCompanyName { get; init; }
    public string? BuyerPurchaseOrderNumber { get; init; }
    public required EmulatedAddress ShippingAddress { get; init; }
    public required DateTimeOffset ShipByEarliest { get; init; }
    public required DateTimeOffset ShipByLatest { get; init; }
    public required DateTimeOffset DeliverByEarliest { get; init; }
    public required DateTimeOffset DeliverByLatest { get; init; }
    /// <summary>Seller order id set by an order acknowledgement feed (MerchantOrderID); shown as orderAliases SELLER_ORDER_ID.</summary>
    public string? MerchantOrderId { get; internal set; }
    public bool Acknowledged { get; internal set; }
    /// <summary>True when generated as a shipped order with a return request (returns report).</summary>
    public bool HasReturn { get; internal set; }
    public DateTimeOffset? ReturnRequestDate { get; internal set; }

    internal List<EmulatedOrderItem> ItemList { get; } = [];
    internal List<EmulatedPackage> PackageList { get; } = [];
    internal List<EmulatedRefund> RefundList { get; } = [];

    public IReadOnlyList<EmulatedOrderItem> Items => ItemList;
    public IReadOnlyList<EmulatedPackage> Packages => PackageList;
    public IReadOnlyList<EmulatedRefund> Refunds => RefundList;

    public bool BuyerCancelRequested => ItemList.Any(i => i.CancellationRequestReason is not null);
    public bool IsCancelled => Status == FulfillmentStatuses.Cancelled;
    public decimal OrderTotal => ItemList.Sum(i => i.ItemTotal);

    public EmulatedOrderItem? FindItem(string orderItemId) => ItemList.FirstOrDefault(i => i.OrderItemId == orderItemId);

    /// <summary>Recomputes <see cref="Status"/> from item quantities (pending orders stay pending).</summary>
    internal void RecomputeStatus(DateTimeOffset now)
    {
        var previous = Status;
        if (ItemList.All(i => i.QuantityActive == 0))
            Status = FulfillmentStatuses.Cancelled;
        else if (PendingUntil is { } until && until > now)
            Status = FulfillmentStatuses.Pending;
        else if (ItemList.All(i => i.QuantityUnshipped == 0))
            Status = FulfillmentStatuses.Shipped;
        else if (ItemList.Any(i => i.QuantityShipped > 0))
            Status = FulfillmentStatuses.PartiallyShipped;
        else
            Status = FulfillmentStatuses.Unshipped;
        if (previous != Status)
            LastUpdatedTime = now;
    }
}

public sealed class EmulatedOrderItem
{
    public required string OrderItemId { get; init; }
    public required string Sku { get; init; }
    public required string Asin { get; init; }
    public required string Title { get; init; }
    public required int QuantityOrdered { get; init; }
    public int QuantityShipped { get; internal set; }
    public int QuantityCancelled { get; internal set; }
    public int QuantityActive => QuantityOrdered - QuantityCancelled;
    public int QuantityUnshipped => QuantityOrdered - QuantityCancelled - QuantityShipped;
    /// <summary>
    /// Shelf price of one unit as the buyer sees it: tax included in marketplaces where
    /// <see cref="MarketplaceInfo.TaxIncluded"/>, tax excluded elsewhere (the order reports carry it this way).
    /// </summary>
    public required decimal UnitPrice { get; init; }
    /// <summary>The tax inside <see cref="UnitPrice"/> (tax-included marketplaces; 0 elsewhere).</summary>
    public decimal UnitTax { get; init; }
    /// <summary>Shipping charge for the whole line, on the same basis as <see cref="UnitPrice"/>.</summary>
    public required decimal ShippingPrice { get; init; }
    /// <summary>Tax on the item for the whole line, after the promotion.</summary>
    public required decimal ItemTax { get; init; }
    public required decimal ShippingTax { get; init; }
    public decimal GiftWrapPrice { get; init; }
    /// <summary>Promotion on the line, on the same basis as <see cref="UnitPrice"/>.</summary>
    public decimal PromotionDiscount { get; init; }
    /// <summary>The tax inside <see cref="PromotionDiscount"/> (tax-included marketplaces; 0 elsewhere).</summary>
    public decimal PromotionDiscountTax { get; init; }
    public string? PromotionId { get; init; }
    public string? GiftMessage { get; init; }
    public string? GiftWrapLevel { get; init; }
    public string? CustomizedUrl { get; init; }
    public bool BusinessPrice { get; init; }
    public string? CancellationRequestReason { get; internal set; }
    public string? CancelledBy { get; internal set; }
    public string? CancelReason { get; internal set; }
    public string? MerchantOrderItemId { get; internal set; }
    public decimal Principal => UnitPrice * QuantityOrdered;
    /// <summary>What the buyer pays for the line (Amazon's proceedsTotal).</summary>
    public decimal ItemTotal => Principal + ShippingPrice + GiftWrapPrice - PromotionDiscount + (ItemTaxIncludedInPrice ? 0 : ItemTax + ShippingTax);

    // The Orders API (2026-01-01) gives every marketplace's amounts tax excluded, the tax in its own TAX category:
    // Amazon's getOrder example for amazon.co.uk has ITEM 89.97 (= 3 x unitPrice 29.99) + SHIPPING 10.00 + TAX 4.00 =
    // grandTotal 103.97. These are the amounts as that API shows them; ITEM + SHIPPING + GIFT_WRAP + TAX - DISCOUNT = ItemTotal.

    /// <summary>unitPrice in the Orders API: the unit price without its tax.</summary>
    public decimal UnitPriceExclTax => UnitPrice - UnitTax;
    /// <summary>ITEM in the Orders API.</summary>
    public decimal PrincipalExclTax => UnitPriceExclTax * QuantityOrdered;
    /// <summary>SHIPPING in the Orders API.</summary>
    public decimal ShippingExclTax => ItemTaxIncludedInPrice ? ShippingPrice - ShippingTax : ShippingPrice;
    /// <summary>DISCOUNT in the Orders API (as a positive amount).</summary>
    public decimal PromotionDiscountExclTax => PromotionDiscount - PromotionDiscountTax;
    internal bool ItemTaxIncludedInPrice { get; init; }
    public decimal RefundedPrincipal { get; internal set; }

    /// <summary>What POST_PAYMENT_ADJUSTMENT_DATA refunds gave back so far, per charged component (Principal, Tax, Shipping, ...).</summary>
    internal Dictionary<string, decimal> RefundedByComponent { get; } = new(StringComparer.Ordinal);

    /// <summary>What the buyer was charged per component a refund may give back (Amazon's per-component refund balance).</summary>
    internal decimal ChargedFor(string component) => component switch
    {
        "Principal" => Principal,
        "Tax" or "GiftWrapTax" => ItemTax,
        "Shipping" => ShippingPrice,
        "ShippingTax" => ShippingTax,
        "GiftWrap" => GiftWrapPrice,
        _ => decimal.MaxValue
    };
}

public sealed record EmulatedAddress(
    string Name,
    string AddressLine1,
    string? AddressLine2,
    string City,
    string StateOrRegion,
    string PostalCode,
    string CountryCode,
    string? Phone,
    string AddressType,
    string? CompanyName);

/// <summary>A shipment recorded by confirmShipment or a fulfillment feed.</summary>
public sealed record EmulatedPackage(
    string PackageReferenceId,
    string Carrier,
    string? ShippingService,
    string? TrackingNumber,
    DateTimeOffset ShipTime,
    DateTimeOffset CreatedTime,
    IReadOnlyList<EmulatedPackageItem> Items,
    string Source);

public sealed record EmulatedPackageItem(string OrderItemId, int Quantity);

/// <summary>A refund accepted from a POST_PAYMENT_ADJUSTMENT_DATA feed.</summary>
public sealed record EmulatedRefund(
    string OrderId,
    string OrderItemId,
    string AdjustmentReason,
    string CurrencyCode,
    IReadOnlyDictionary<string, decimal> Components,
    DateTimeOffset At,
    string FeedId,
    string? MerchantAdjustmentItemId,
    int? QuantityCancelled)
{
    public decimal Total => Components.Values.Sum();
}
