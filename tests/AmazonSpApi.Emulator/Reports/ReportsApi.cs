namespace AmazonSpApi.Emulator;

/// <summary>Reports API 2021-06-30 (createReport, getReport, getReports, cancelReport, getReportDocument).</summary>
internal static class ReportsApi
{
    public static void Register(Router router)
    {
        router.Add(new Operation("createReport", "POST", "/reports/2021-06-30/reports", CreateReport));
        router.Add(new Operation("getReports", "GET", "/reports/2021-06-30/reports", GetReports));
        router.Add(new Operation("getReport", "GET", "/reports/2021-06-30/reports/{reportId}", GetReport));
        router.Add(new Operation("cancelReport", "DELETE", "/reports/2021-06-30/reports/{reportId}", CancelReport));
        router.Add(new Operation("getReportDocument", "GET", "/reports/2021-06-30/documents/{reportDocumentId}", GetReportDocument,
            ctx => ctx.Core.State.DocumentMap.TryGetValue(ctx["reportDocumentId"], out var doc) && doc.Restricted));
    }

    private sealed record CreateReportSpecification(string? ReportType, string[]? MarketplaceIds, string? DataStartTime, string? DataEndTime, Dictionary<string, string>? ReportOptions);

    private sealed record CreateReportResponse(string ReportId);

    private sealed record ReportDto(string[] MarketplaceIds, string ReportId, string ReportType, string? DataStartTime, string? DataEndTime,
        string CreatedTime, string ProcessingStatus, string? ProcessingStartTime, string? ProcessingEndTime, string? ReportDocumentId);

    private sealed record GetReportsResponse(ReportDto[] Reports, string? NextToken);

    private sealed record ReportDocumentDto(string ReportDocumentId, string Url, string? CompressionAlgorithm);

    private static EmulatorResponse CreateReport(RequestContext ctx)
    {
        var spec = FeedsApi.Read<CreateReportSpecification>(ctx);
        if (spec is null || string.IsNullOrEmpty(spec.ReportType) || spec.MarketplaceIds is not { Length: > 0 })
            return EmulatorResponse.InvalidInput("Invalid input", "reportType and marketplaceIds are required.");
        if (spec.ReportType == ReportTypes.Settlement)
            return EmulatorResponse.InvalidInput("Invalid input", "Settlement reports cannot be requested; Amazon generates them. Find them with getReports(reportTypes=GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2).");
        if (!ReportTypes.Requestable.Contains(spec.ReportType))
            return EmulatorResponse.InvalidInput("Invalid input", $"Report type {spec.ReportType} is not supported by the emulator (supported: {string.Join(", ", ReportTypes.Requestable)}).");
        if (spec.MarketplaceIds.FirstOrDefault(m => ctx.Core.State.Marketplaces.All(k => k.Id != m)) is { } bad)
            return EmulatorResponse.InvalidInput("Invalid input", $"Invalid marketplaceId '{bad}'.");

        DateTimeOffset? start = null, end = null;
        if (spec.DataStartTime is not null)
        {
            if (!EmulatorJson.TryParseTimestamp(spec.DataStartTime, out var s))
                return EmulatorResponse.InvalidInput("Invalid input", "dataStartTime is not a valid ISO 8601 date-time.");
            start = s;
        }

        if (spec.DataEndTime is not null)
        {
            if (!EmulatorJson.TryParseTimestamp(spec.DataEndTime, out var e))
                return EmulatorResponse.InvalidInput("Invalid input", "dataEndTime is not a valid ISO 8601 date-time.");
            end = e;
        }

        if (start > (end ?? ctx.Now))
            return EmulatorResponse.InvalidInput("Invalid input", "dataStartTime must be before dataEndTime.");
        if (start > ctx.Now)
            return EmulatorResponse.InvalidInput("Invalid input", "dataStartTime must not be in the future.");

        var report = ctx.Core.Reports.Create(spec.ReportType, spec.MarketplaceIds, start, end, ctx.Now);
        return EmulatorResponse.Json(202, new CreateReportResponse(report.ReportId));
    }

    private static EmulatorResponse GetReport(RequestContext ctx)
    {
        var report = ctx.Core.State.FindReport(ctx["reportId"]);
        return report is null
            ? EmulatorResponse.NotFound("Resource not found.", $"Report {ctx["reportId"]} does not exist.")
            : EmulatorResponse.Json(200, Map(report));
    }

    private static EmulatorResponse CancelReport(RequestContext ctx)
    {
        var report = ctx.Core.State.FindReport(ctx["reportId"]);
        if (report is null)
            return EmulatorResponse.NotFound("Resource not found.", $"Report {ctx["reportId"]} does not exist.");
        if (report.ProcessingStatus != ProcessingStatuses.InQueue)
            return EmulatorResponse.InvalidInput("Invalid input", $"Report {report.ReportId} is {report.ProcessingStatus}; only IN_QUEUE reports can be cancelled.");
        report.ProcessingStatus = ProcessingStatuses.Cancelled;
        return EmulatorResponse.Empty(200);
    }

    private static EmulatorResponse GetReports(RequestContext ctx)
    {
        var (filter, offset, error) = ListQuery.Resolve(ctx, "reportTypes");
        if (error is not null)
            return error;
        var (page, next) = ListQuery.Page(ctx, filter!, offset, ctx.Core.State.ReportList,
            r => (r.ReportType, r.ProcessingStatus, r.MarketplaceIds, r.CreatedTime, r.ReportId), Map);
        return EmulatorResponse.Json(200, new GetReportsResponse(page, next));
    }

    private static EmulatorResponse GetReportDocument(RequestContext ctx)
    {
        if (!ctx.Core.State.DocumentMap.TryGetValue(ctx["reportDocumentId"], out var doc) || doc.Kind != "report")
            return EmulatorResponse.NotFound("Resource not found.", $"Report document {ctx["reportDocumentId"]} does not exist.");
        var encodingHeader = ctx.Query.Get("enableContentEncodingUrlHeader") == "true";
        return EmulatorResponse.Json(200, new ReportDocumentDto(doc.DocumentId, ctx.Core.Documents.PresignedUrl(doc, ctx.Now, encodingHeader), doc.Compress ? "GZIP" : null));
    }

    private static ReportDto Map(EmulatedReport r) => new(r.MarketplaceIds, r.ReportId, r.ReportType, EmulatorJson.Timestamp(r.DataStartTime),
        EmulatorJson.Timestamp(r.DataEndTime), EmulatorJson.Timestamp(r.CreatedTime), r.ProcessingStatus, EmulatorJson.Timestamp(r.ProcessingStartTime),
        EmulatorJson.Timestamp(r.ProcessingEndTime), r.ReportDocumentId);
}
