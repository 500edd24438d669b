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
/// merged; orders named by a bad report row are read one by one, and each bad row is a sync error.
/// Amazon's failures become <see cref="AmazonOrderSourceException"/> with an actionable message.
/// </summary>
public class SpApiOrderSource : IAmazonOrderSource
{
    private const int PageSize = 100;

    // Order reports take minutes; polling every minute costs a few getReport calls per report.
    private static readonly TimeSpan _reportPollInterval = TimeSpan.FromMinutes(1);

    private readonly AmazonClientProvider _clientProvider;
    private readonly AmazonSyncErrorService _syncErrorService;

    public SpApiOrderSource(AmazonClientProvider clientProvider, AmazonSyncErrorService syncErrorService)
    {
        _clientProvider = clientProvider;
        _syncErrorService = syncErrorService;
    }

    public IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var query = new SearchOrdersQuery
        {
            LastUpdatedAfter = new DateTimeOffset(fromUtc, TimeSpan.Zero),
            LastUpdatedBefore = new DateTimeOffset(toUtc, TimeSpan.Zero),
            MarketplaceIds = [marketplaceId],
            IncludedData = IncludedData.ForImport,
            MaxResultsPerPage = PageSize
        };
        return TranslateAsync(account, _clientProvider.GetClient(account).Orders.SearchOrdersAsync(query, cancellationToken), marketplaceId, cancellationToken);
    }

    public async IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersFromReportAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = _clientProvider.GetClient(account);
        // Both reports are produced at once. The shipping report covers orders by the time they became payable:
        // it reaches back a day so orders paid late are in it.
        var reports = await Task.WhenAll(
            RunReportAsync(client, ReportTypes.AllOrdersByLastUpdate, marketplaceId, fromUtc, toUtc, cancellationToken),
            RunReportAsync(client, ReportTypes.OrdersShipping, marketplaceId, fromUtc.AddDays(-1), toUtc, cancellationToken));
        var result = OrderReportParser.Parse(reports[0] ?? string.Empty, reports[1], marketplaceId);

        foreach (var error in result.Errors)
            await _syncErrorService.RecordAsync(account.Id, null, null, AmazonSyncErrorKind.MalformedData, $"Order report row {error.RowNumber}: {error.Message}");

        foreach (var order in result.Orders)
            yield return order;

        foreach (var orderId in result.OrderIdsToReread)
        {
            if (await GetOrderAsync(account, orderId, cancellationToken) is { } reread)
                yield return reread;
        }
    }

    public async Task<AmazonOrderSnapshot?> GetOrderAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken)
    {
        try
        {
            var order = await _clientProvider.GetClient(account).Orders.GetOrderAsync(amazonOrderId, IncludedData.ForImport, cancellationToken);
            return SpApiOrderTranslator.Translate(order, account.GetMarketplaceIds().FirstOrDefault() ?? string.Empty);
        }
        catch (SellingPartnerApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (SellingPartnerApiException exception)
        {
            throw ToSourceException(exception);
        }
    }

    private static async Task<string?> RunReportAsync(SellingPartnerApiClient client, string reportType, string marketplaceId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.Reports.RunReportAsync(new CreateReportSpecification
            {
                ReportType = reportType,
                MarketplaceIds = [marketplaceId],
                DataStartTime = new DateTimeOffset(fromUtc, TimeSpan.Zero),
                DataEndTime = new DateTimeOffset(toUtc, TimeSpan.Zero)
            }, _reportPollInterval, timeout: null, cancellationToken);

            // Amazon cancels a report that has no data.
            if (result.Report.ProcessingStatus == ProcessingStatuses.Cancelled)
                return null;
            if (result.Report.ProcessingStatus == ProcessingStatuses.Fatal || result.Document is null)
                throw new AmazonOrderSourceException(AmazonSyncErrorKind.AmazonApiError,
                    $"Amazon could not produce the {reportType} report (status {result.Report.ProcessingStatus}). The download will be tried again in the next run.");
            return result.Document.GetText();
        }
        catch (SellingPartnerApiException exception)
        {
            throw ToSourceException(exception);
        }
        catch (TimeoutException exception)
        {
            throw new AmazonOrderSourceException(AmazonSyncErrorKind.AmazonApiError,
                $"Amazon did not finish the {reportType} report in time. The download will be tried again in the next run.", exception);
        }
    }

    private async IAsyncEnumerable<AmazonOrderSnapshot> TranslateAsync(AmazonAccount account, IAsyncEnumerable<Order> orders, string marketplaceId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var enumerator = orders.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync())
                    yield break;
            }
            catch (SellingPartnerApiException exception)
            {
                throw ToSourceException(exception);
            }

            AmazonOrderSnapshot snapshot;
            try
            {
                snapshot = SpApiOrderTranslator.Translate(enumerator.Current, marketplaceId);
            }
            catch (FormatException exception)
            {
                // Recorded with the order ID so the admin can import it by ID once Amazon's data is sound.
                await _syncErrorService.RecordAsync(account.Id, null, enumerator.Current.OrderId, AmazonSyncErrorKind.MalformedData, exception.Message);
                continue;
            }

            yield return snapshot;
        }
    }

    private static AmazonOrderSourceException ToSourceException(SellingPartnerApiException exception) => exception switch
    {
        LwaAuthorizationException lwa => new AmazonOrderSourceException(AmazonSyncErrorKind.InvalidCredentials,
            $"Login with Amazon refused the account's credentials ({lwa.LwaError}). {exception.Message}", exception),
        { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } => new AmazonOrderSourceException(AmazonSyncErrorKind.InvalidCredentials,
            $"Amazon denied access ({exception.ErrorCode}, request {exception.RequestId}). Check that the app is authorised for this seller and has the Orders role. {exception.Message}", exception),
        SearchOrdersPagingException paging => new AmazonOrderSourceException(AmazonSyncErrorKind.AmazonApiError, paging.Message, paging),
        { IsThrottled: true } => new AmazonOrderSourceException(AmazonSyncErrorKind.Throttled,
            $"Amazon kept throttling {exception.Operation} after {exception.Attempts} attempts. The download continues in the next run.", exception),
        _ => new AmazonOrderSourceException(AmazonSyncErrorKind.AmazonApiError,
            $"Amazon answered {exception.Operation} with {(int?)exception.StatusCode} {exception.ErrorCode} (request {exception.RequestId}): {exception.Message}", exception)
    };
}
