using System.Globalization;

namespace AmazonSpApi.Emulator;

/// <summary>
/// Emulator control endpoints under <c>/_emulator/</c> (no auth; loopback only when hosted):
/// POST advance?seconds=N, GET time, GET orders, GET requests, POST settlement, POST storm?operation=X&amp;count=N.
/// </summary>
internal static class AdminApi
{
    private sealed record TimeDto(string Now);

    private sealed record OrderSummaryDto(string OrderId, string MarketplaceId, string Status, string FulfilledBy, string CreatedTime, string LastUpdatedTime,
        object[] Items, int Refunds);

    public static EmulatorResponse Handle(EmulatorCore core, EmulatorRequest request, DateTimeOffset now)
    {
        var q = new QueryParameters(request.Url);
        switch (request.Method, request.Path)
        {
            case ("POST", "/_emulator/advance"):
                if (!double.TryParse(q.Get("seconds"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < 0)
                    return EmulatorResponse.InvalidInput("seconds must be a non-negative number.");
                core.Time.Advance(TimeSpan.FromSeconds(seconds));
                var advanced = core.Time.GetUtcNow();
                core.Tick(advanced);
                return EmulatorResponse.Json(200, new TimeDto(EmulatorJson.Timestamp(advanced)));
            case ("GET", "/_emulator/time"):
                return EmulatorResponse.Json(200, new TimeDto(EmulatorJson.Timestamp(now)));
            case ("GET", "/_emulator/orders"):
                return EmulatorResponse.Json(200, core.State.OrderList.Select(o => new OrderSummaryDto(o.OrderId, o.MarketplaceId, o.Status, o.FulfilledBy,
                    EmulatorJson.Timestamp(o.CreatedTime), EmulatorJson.Timestamp(o.LastUpdatedTime),
                    o.ItemList.Select(i => (object)new { i.OrderItemId, i.Sku, i.QuantityOrdered, i.QuantityShipped, i.QuantityCancelled }).ToArray(),
                    o.RefundList.Count)).ToArray());
            case ("GET", "/_emulator/requests"):
                return EmulatorResponse.Json(200, core.Requests);
            case ("POST", "/_emulator/settlement"):
                return EmulatorResponse.Json(200, new { reportId = core.Reports.CreateSettlementReport(now).ReportId });
            case ("POST", "/_emulator/storm"):
                if (q.Get("operation") is not { } operation || !int.TryParse(q.Get("count"), out var count) || count < 1)
                    return EmulatorResponse.InvalidInput("operation and a positive count are required.");
                core.Faults.StartStorm(operation, count);
                return EmulatorResponse.Empty(204);
            default:
                return EmulatorResponse.NotFound("Unknown emulator admin endpoint.");
        }
    }
}
