namespace AmazonSpApi.Emulator;

// Response shapes of orders_2026-01-01.json. Property names serialize camelCase, exactly as in the model; nulls are omitted.

internal sealed record SearchOrdersResponseDto(OrderDto[] Orders, PaginationDto? Pagination, string? LastUpdatedBefore, string? CreatedBefore);

internal sealed record PaginationDto(string NextToken);

internal sealed record GetOrderResponseDto(OrderDto Order);

internal sealed record OrderDto(
    string OrderId,
    AliasDto[]? OrderAliases,
    string CreatedTime,
    string LastUpdatedTime,
    string[]? Programs,
    SalesChannelDto SalesChannel,
    BuyerDto? Buyer,
    RecipientDto? Recipient,
    OrderProceedsDto? Proceeds,
    OrderFulfillmentDto? Fulfillment,
    OrderItemDto[] OrderItems,
    OrderPackageDto[]? Packages);

internal sealed record AliasDto(string AliasId, string AliasType);

internal sealed record SalesChannelDto(string ChannelName, string MarketplaceId, string MarketplaceName);

internal sealed record BuyerDto(string? BuyerName, string? BuyerEmail, string? BuyerCompanyName, string? BuyerPurchaseOrderNumber);

internal sealed record RecipientDto(CustomerAddressDto DeliveryAddress);

internal sealed record CustomerAddressDto(
    string Name,
    string? CompanyName,
    string AddressLine1,
    string? AddressLine2,
    string City,
    string StateOrRegion,
    string PostalCode,
    string CountryCode,
    string? Phone,
    string AddressType);

internal sealed record MoneyDto(string Amount, string CurrencyCode);

internal sealed record OrderProceedsDto(MoneyDto GrandTotal, ProceedsBreakdownDto[] Breakdowns);

internal sealed record ProceedsBreakdownDto(string Type, MoneyDto Subtotal, DetailedBreakdownDto[]? DetailedBreakdowns = null);

internal sealed record DetailedBreakdownDto(string Subtype, MoneyDto Value);

internal sealed record DateTimeRangeDto(string EarliestDateTime, string LatestDateTime);

internal sealed record OrderFulfillmentDto(string FulfillmentStatus, string FulfilledBy, string FulfillmentServiceLevel, DateTimeRangeDto ShipByWindow, DateTimeRangeDto DeliverByWindow);

internal sealed record OrderItemDto(
    string OrderItemId,
    int QuantityOrdered,
    ItemProductDto Product,
    ItemProceedsDto? Proceeds,
    ItemPromotionDto? Promotion,
    ItemCancellationDto? Cancellation,
    ItemFulfillmentDto? Fulfillment);

internal sealed record ItemProductDto(string Asin, string Title, string SellerSku, ItemConditionDto Condition, ItemPriceDto? Price, ItemCustomizationDto? Customization);

internal sealed record ItemConditionDto(string ConditionType, string ConditionSubtype);

internal sealed record ItemPriceDto(MoneyDto UnitPrice, string? PriceDesignation);

internal sealed record ItemCustomizationDto(string CustomizedUrl);

internal sealed record ItemProceedsDto(MoneyDto ProceedsTotal, ProceedsBreakdownDto[] Breakdowns);

internal sealed record ItemPromotionDto(ItemPromotionBreakdownDto[] Breakdowns);

internal sealed record ItemPromotionBreakdownDto(string PromotionId);

internal sealed record ItemCancellationDto(CancellationRequestDto? CancellationRequest, CancellationExecutionDto? CancellationExecution);

internal sealed record CancellationRequestDto(string Requester, string CancelReason);

internal sealed record CancellationExecutionDto(string CancelledBy, string? CancelReason);

internal sealed record ItemFulfillmentDto(int QuantityFulfilled, int QuantityUnfulfilled, ItemPackingDto? Packing);

internal sealed record ItemPackingDto(GiftOptionDto GiftOption);

internal sealed record GiftOptionDto(string? GiftMessage, string? GiftWrapLevel);

internal sealed record OrderPackageDto(
    string PackageReferenceId,
    string CreatedTime,
    PackageStatusDto PackageStatus,
    string Carrier,
    string ShipTime,
    string? ShippingService,
    string? TrackingNumber,
    PackageItemDto[] PackageItems);

internal sealed record PackageStatusDto(string Status);

internal sealed record PackageItemDto(string OrderItemId, int Quantity);
