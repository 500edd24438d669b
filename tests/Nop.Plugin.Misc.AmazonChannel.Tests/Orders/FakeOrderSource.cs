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
        foreach (var order in await Window(marketplaceId, fromUtc, toUtc))
            yield return order;
    }

    /// <summary>What getOrder returns, when it differs from the window reads (e.g. summaries from a report).</summary>
    public Dictionary<string, AmazonOrderSnapshot> FullOrders { get; } = [];

    public List<string> GetOrderCalls { get; } = [];

    public Task<AmazonOrderSnapshot?> GetOrderAsync(AmazonAccount account, string amazonOrderId, CancellationToken cancellationToken)
    {
        GetOrderCalls.Add(amazonOrderId);
        return Task.FromResult(FullOrders.TryGetValue(amazonOrderId, out var full) ? full : Orders.LastOrDefault(order => order.AmazonOrderId == amazonOrderId));
    }

    private Task<List<AmazonOrderSnapshot>> Window(string marketplaceId, DateTime fromUtc, DateTime toUtc)
    {
        if (FailWith is { } failure)
            throw failure;
        return Task.FromResult(Orders.Where(o => o.MarketplaceId == marketplaceId && o.LastUpdateDateUtc >= fromUtc && o.LastUpdateDateUtc < toUtc).ToList());
    }
}
