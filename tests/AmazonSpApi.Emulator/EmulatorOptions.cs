namespace AmazonSpApi.Emulator;

/// <summary>Everything that shapes one emulated seller account. Defaults are documented in docs/emulator.md.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Seed of every random choice (orders, faults). Same seed and options give identical runs.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Number of orders generated at start.</summary>
    public int OrderCount { get; set; } = 50;

    /// <summary>Earliest purchase date of generated orders; null means two days before the clock's start.</summary>
    public DateTimeOffset? OrdersFrom { get; set; }

    public string SellerId { get; set; } = "A1SELLEREMU";

    /// <summary>Marketplaces the seller participates in; orders are spread over them. See docs for the supported ids.</summary>
    public string[] MarketplaceIds { get; set; } = ["ATVPDKIKX0DER"];

    public string ClientId { get; set; } = "amzn1.application-oa2-client.emulator";
    public string ClientSecret { get; set; } = "emulator-secret";
    public string RefreshToken { get; set; } = "Atzr|emulator-refresh-token";
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Lifetime of restricted data tokens (Tokens API <c>expiresIn</c>).</summary>
    public TimeSpan RestrictedDataTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public OrderMixOptions Mix { get; set; } = new();

    /// <summary>How long PendingFirst orders stay PENDING (virtual time) before moving to UNSHIPPED.</summary>
    public TimeSpan PendingDuration { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan ReportProcessingDelay { get; set; } = TimeSpan.FromMinutes(2);
    public TimeSpan FeedProcessingDelay { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Lifetime of presigned document URLs (Amazon: 5 minutes).</summary>
    public TimeSpan DocumentUrlLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Report documents are served GZIP-compressed (compressionAlgorithm GZIP) when true.</summary>
    public bool CompressReports { get; set; } = true;

    /// <summary>Amazon's published rate and burst per operation, token bucket per (seller, operation), in virtual time.</summary>
    public bool EnforceRateLimits { get; set; } = true;

    public FaultOptions Faults { get; set; } = new();

    /// <summary>How flat-file reports are written: by default as Amazon really writes them (see <see cref="ReportOptions"/>).</summary>
    public ReportOptions Reports { get; set; } = new();

    /// <summary>
    /// Null (default): feed messages are validated against the emulator's own schema (<see cref="OwnFeedSchema"/>).
    /// When set, against Amazon's original XSDs in this folder instead (read at run time; the emulator fails to start
    /// when OrderFulfillment.xsd, OrderAcknowledgement.xsd, OrderAdjustment.xsd or ProcessingReport.xsd is missing).
    /// </summary>
    public string? XsdDirectory { get; set; }

    /// <summary>
    /// Base address of presigned document URLs. Null: Amazon-like S3 hosts (https://tortuga-prod-na.s3-external-1.amazonaws.com/...)
    /// that the in-process handler serves. The Kestrel host sets this to its own address.
    /// </summary>
    public string? DocumentBaseUrl { get; set; }

    /// <summary>Generate one settlement report (GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2) at start, like Amazon's automatic ones.</summary>
    public bool InitialSettlementReport { get; set; } = true;

    /// <summary>
    /// Amazon settles every two weeks: a new settlement report appears this long after the last one, in virtual time
    /// (null or zero: only the initial one and those the admin API asks for).
    /// </summary>
    public TimeSpan? SettlementPeriod { get; set; } = TimeSpan.FromDays(14);
}

/// <summary>Fractions (0..1) of generated orders having each trait. Each trait is drawn independently per order.</summary>
public sealed class OrderMixOptions
{
    /// <summary>Fulfilled by Amazon (fulfilledBy AMAZON); these are SHIPPED by Amazon unless pending or cancelled.</summary>
    public double Fba { get; set; } = 0.3;
    public double Prime { get; set; } = 0.4;
    public double Business { get; set; } = 0.1;
    /// <summary>Premium shipping: half NEXT_DAY (program PREMIUM), half SECOND_DAY.</summary>
    public double PremiumOrSecondDay { get; set; } = 0.15;
    /// <summary>Two to four different items.</summary>
    public double MultiItem { get; set; } = 0.25;
    /// <summary>First item ordered two to four times.</summary>
    public double MultiQuantity { get; set; } = 0.2;
    public double GiftMessage { get; set; } = 0.1;
    /// <summary>Amazon Custom: first item carries product.customization.customizedUrl.</summary>
    public double AmazonCustom { get; set; } = 0.05;
    /// <summary>Starts PENDING (placed within the last PendingDuration) and moves to UNSHIPPED after PendingDuration.</summary>
    public double PendingFirst { get; set; } = 0.15;
    /// <summary>Cancelled by Amazon (fulfillmentStatus CANCELLED, item cancellationExecution cancelledBy AMAZON).</summary>
    public double AmazonCancelled { get; set; } = 0.05;
    /// <summary>Merchant-fulfilled orders whose buyer asked to cancel (item cancellation.cancellationRequest requester BUYER).</summary>
    public double BuyerCancelRequested { get; set; } = 0.05;
    /// <summary>Merchant-fulfilled orders the seller already shipped before the emulator started.</summary>
    public double AlreadyShipped { get; set; } = 0.1;
    /// <summary>Shipped orders with a return request (returns report).</summary>
    public double Returned { get; set; } = 0.05;
    /// <summary>
    /// Merchant-fulfilled multi-item orders shipped before start whose last line the seller cancelled (quantity cancelled = ordered,
    /// cancelledBy MERCHANT): a cancelled line inside a shipped order. Drawn from a stream of its own, so turning it
    /// on changes no other trait.
    /// </summary>
    public double CancelledLineInShippedOrder { get; set; }
}

/// <summary>
/// Flat-file reports as Amazon really writes them, which is not what its documentation says. Each truth can be
/// turned off to get the documented, simpler file.
/// </summary>
public sealed class ReportOptions
{
    /// <summary>
    /// Documents of EU marketplaces are Cp1252 bytes served with <c>Content-Type: text/plain;charset=Cp1252</c>, of
    /// Amazon.co.jp Shift_JIS (<c>charset=Shift_JIS</c>); other marketplaces UTF-8. False: UTF-8 everywhere.
    /// </summary>
    public bool AmazonCharsets { get; set; } = true;

    /// <summary>
    /// The order tracking report lists the orders of every EU marketplace of the seller, whatever marketplaceIds
    /// the request named (each row's sales-channel tells them apart).
    /// </summary>
    public bool EuWideTrackingReport { get; set; } = true;

    /// <summary>
    /// order-status in the words Amazon's reports use: "Shipped - Delivered to Buyer", "Shipping" (FBA being packed),
    /// "Pending - Waiting for Pick Up", "Complete", "Shipped - Returned to Seller", … False: the five documented ones.
    /// </summary>
    public bool DetailedStatuses { get; set; } = true;

    /// <summary>
    /// Fraction of orders whose shipping-report rows carry buyer delivery instructions holding a line break and a
    /// tab, so the cell is quoted (RFC 4180 style, quotes doubled).
    /// </summary>
    public double MultilineDeliveryInstructions { get; set; } = 0.2;
}

/// <summary>Seeded, reproducible fault injection. Probabilities are per request (0..1).</summary>
public sealed class FaultOptions
{
    /// <summary>429 QuotaExceeded regardless of the token bucket.</summary>
    public double Throttle429 { get; set; }
    /// <summary>500 InternalFailure or 503 ServiceUnavailable (half each).</summary>
    public double ServerError5xx { get; set; }
    /// <summary>The handler waits <see cref="TimeoutAfter"/> of virtual time and then throws <see cref="TaskCanceledException"/> (wrapping a <see cref="TimeoutException"/>), as HttpClient does on its timeout.</summary>
    public double Timeout { get; set; }
    public TimeSpan TimeoutAfter { get; set; } = TimeSpan.FromSeconds(100);
    /// <summary>A downloaded document is cut in half.</summary>
    public double TruncatedDocument { get; set; }
    /// <summary>A downloaded GZIP document is not valid GZIP (uncompressed documents get garbage bytes appended to a cut).</summary>
    public double CorruptDocument { get; set; }
    /// <summary>Per report: some data rows lose columns or get unparsable numbers and dates.</summary>
    public double MalformedReportRows { get; set; }
    /// <summary>
    /// In a report chosen by <see cref="MalformedReportRows"/>, the fraction of data rows that are broken (cut off,
    /// unparsable values, or dates written 01/02/2026). Each row is drawn from (seed, report, row).
    /// </summary>
    public double MalformedRowRate { get; set; } = 1.0 / 3;
    /// <summary>searchOrders with a paginationToken returns the previous page again (its nextToken is the one just sent).</summary>
    public double RepeatedPage { get; set; }
    /// <summary>
    /// The next N SP-API calls that carry a live access token revoke it and are answered 403 <c>Unauthorized</c>
    /// "Access to requested resource is denied." with Amazon's details "The access token you provided is revoked,
    /// malformed or invalid." (a seller withdrawing the app's authorization, or Amazon rotating tokens early). A token
    /// issued afterwards works again. <see cref="SpApiEmulator.RevokeAccessTokens"/> arms more at run time.
    /// </summary>
    public int RevokeAccessTokens { get; set; }
    /// <summary>The first N calls of every operation in <see cref="StormOperations"/> (all operations when empty) get 429.</summary>
    public int Throttle429Storm { get; set; }
    public List<string> StormOperations { get; set; } = [];
    /// <summary>Probability that confirmShipment answers 204 but the confirmation is lost (no package, nothing shipped): Amazon has been seen to do this.</summary>
    public double DroppedConfirmation { get; set; }
    /// <summary>Probability that a successful SP-API call is carried out and its answer then lost: the caller times out as for <see cref="Timeout"/> although Amazon applied the request.</summary>
    public double LostAnswer { get; set; }
    /// <summary>Per feed: Amazon ends it FATAL without applying any message (its processing report holds one error with no MessageID).</summary>
    public double FeedFatal { get; set; }
    /// <summary>Per feed: Amazon cancels it before processing (CANCELLED, no processing report, nothing applied).</summary>
    public double FeedCancelled { get; set; }
    /// <summary>SP-API operations exempt from the random request faults (Throttle429, ServerError5xx, Timeout). The LWA endpoint never gets faults; document URLs only get document faults.</summary>
    public List<string> ExemptOperations { get; set; } = [];
}
