using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The import's source on the Selling Partner API: searchOrders page by page (all the import's datasets in one call),
/// getOrder for one order, and for backlogs the order tracking report plus the shipping order report (restricted),
/// merged; orders named by a bad report row are read one by one, and each bad row is a sync error. No flat file tells
/// a buyer's cancellation request: the report window's unshipped merchant-fulfilled orders are read again with
/// searchOrders, a page at a time, by <see cref="BuyerRequestCheck"/>.
/// Amazon's failures become <see cref="AmazonOrderSourceException"/> with an actionable message.
/// </summary>
public class SpApiOrderSource : IAmazonOrderSource
{
    private const int PageSize = 100;

    // Order reports take minutes; polling every minute costs a few getReport calls per report.
    private static readonly TimeSpan _reportPollInterval = TimeSpan.FromMinutes(1);

    private readonly AmazonClientProvider _clientProvider;
    private readonly AmazonSyncErrorService _syncErrorService;
    private readonly ImportFailureRecorder _failureRecorder;

    public SpApiOrderSource(AmazonClientProvider clientProvider, AmazonSyncErrorService syncErrorService, ImportFailureRecorder failureRecorder)
    {
        _clientProvider = clientProvider;
        _syncErrorService = syncErrorService;
        _failureRecorder = failureRecorder;
    }

    public async IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new SearchOrdersQuery
        {
            LastUpdatedAfter = new DateTimeOffset(fromUtc, TimeSpan.Zero),
            LastUpdatedBefore = new DateTimeOffset(toUtc, TimeSpan.Zero),
            MarketplaceIds = [marketplaceId],
            IncludedData = IncludedData.ForImport,
            MaxResultsPerPage = PageSize
        };
        var client = await _clientProvider.GetClientAsync(account);
        await foreach (var order in TranslateAsync(account, client.Orders.ReadOrdersAsync(query, cancellationToken), marketplaceId, cancellationToken))
            yield return order;
    }

    public async IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersFromReportAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc,
        OrderReportProgress progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = await _clientProvider.GetClientAsync(account);
        // Both reports are requested (or taken from the saved progress) first, then produced at once. The shipping report
        // covers orders by the time they became payable: it reaches back a day so orders paid late are in it.
        var tracking = await RequestReportAsync(client, progress, ReportTypes.AllOrdersByLastUpdate, marketplaceId, fromUtc, toUtc, cancellationToken);
        var shipping = await RequestReportAsync(client, progress, ReportTypes.OrdersShipping, marketplaceId, fromUtc.AddDays(-1), toUtc, cancellationToken);
        var reports = await Task.WhenAll(
            ReadReportAsync(client, ReportTypes.AllOrdersByLastUpdate, tracking, cancellationToken),
            ReadReportAsync(client, ReportTypes.OrdersShipping, shipping, cancellationToken));
        var result = OrderReportParser.Parse(reports[0] ?? string.Empty, reports[1], marketplaceId);

        foreach (var error in result.Errors)
            await _syncErrorService.RecordAsync(account.Id, null, null, ImportErrorCodes.ReportRowInvalid,
                [error.RowNumber.ToString(CultureInfo.InvariantCulture), error.Message]);

        foreach (var order in result.Orders)
            yield return order;

        foreach (var orderId in result.OrderIdsToReread)
        {
            if (await GetOrderAsync(account, orderId, cancellationToken) is { } reread)
                yield return reread;
        }
    }

    public async Task<UnshippedOrdersPage?> GetUnshippedOrdersPageAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc,
        string? pageToken, int callsToLeave, CancellationToken cancellationToken)
    {
        var client = await _clientProvider.GetClientAsync(account);
        if (client.Orders.SearchOrdersCallsAvailable <= callsToLeave)
            return null;
        SearchOrdersResponse page;
        try
        {
            page = await client.Orders.SearchOrdersPageAsync(UnshippedQuery(marketplaceId, fromUtc, toUtc), pageToken, cancellationToken);
        }
        catch (SellingPartnerApiException exception) when (pageToken is not null && exception.StatusCode == HttpStatusCode.BadRequest)
        {
            // Amazon's pagination tokens expire after 24 hours: the window is read again from its first page.
            return new UnshippedOrdersPage([], null, TokenRefused: true);
        }
        catch (SellingPartnerApiException exception)
        {
            throw ToSourceException(exception, marketplaceId);
        }

        var orders = new List<AmazonOrderSnapshot>();
        foreach (var order in OrdersClient.NewestVersions(page.Orders))
        {
            // An order the import cannot read is the import's business (it set it aside); this read only looks for holds.
            try
            {
                orders.Add(SpApiOrderTranslator.Translate(order, marketplaceId));
            }
            catch (AmazonOrderMappingException)
            {
            }
        }
        return new UnshippedOrdersPage(orders, page.NextToken, TokenRefused: false);
    }

    private static SearchOrdersQuery UnshippedQuery(string marketplaceId, DateTime fromUtc, DateTime toUtc) => new()
    {
        LastUpdatedAfter = new DateTimeOffset(fromUtc, TimeSpan.Zero),
        LastUpdatedBefore = new DateTimeOffset(toUtc, TimeSpan.Zero),
        MarketplaceIds = [marketplaceId],
        FulfillmentStatuses = [FulfillmentStatuses.Unshipped, FulfillmentStatuses.PartiallyShipped],
        FulfilledBy = [FulfilledBy.Merchant],
        IncludedData = IncludedData.ForImport,
        MaxResultsPerPage = PageSize
    };

    /// <exception cref="AmazonOrderMappingException">Amazon's order does not fit the model or misses a field the import needs.</exception>
    public async Task<AmazonOrderSnapshot?> GetOrderAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken)
    {
        try
        {
            var order = await (await _clientProvider.GetClientAsync(account)).Orders.GetOrderAsync(amazonOrderId, IncludedData.ForImport, cancellationToken);
            return SpApiOrderTranslator.Translate(order, account.GetMarketplaceIds().FirstOrDefault() ?? string.Empty);
        }
        catch (SellingPartnerApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (UnreadableOrderException exception)
        {
            throw new AmazonOrderMappingException(ImportErrorCodes.InvalidField, amazonOrderId, exception.Unreadable.Field, exception.RequestId ?? "-")
            {
                Details = RequestDetails(exception)
            };
        }
        catch (SellingPartnerApiException exception)
        {
            throw ToSourceException(exception);
        }
    }

    /// <summary>The saved report of this type, or a newly requested one, saved before anything waits for it.</summary>
    private static async Task<string> RequestReportAsync(SellingPartnerApiClient client, OrderReportProgress progress, string reportType, string marketplaceId,
        DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        if (progress.ReportIdOf(reportType) is { } saved)
            return saved;
        try
        {
            var reportId = await client.Reports.CreateReportAsync(new CreateReportSpecification
            {
                ReportType = reportType,
                MarketplaceIds = [marketplaceId],
                DataStartTime = new DateTimeOffset(fromUtc, TimeSpan.Zero),
                DataEndTime = new DateTimeOffset(toUtc, TimeSpan.Zero)
            }, cancellationToken);
            await progress.SetReportIdAsync(reportType, reportId);
            return reportId;
        }
        catch (SellingPartnerApiException exception)
        {
            throw ToSourceException(exception);
        }
    }

    private static async Task<string?> ReadReportAsync(SellingPartnerApiClient client, string reportType, string reportId, CancellationToken cancellationToken)
    {
        try
        {
            var report = await client.Reports.WaitForReportAsync(reportId, _reportPollInterval, timeout: null, cancellationToken);

            // Amazon cancels a report that has no data.
            if (report.ProcessingStatus == ProcessingStatuses.Cancelled)
                return null;
            if (report.ProcessingStatus == ProcessingStatuses.Fatal || string.IsNullOrEmpty(report.ReportDocumentId))
                throw new AmazonOrderSourceException(ImportErrorCodes.ReportFailed, [reportType, report.ProcessingStatus ?? "-"], $"report {report.ReportId}");
            var document = await client.Reports.DownloadReportAsync(report, cancellationToken);
            try
            {
                return document.GetText();
            }
            catch (InvalidDataException exception)
            {
                // The client's own words (charset, byte position, GZIP): no document content.
                throw new AmazonOrderSourceException(ImportErrorCodes.DocumentUnreadable, [reportType, exception.Message], $"report {report.ReportId}");
            }
        }
        catch (SellingPartnerApiException exception)
        {
            throw ToSourceException(exception);
        }
        catch (TimeoutException exception)
        {
            throw new AmazonOrderSourceException(ImportErrorCodes.ReportTimedOut, [reportType], null, exception);
        }
    }

    private async IAsyncEnumerable<AmazonOrderSnapshot> TranslateAsync(AmazonAccount account, IAsyncEnumerable<SearchOrdersEntry> entries, string marketplaceId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var enumerator = entries.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync())
                    yield break;
            }
            catch (SellingPartnerApiException exception)
            {
                throw ToSourceException(exception, marketplaceId);
            }

            // One bad order never blocks the others: it is set aside (Failed, with a sync error naming the field) and
            // read again when Amazon changes it or on Retry.
            var entry = enumerator.Current;
            AmazonOrderSnapshot? snapshot = null;
            AmazonOrderMappingException? failure;
            if (entry.Unreadable is { } unreadable)
            {
                failure = new AmazonOrderMappingException(ImportErrorCodes.InvalidField, unreadable.OrderId ?? $"#{unreadable.Position + 1} of a searchOrders page", unreadable.Field, "-");
            }
            else
            {
                try
                {
                    snapshot = SpApiOrderTranslator.Translate(entry.Order!, marketplaceId);
                    failure = null;
                }
                catch (AmazonOrderMappingException exception)
                {
                    failure = exception;
                }
            }

            if (failure is not null)
            {
                var orderId = entry.Unreadable?.OrderId ?? (string.IsNullOrWhiteSpace(entry.Order?.OrderId) ? null : entry.Order.OrderId.Trim());
                await _failureRecorder.FailAsync(account, orderId, marketplaceId, failure);
                continue;
            }

            yield return snapshot!;
        }
    }

    private static string? RequestDetails(SellingPartnerApiException exception) =>
        exception.RequestId is null ? null : $"Amazon request ID {exception.RequestId}";

    /// <summary>
    /// Amazon's failure as a code with arguments: the operation, HTTP status and Amazon's error code, the request ID in
    /// the details. Amazon's error message is never copied: it may echo buyer data or the credentials sent.
    /// </summary>
    private static AmazonOrderSourceException ToSourceException(SellingPartnerApiException exception, string marketplaceId = "-")
    {
        var status = exception.StatusCode is { } code ? ((int)code).ToString(CultureInfo.InvariantCulture) : "no response";
        var details = RequestDetails(exception);
        return exception switch
        {
            LwaAuthorizationException lwa => new AmazonOrderSourceException(ImportErrorCodes.CredentialsRejected, [lwa.LwaError], details, exception),
            { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } => new AmazonOrderSourceException(ImportErrorCodes.AccessDenied,
                [exception.Operation, exception.ErrorCode ?? status], details, exception),
            SearchOrdersPagingException paging => new AmazonOrderSourceException(ImportErrorCodes.PagingStopped,
                [marketplaceId, $"{paging.Pages} page(s) for the window {paging.Window}"], details, paging),
            { IsThrottled: true } => new AmazonOrderSourceException(ImportErrorCodes.Throttled,
                [exception.Operation, exception.Attempts.ToString(CultureInfo.InvariantCulture)], details, exception),
            _ => new AmazonOrderSourceException(ImportErrorCodes.AmazonError, [exception.Operation, status, exception.ErrorCode ?? "-"], details, exception)
        };
    }
}
