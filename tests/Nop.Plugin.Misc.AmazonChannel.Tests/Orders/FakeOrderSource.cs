using System.Runtime.CompilerServices;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>An Amazon seen through the import's source interface: orders in a list, calls recorded, failures on demand.</summary>
public sealed class FakeOrderSource : IAmazonOrderSource
{
    public List<AmazonOrderSnapshot> Orders { get; } = [];

    public List<(string Method, DateTime From, DateTime To)> Reads { get; } = [];

    public AmazonOrderSourceException? FailWith { get; set; }

    /// <summary>Reads of this account's windows fail with an unexpected exception (the others' succeed).</summary>
    public int? BreakAccountId { get; set; }

    public async IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Reads.Add((AmazonOrderImportService.SearchOrdersMethod, fromUtc, toUtc));
        if (account.Id == BreakAccountId)
            throw new InvalidOperationException("broken for buyer jane@example.com");
        foreach (var order in await Window(marketplaceId, fromUtc, toUtc))
            yield return order;
    }

    public async IAsyncEnumerable<AmazonOrderSnapshot> GetUpdatedOrdersFromReportAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, OrderReportProgress progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Reads.Add((AmazonOrderImportService.ReportMethod, fromUtc, toUtc));
        if (account.Id == BreakAccountId)
            throw new InvalidOperationException("broken for buyer jane@example.com");
        // As Amazon's flat files: no column tells a buyer's cancellation request.
        foreach (var order in await Window(marketplaceId, fromUtc, toUtc))
            yield return order with { Items = order.Items.Select(item => item with { BuyerCancellationRequested = false, BuyerCancelReason = null }).ToList() };
    }

    /// <summary>What getOrder returns, when it differs from the window reads (e.g. summaries from a report).</summary>
    public Dictionary<string, AmazonOrderSnapshot> FullOrders { get; } = [];

    public List<string> GetOrderCalls { get; } = [];

    public Task<AmazonOrderSnapshot?> GetOrderAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken)
    {
        GetOrderCalls.Add(amazonOrderId);
        return Task.FromResult(FullOrders.TryGetValue(amazonOrderId, out var full) ? full : Orders.LastOrDefault(order => order.AmazonOrderId == amazonOrderId));
    }

    /// <summary>Orders per page of the unshipped-orders read (the buyer request check).</summary>
    public int UnshippedPageSize { get; set; } = 100;

    /// <summary>searchOrders calls the rate has now for the unshipped-orders read (null: always enough); each page takes one.</summary>
    public int? UnshippedCallsAvailable { get; set; }

    public AmazonOrderSourceException? UnshippedFailWith { get; set; }

    /// <summary>Page tokens this Amazon no longer accepts (expired).</summary>
    public HashSet<string> RefusedPageTokens { get; } = [];

    public List<(DateTime From, DateTime To, string? Token)> UnshippedPageReads { get; } = [];

    private int _unshippedWalks;

    public async Task<UnshippedOrdersPage?> GetUnshippedOrdersPageAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, string? pageToken, int callsToLeave, CancellationToken cancellationToken)
    {
        if (UnshippedCallsAvailable <= callsToLeave)
            return null;
        if (UnshippedFailWith is { } failure)
            throw failure;
        UnshippedCallsAvailable--;
        UnshippedPageReads.Add((fromUtc, toUtc, pageToken));
        if (pageToken is not null && RefusedPageTokens.Contains(pageToken))
            return new UnshippedOrdersPage([], null, TokenRefused: true);

        var unshipped = (await Window(marketplaceId, fromUtc, toUtc))
            .Where(o => o.FulfillmentChannel == AmazonFulfillmentChannel.Merchant && o.Status is AmazonOrderStatus.Unshipped or AmazonOrderStatus.PartiallyShipped)
            .ToList();
        // Tokens as Amazon's: a new walk gets new ones ("page:<first order>:<walk>").
        if (pageToken is null)
            _unshippedWalks++;
        var start = pageToken is null ? 0 : int.Parse(pageToken.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        var page = unshipped.Skip(start).Take(UnshippedPageSize).ToList();
        var next = start + UnshippedPageSize < unshipped.Count ? $"page:{start + UnshippedPageSize}:{_unshippedWalks}" : null;
        return new UnshippedOrdersPage(page, next, TokenRefused: false);
    }

    private Task<List<AmazonOrderSnapshot>> Window(string marketplaceId, DateTime fromUtc, DateTime toUtc)
    {
        if (FailWith is { } failure)
            throw failure;
        return Task.FromResult(Orders.Where(o => o.MarketplaceId == marketplaceId && o.LastUpdateDateUtc >= fromUtc && o.LastUpdateDateUtc < toUtc).ToList());
    }
}
