namespace AmazonSpApi.Emulator;

/// <summary>Filter of getFeeds / getReports (types, processingStatuses, marketplaceIds, pageSize, createdSince, createdUntil).</summary>
internal sealed record ListFilter(string[] Types, string[]? Statuses, string[]? Marketplaces, int PageSize, DateTimeOffset Since, DateTimeOffset Until)
{
    public bool Matches(string type, string status, string[] marketplaceIds, DateTimeOffset created) =>
        Types.Contains(type)
        && (Statuses is null || Statuses.Contains(status))
        && (Marketplaces is null || Marketplaces.Any(marketplaceIds.Contains))
        && created >= Since && created <= Until;
}

/// <summary>
/// Parses getFeeds / getReports queries. Either the types parameter or nextToken is required; nextToken must be the
/// only parameter ("Specifying nextToken with any other parameters will cause the request to fail").
/// </summary>
internal static class ListQuery
{
    public static (ListFilter? Filter, int Offset, EmulatorResponse? Error) Resolve(RequestContext ctx, string typesName)
    {
        var q = ctx.Query;
        if (q.Get("nextToken") is { } token)
        {
            if (q.Names.Any(n => n != "nextToken"))
                return Fail("nextToken must be the only parameter when it is specified.");
            var found = ctx.Core.Pages.FindListToken(token);
            if (found is null)
                return Fail("The nextToken is invalid.");
            if (ctx.Now > found.Value.ExpiresAt)
                return Fail("The nextToken has expired.");
            return (found.Value.Filter, found.Value.Offset, null);
        }

        var types = q.GetList(typesName);
        if (types is not { Length: > 0 })
            return Fail($"Either {typesName} or nextToken is required.");
        if (types.Length > 10)
            return Fail($"{typesName} accepts at most 10 values.");
        var statuses = q.GetList("processingStatuses");
        if (statuses?.FirstOrDefault(s => !ProcessingStatuses.All.Contains(s)) is { } badStatus)
            return Fail($"'{badStatus}' is not a valid processingStatuses value.");
        var marketplaces = q.GetList("marketplaceIds");
        if (marketplaces is { Length: > 10 })
            return Fail("marketplaceIds accepts at most 10 values.");
        var pageSize = 10;
        if (q.Get("pageSize") is { } sizeText && (!int.TryParse(sizeText, out pageSize) || pageSize is < 1 or > 100))
            return Fail("pageSize must be an integer between 1 and 100.");
        var since = ctx.Now.AddDays(-90);
        if (q.Get("createdSince") is { } sinceText && !EmulatorJson.TryParseTimestamp(sinceText, out since))
            return Fail("createdSince is not a valid ISO 8601 date-time.");
        var until = ctx.Now;
        if (q.Get("createdUntil") is { } untilText && !EmulatorJson.TryParseTimestamp(untilText, out until))
            return Fail("createdUntil is not a valid ISO 8601 date-time.");
        if (since > until)
            return Fail("createdSince must be before createdUntil.");
        return (new ListFilter(types, statuses, marketplaces, pageSize, since, until), 0, null);
    }

    /// <summary>
    /// One page of getFeeds / getReports: the items the filter matches, newest first, and the nextToken of the rest.
    /// </summary>
    public static (TResult[] Page, string? NextToken) Page<TItem, TResult>(RequestContext ctx, ListFilter filter, int offset, IEnumerable<TItem> items,
        Func<TItem, (string Type, string Status, string[] MarketplaceIds, DateTimeOffset Created, string Id)> describe, Func<TItem, TResult> map)
    {
        var matches = items
            .Select(item => (Item: item, Info: describe(item)))
            .Where(x => filter.Matches(x.Info.Type, x.Info.Status, x.Info.MarketplaceIds, x.Info.Created))
            .OrderByDescending(x => x.Info.Created).ThenByDescending(x => x.Info.Id, StringComparer.Ordinal)
            .Select(x => x.Item).ToArray();
        var page = matches.Skip(offset).Take(filter.PageSize).Select(map).ToArray();
        var next = offset + page.Length < matches.Length ? ctx.Core.Pages.IssueListToken(filter, offset + page.Length, ctx.Now) : null;
        return (page, next);
    }

    private static (ListFilter?, int, EmulatorResponse?) Fail(string details) =>
        (null, 0, EmulatorResponse.InvalidInput("Invalid input", details));
}
