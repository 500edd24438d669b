using System.Text.RegularExpressions;

namespace AmazonSpApi.Emulator;

/// <summary>Orders API v2026-01-01: searchOrders and getOrder.</summary>
internal static partial class OrdersApi
{
    private static readonly string[] SearchFilterNames =
        ["createdAfter", "createdBefore", "lastUpdatedAfter", "lastUpdatedBefore", "fulfillmentStatuses", "marketplaceIds", "fulfilledBy"];

    public static void Register(Router router)
    {
        router.Add(new Operation("searchOrders", "GET", "/orders/2026-01-01/orders", SearchOrders));
        router.Add(new Operation("getOrder", "GET", "/orders/2026-01-01/orders/{orderId}", GetOrder));
    }

    [GeneratedRegex(@"^\w{3}-\w{7}-\w{7}$")]
    internal static partial Regex OrderIdPattern();

    private static EmulatorResponse GetOrder(RequestContext ctx)
    {
        var orderId = ctx["orderId"];
        if (!OrderIdPattern().IsMatch(orderId))
            return EmulatorResponse.InvalidInput("Invalid Input", $"'{orderId}' is not a valid Amazon order id (expected 3-7-7 characters).");
        if (!TryIncludedData(ctx.Query, out var included, out var error))
            return error!;
        if (!ctx.Core.State.OrderMap.TryGetValue(orderId, out var order))
            return EmulatorResponse.NotFound("Order not found.", $"No order {orderId} exists for this seller.");
        return EmulatorResponse.Json(200, new GetOrderResponseDto(OrderJson.Map(order, included)));
    }

    private static EmulatorResponse SearchOrders(RequestContext ctx)
    {
        var q = ctx.Query;
        if (!TryIncludedData(q, out var included, out var error))
            return error!;
        var pageSize = 100;
        if (q.Get("maxResultsPerPage") is { } sizeText && (!int.TryParse(sizeText, out pageSize) || pageSize is < 1 or > 100))
            return EmulatorResponse.InvalidInput("Invalid Input", "maxResultsPerPage must be an integer between 1 and 100.");

        var filterKey = q.Canonical(SearchFilterNames.Where(q.Has));
        var core = ctx.Core;
        if (q.Get("paginationToken") is { } token)
        {
            var position = core.Pages.Find(token);
            if (position is null)
                return EmulatorResponse.InvalidInput("Invalid Input", "The paginationToken is invalid.");
            if (ctx.Now > position.Cursor.ExpiresAt)
                return EmulatorResponse.InvalidInput("Invalid Input", "The paginationToken has expired; tokens expire after 24 hours.");
            if (position.Cursor.FilterKey != filterKey)
                return EmulatorResponse.InvalidInput("Invalid Input", "All parameters except maxResultsPerPage and includedData must have the same values as in the request that returned the paginationToken.");

            var calls = core.Faults.Calls("searchOrders");
            if (core.Faults.Decide("repeatedPage", "searchOrders", calls, core.Options.Faults.RepeatedPage) && position.PreviousOffset < position.Offset)
                return Page(ctx, position.Cursor, position.PreviousOffset, position.Offset - position.PreviousOffset, included, token);
            return Page(ctx, position.Cursor, position.Offset, pageSize, included, null);
        }

        if (!TryBuildCursor(ctx, filterKey, out var cursor, out error))
            return error!;
        return Page(ctx, cursor!, 0, pageSize, included, null);
    }

    private static EmulatorResponse Page(RequestContext ctx, SearchCursor cursor, int offset, int pageSize, ISet<string> included, string? forcedNextToken)
    {
        var ids = cursor.OrderIds.Skip(offset).Take(pageSize).ToArray();
        var orders = ids.Select(id => OrderJson.Map(ctx.Core.State.OrderMap[id], included)).ToArray();
        var end = offset + ids.Length;
        PaginationDto? pagination = null;
        if (forcedNextToken is not null)
            pagination = new PaginationDto(forcedNextToken);
        else if (end < cursor.OrderIds.Length)
            pagination = new PaginationDto(ctx.Core.Pages.Issue(cursor, end, offset));
        return EmulatorResponse.Json(200, new SearchOrdersResponseDto(orders, pagination,
            cursor.BeforeName == "lastUpdatedBefore" ? cursor.BeforeValue : null,
            cursor.BeforeName == "createdBefore" ? cursor.BeforeValue : null));
    }

    private static bool TryBuildCursor(RequestContext ctx, string filterKey, out SearchCursor? cursor, out EmulatorResponse? error)
    {
        cursor = null;
        var q = ctx.Query;
        var now = ctx.Now;
        var hasCreated = q.Has("createdAfter");
        var hasUpdated = q.Has("lastUpdatedAfter");
        if (hasCreated == hasUpdated)
            return Fail("Exactly one of createdAfter and lastUpdatedAfter must be provided.", out error);
        if (hasCreated && q.Has("lastUpdatedBefore"))
            return Fail("lastUpdatedBefore cannot be combined with createdAfter.", out error);
        if (hasUpdated && q.Has("createdBefore"))
            return Fail("createdBefore cannot be combined with lastUpdatedAfter.", out error);

        var prefix = hasCreated ? "created" : "lastUpdated";
        if (!EmulatorJson.TryParseTimestamp(q.Get(prefix + "After"), out var after))
            return Fail($"{prefix}After is not a valid ISO 8601 date-time.", out error);
        var latestBefore = now.AddMinutes(-2);
        var before = latestBefore;
        if (q.Get(prefix + "Before") is { } beforeText)
        {
            if (!EmulatorJson.TryParseTimestamp(beforeText, out before))
                return Fail($"{prefix}Before is not a valid ISO 8601 date-time.", out error);
            if (before > latestBefore)
                return Fail($"{prefix}Before must be at least two minutes before the time of the request.", out error);
            if (before < after)
                return Fail($"{prefix}Before must be equal to or after {prefix}After.", out error);
        }

        if (after > now)
            return Fail($"{prefix}After must not be in the future.", out error);

        var statuses = q.GetList("fulfillmentStatuses");
        if (statuses?.FirstOrDefault(s => !FulfillmentStatuses.All.Contains(s)) is { } badStatus)
            return Fail($"'{badStatus}' is not a valid fulfillmentStatuses value.", out error);
        var fulfilledBy = q.GetList("fulfilledBy");
        if (fulfilledBy?.FirstOrDefault(s => s is not ("MERCHANT" or "AMAZON")) is { } badChannel)
            return Fail($"'{badChannel}' is not a valid fulfilledBy value.", out error);
        var marketplaces = q.GetList("marketplaceIds");
        if (marketplaces is { Length: > 50 })
            return Fail("marketplaceIds accepts at most 50 values.", out error);
        if (marketplaces?.FirstOrDefault(m => ctx.Core.State.Marketplaces.All(k => k.Id != m)) is { } badMarket)
            return Fail($"Invalid marketplaceId '{badMarket}': the seller does not participate in it.", out error);

        var matches = ctx.Core.State.OrderList.Where(o =>
        {
            var t = hasCreated ? o.CreatedTime : o.LastUpdatedTime;
            return t >= after && t <= before
                && (statuses is null || statuses.Contains(o.Status))
                && (fulfilledBy is null || fulfilledBy.Contains(o.FulfilledBy))
                && (marketplaces is null || marketplaces.Contains(o.MarketplaceId));
        });
        var ordered = hasCreated
            ? matches.OrderBy(o => o.CreatedTime).ThenBy(o => o.OrderId, StringComparer.Ordinal)
            : matches.OrderBy(o => o.LastUpdatedTime).ThenBy(o => o.OrderId, StringComparer.Ordinal);

        cursor = new SearchCursor
        {
            FilterKey = filterKey,
            OrderIds = ordered.Select(o => o.OrderId).ToArray(),
            ExpiresAt = now + PaginationCursors.Lifetime,
            BeforeName = prefix + "Before",
            BeforeValue = EmulatorJson.Timestamp(before),
        };
        error = null;
        return true;
    }

    private static bool TryIncludedData(QueryParameters q, out ISet<string> included, out EmulatorResponse? error)
    {
        var values = q.GetList("includedData") ?? [];
        included = new HashSet<string>(values, StringComparer.Ordinal);
        if (values.FirstOrDefault(v => !OrderJson.IncludedDataValues.Contains(v)) is { } bad)
            return Fail($"'{bad}' is not a valid includedData value.", out error);
        error = null;
        return true;
    }

    private static bool Fail(string details, out EmulatorResponse? error)
    {
        error = EmulatorResponse.InvalidInput("Invalid Input", details);
        return false;
    }
}
