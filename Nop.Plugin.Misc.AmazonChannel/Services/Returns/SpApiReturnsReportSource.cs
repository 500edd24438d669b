using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE through the Reports API (createReport, poll, download).</summary>
public class SpApiReturnsReportSource : IReturnsReportSource
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromSeconds(15);
    private readonly AmazonClientProvider _clientProvider;

    public SpApiReturnsReportSource(AmazonClientProvider clientProvider)
    {
        _clientProvider = clientProvider;
    }

    public async Task<string?> GetReturnsReportAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        try
        {
            var result = await (await _clientProvider.GetClientAsync(account)).Reports.RunReportAsync(new CreateReportSpecification
            {
                ReportType = ReportTypes.ReturnsFlatFile,
                MarketplaceIds = [marketplaceId],
                DataStartTime = new DateTimeOffset(fromUtc, TimeSpan.Zero),
                DataEndTime = new DateTimeOffset(toUtc, TimeSpan.Zero)
            }, _pollInterval, timeout: null, cancellationToken);

            if (result.Report.ProcessingStatus == ProcessingStatuses.Cancelled)
                return null;
            if (result.Document is null || !result.IsDone)
                throw new ReturnsReportException($"report status {result.Report.ProcessingStatus}");
            return result.Document.GetText();
        }
        catch (SellingPartnerApiException exception)
        {
            throw new ReturnsReportException($"Amazon error {(int?)exception.StatusCode}", exception);
        }
        catch (TimeoutException exception)
        {
            throw new ReturnsReportException("the report was not finished in time", exception);
        }
        catch (InvalidDataException exception)
        {
            throw new ReturnsReportException(exception.Message, exception);
        }
    }
}
