using System.Runtime.CompilerServices;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Tokens;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;

/// <summary>Reports API 2021-06-30: request, poll, list and download reports.</summary>
public sealed class ReportsClient
{
    private readonly SpApiPipeline _pipeline;
    private readonly DocumentTransfer _documents;
    private readonly TokensClient _tokens;
    private readonly SellingPartnerApiOptions _options;

    internal ReportsClient(SpApiPipeline pipeline, DocumentTransfer documents, TokensClient tokens, SellingPartnerApiOptions options)
    {
        _pipeline = pipeline;
        _documents = documents;
        _tokens = tokens;
        _options = options;
    }

    /// <summary>Requests a report; returns its ID.</summary>
    public async Task<string> CreateReportAsync(CreateReportSpecification specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (string.IsNullOrWhiteSpace(specification.ReportType) || specification.MarketplaceIds.Count == 0)
            throw new ArgumentException("createReport needs a report type and at least one marketplace ID.", nameof(specification));

        var request = new SpApiRequest(SpApiOperations.CreateReport).WithBody(specification);
        var response = await _pipeline.SendAsync<CreateReportResponse>(request, cancellationToken).ConfigureAwait(false);
        return response.ReportId;
    }

    public Task<Report> GetReportAsync(string reportId, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<Report>(new SpApiRequest(SpApiOperations.GetReport).WithPath("reportId", reportId), cancellationToken);

    /// <summary>One page of getReports: the filters for the first page, or only <paramref name="nextToken"/> after it.</summary>
    public Task<GetReportsResponse> GetReportsPageAsync(GetReportsQuery? query, string? nextToken, CancellationToken cancellationToken)
    {
        var request = new SpApiRequest(SpApiOperations.GetReports);
        if (nextToken is not null)
        {
            request.WithQuery("nextToken", nextToken);
        }
        else if (query is not null)
        {
            request.WithQuery("reportTypes", query.ReportTypes)
                .WithQuery("processingStatuses", query.ProcessingStatuses)
                .WithQuery("marketplaceIds", query.MarketplaceIds)
                .WithQuery("pageSize", query.PageSize)
                .WithQuery("createdSince", query.CreatedSince)
                .WithQuery("createdUntil", query.CreatedUntil);
        }

        return _pipeline.SendAsync<GetReportsResponse>(request, cancellationToken);
    }

    /// <summary>Every report matching the filters, following next tokens.</summary>
    public async IAsyncEnumerable<Report> GetReportsAsync(GetReportsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var page = await GetReportsPageAsync(query, token, cancellationToken).ConfigureAwait(false);
            foreach (var report in page.Reports)
                yield return report;
            token = string.IsNullOrEmpty(page.NextToken) || page.NextToken == token ? null : page.NextToken;
        }
        while (token is not null);
    }

    /// <summary>getReportDocument; pass a Restricted Data Token for restricted report types (see <see cref="ReportTypes.IsRestricted"/>).</summary>
    public Task<ReportDocument> GetReportDocumentAsync(string reportDocumentId, string? restrictedDataToken, CancellationToken cancellationToken) =>
        _pipeline.SendAsync<ReportDocument>(
            new SpApiRequest(SpApiOperations.GetReportDocument).WithPath("reportDocumentId", reportDocumentId).WithRestrictedDataToken(restrictedDataToken),
            cancellationToken);

    /// <summary>Downloads a report document (gunzipped when compressed).</summary>
    public Task<SpApiDocument> DownloadReportDocumentAsync(ReportDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _documents.DownloadAsync(document.ReportDocumentId, document.Url, document.CompressionAlgorithm, cancellationToken);
    }

    /// <summary>Gets the document of a report (with a Restricted Data Token when the type needs one) and downloads it.</summary>
    public async Task<SpApiDocument> DownloadReportAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrEmpty(report.ReportDocumentId))
            throw new InvalidOperationException($"Report {report.ReportId} has no document (status {report.ProcessingStatus}).");

        string? rdt = null;
        if (ReportTypes.IsRestricted(report.ReportType))
        {
            var path = SpApiOperations.GetReportDocument.PathTemplate.Replace("{reportDocumentId}", report.ReportDocumentId, StringComparison.Ordinal);
            rdt = (await _tokens.CreateRestrictedDataTokenAsync("GET", path, null, cancellationToken).ConfigureAwait(false)).RestrictedDataToken;
        }

        var document = await GetReportDocumentAsync(report.ReportDocumentId, rdt, cancellationToken).ConfigureAwait(false);
        return await DownloadReportDocumentAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls getReport every <paramref name="pollInterval"/> until the report is DONE, CANCELLED or FATAL.</summary>
    /// <exception cref="TimeoutException">The report did not finish within <paramref name="timeout"/>.</exception>
    public Task<Report> WaitForReportAsync(string reportId, TimeSpan? pollInterval, TimeSpan? timeout, CancellationToken cancellationToken) =>
        Polling.UntilAsync(
            ct => GetReportAsync(reportId, ct),
            report => report.IsFinished,
            pollInterval ?? _options.PollInterval,
            timeout ?? _options.PollTimeout,
            _pipeline.Sender.Time,
            $"Report {reportId}",
            cancellationToken);

    /// <summary>Requests a report, waits until it finishes and downloads its document.</summary>
    public async Task<ReportResult> RunReportAsync(CreateReportSpecification specification, TimeSpan? pollInterval, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var reportId = await CreateReportAsync(specification, cancellationToken).ConfigureAwait(false);
        var report = await WaitForReportAsync(reportId, pollInterval, timeout, cancellationToken).ConfigureAwait(false);
        if (report.ProcessingStatus == ProcessingStatuses.Cancelled || string.IsNullOrEmpty(report.ReportDocumentId))
            return new ReportResult(report, null);

        var document = await DownloadReportAsync(report, cancellationToken).ConfigureAwait(false);
        return new ReportResult(report, document);
    }
}
