using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>getReports(reportTypes=GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2, processingStatuses=DONE), then the document.</summary>
public class SpApiSettlementReportSource : ISettlementReportSource
{
    private readonly AmazonClientProvider _clientProvider;

    public SpApiSettlementReportSource(AmazonClientProvider clientProvider)
    {
        _clientProvider = clientProvider;
    }

    public async Task<IReadOnlyList<SettlementReportInfo>> ListAsync(AmazonAccount account, DateTime sinceUtc, CancellationToken cancellationToken)
    {
        var reports = new List<SettlementReportInfo>();
        try
        {
            var query = new GetReportsQuery
            {
                ReportTypes = [ReportTypes.SettlementFlatFileV2],
                ProcessingStatuses = [ProcessingStatuses.Done],
                PageSize = 100,
                CreatedSince = new DateTimeOffset(sinceUtc, TimeSpan.Zero)
            };
            var client = await _clientProvider.GetClientAsync(account);
            await foreach (var report in client.Reports.GetReportsAsync(query, cancellationToken))
            {
                if (report.ReportType == ReportTypes.SettlementFlatFileV2 && !string.IsNullOrEmpty(report.ReportDocumentId))
                    reports.Add(new SettlementReportInfo(report.ReportId, report.CreatedTime.UtcDateTime, report.MarketplaceIds ?? []));
            }
        }
        catch (SellingPartnerApiException exception)
        {
            throw new SettlementReportException($"Amazon error {(int?)exception.StatusCode}", exception);
        }

        return reports.OrderBy(r => r.CreatedUtc).ToList();
    }

    public async Task<string> DownloadAsync(AmazonAccount account, string reportId, CancellationToken cancellationToken)
    {
        try
        {
            var client = await _clientProvider.GetClientAsync(account);
            var report = await client.Reports.GetReportAsync(reportId, cancellationToken);
            return (await client.Reports.DownloadReportAsync(report, cancellationToken)).GetText();
        }
        catch (SellingPartnerApiException exception)
        {
            throw new SettlementReportException($"Amazon error {(int?)exception.StatusCode}", exception);
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException)
        {
            throw new SettlementReportException(exception.Message, exception);
        }
    }
}
