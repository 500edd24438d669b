namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>
/// The operations this client calls, with the default rate (requests per second) and burst of Amazon's usage plans
/// (facts sheet §2.3). Contract tests compare this table with <c>models/*.json</c>.
/// </summary>
public static class SpApiOperations
{
    public const string Orders2026 = "orders_2026-01-01";
    public const string OrdersV0 = "ordersV0";
    public const string Reports = "reports_2021-06-30";
    public const string Feeds = "feeds_2021-06-30";
    public const string Tokens = "tokens_2021-03-01";
    public const string Sellers = "sellers_v1";

    public static readonly SpApiOperation SearchOrders = new(Orders2026, "searchOrders", "GET", "/orders/2026-01-01/orders",
        ["createdAfter", "createdBefore", "lastUpdatedAfter", "lastUpdatedBefore", "fulfillmentStatuses", "marketplaceIds", "fulfilledBy", "maxResultsPerPage", "paginationToken", "includedData"],
        null, 0.0056, 20);

    public static readonly SpApiOperation GetOrder = new(Orders2026, "getOrder", "GET", "/orders/2026-01-01/orders/{orderId}",
        ["includedData"], null, 0.5, 30);

    public static readonly SpApiOperation ConfirmShipment = new(OrdersV0, "confirmShipment", "POST", "/orders/v0/orders/{orderId}/shipmentConfirmation",
        [], "ConfirmShipmentRequest", 2, 10);

    public static readonly SpApiOperation CreateReport = new(Reports, "createReport", "POST", "/reports/2021-06-30/reports",
        [], "CreateReportSpecification", 0.0167, 15);

    public static readonly SpApiOperation GetReport = new(Reports, "getReport", "GET", "/reports/2021-06-30/reports/{reportId}",
        [], null, 2, 15);

    public static readonly SpApiOperation GetReports = new(Reports, "getReports", "GET", "/reports/2021-06-30/reports",
        ["reportTypes", "processingStatuses", "marketplaceIds", "pageSize", "createdSince", "createdUntil", "nextToken"], null, 0.0222, 10);

    public static readonly SpApiOperation GetReportDocument = new(Reports, "getReportDocument", "GET", "/reports/2021-06-30/documents/{reportDocumentId}",
        [], null, 0.0167, 15);

    public static readonly SpApiOperation CreateFeedDocument = new(Feeds, "createFeedDocument", "POST", "/feeds/2021-06-30/documents",
        [], "CreateFeedDocumentSpecification", 0.5, 15);

    public static readonly SpApiOperation CreateFeed = new(Feeds, "createFeed", "POST", "/feeds/2021-06-30/feeds",
        [], "CreateFeedSpecification", 0.0083, 15);

    public static readonly SpApiOperation GetFeed = new(Feeds, "getFeed", "GET", "/feeds/2021-06-30/feeds/{feedId}",
        [], null, 2, 15);

    public static readonly SpApiOperation GetFeedDocument = new(Feeds, "getFeedDocument", "GET", "/feeds/2021-06-30/documents/{feedDocumentId}",
        [], null, 0.0222, 10);

    public static readonly SpApiOperation CreateRestrictedDataToken = new(Tokens, "createRestrictedDataToken", "POST", "/tokens/2021-03-01/restrictedDataToken",
        [], "CreateRestrictedDataTokenRequest", 1, 10);

    public static readonly SpApiOperation GetMarketplaceParticipations = new(Sellers, "getMarketplaceParticipations", "GET", "/sellers/v1/marketplaceParticipations",
        [], null, 0.016, 15);

    /// <summary>Every operation the client calls.</summary>
    public static IReadOnlyList<SpApiOperation> All { get; } =
    [
        SearchOrders, GetOrder, ConfirmShipment,
        CreateReport, GetReport, GetReports, GetReportDocument,
        CreateFeedDocument, CreateFeed, GetFeed, GetFeedDocument,
        CreateRestrictedDataToken, GetMarketplaceParticipations
    ];

    /// <summary>Pseudo operation names used in logs and errors for calls outside the Selling Partner API hosts.</summary>
    public const string UploadFeedDocument = "uploadFeedDocument";

    public const string DownloadDocument = "downloadDocument";
}
