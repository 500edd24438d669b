using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The buyer cancellation requests of the orders an order-report window brought in. No flat file carries them, so the
/// window's unshipped merchant-fulfilled orders are read again with searchOrders, which Amazon allows once every 180 s
/// after a burst of 20. The check spends only the calls the rate has to spare when a run ends, always leaving
/// <see cref="CallsLeftForTheImport"/> for the next run's own read, and carries on in the next run (window and page token on the <see cref="AmazonSyncKind.BuyerRequests"/> checkpoint): a backlog comes in at
/// report speed and its holds follow within hours instead of the backlog waiting hours for them. An order with a
/// request is imported again, which puts it on hold. Windows read page by page need no check: searchOrders carries
/// the requests.
/// </summary>
public class BuyerRequestCheck
{
    public const string SyncLogMethod = "buyer requests";

    /// <summary>
    /// searchOrders calls the check never takes: half of Amazon's burst, what the rate gives back in 30 minutes, so the
    /// next scheduled run reads up to 1,000 changed orders without waiting for the check's calls.
    /// </summary>
    public const int CallsLeftForTheImport = 10;

    private readonly IAmazonOrderSource _orderSource;
    private readonly AmazonOrderImporter _importer;
    private readonly AmazonSyncCheckpointStore _checkpointStore;
    private readonly AmazonSyncLog _syncLog;

    public BuyerRequestCheck(IAmazonOrderSource orderSource, AmazonOrderImporter importer, AmazonSyncCheckpointStore checkpointStore, AmazonSyncLog syncLog)
    {
        _orderSource = orderSource;
        _importer = importer;
        _checkpointStore = checkpointStore;
        _syncLog = syncLog;
    }

    /// <summary>Adds a report window to the check of the marketplace (saved before the window's orders are applied).</summary>
    public Task AddWindowAsync(int accountId, string marketplaceId, DateTime fromUtc, DateTime toUtc) =>
        _checkpointStore.ExtendPendingWindowAsync(accountId, marketplaceId, AmazonSyncKind.BuyerRequests, fromUtc, toUtc);

    /// <summary>
    /// Reads as many pages of the waiting check as searchOrders' rate spares now. Null when no check is waiting.
    /// </summary>
    /// <exception cref="AmazonOrderSourceException">Amazon failed; the check continues from the same page next run.</exception>
    public async Task<BuyerRequestCheckResult?> ContinueAsync(AmazonAccount account, string marketplaceId, CancellationToken cancellationToken)
    {
        var checkpoint = await _checkpointStore.FindAsync(account.Id, marketplaceId, AmazonSyncKind.BuyerRequests);
        if (checkpoint is not { PendingWindowFromUtc: { } from, PendingWindowToUtc: { } to })
            return null;

        var result = new BuyerRequestCheckResult();
        AmazonSyncLogEntry? log = null;
        try
        {
            while (!result.Finished
                && await _orderSource.GetUnshippedOrdersPageAsync(account, marketplaceId, from, to, checkpoint.PendingPageToken, CallsLeftForTheImport, cancellationToken) is { } page)
            {
                log ??= await _syncLog.StartAsync(account.Id, "Orders", SyncLogMethod);
                result.Pages++;
                if (page.TokenRefused)
                {
                    checkpoint.PendingPageToken = null;
                    checkpoint.PendingOrdersDone = 0;
                    await _checkpointStore.SaveReportProgressAsync(checkpoint);
                    continue;
                }

                await ApplyAsync(account, page, result);
                checkpoint.PendingOrdersDone++;
                if (page.NextToken is null)
                    await FinishAsync(account.Id, marketplaceId, to, result);
                else if (checkpoint.PendingOrdersDone >= SearchOrdersQuery.DefaultMaxPages)
                    await GiveUpAsync(account.Id, marketplaceId, to, checkpoint.PendingOrdersDone);
                else
                {
                    checkpoint.PendingPageToken = page.NextToken;
                    await _checkpointStore.SaveReportProgressAsync(checkpoint);
                }
            }
        }
        catch (Exception exception) when (log is not null && exception is not OperationCanceledException)
        {
            await _syncLog.FinishAsync(log, result.Read, result.Requests, 0, false, $"{Describe(result)} Stopped: {exception.GetType().Name}.");
            throw;
        }

        if (log is not null)
            await _syncLog.FinishAsync(log, result.Read, result.Requests, 0, true, Describe(result));
        return result;
    }

    private async Task ApplyAsync(AmazonAccount account, UnshippedOrdersPage page, BuyerRequestCheckResult result)
    {
        foreach (var order in page.Orders)
        {
            result.Read++;
            if (!order.IsBuyerCancellationRequested)
                continue;
            result.Requests++;
            await _importer.ImportAsync(account, order);
        }
    }

    private async Task FinishAsync(int accountId, string marketplaceId, DateTime to, BuyerRequestCheckResult result)
    {
        await EndCheckAsync(accountId, marketplaceId, to);
        result.Finished = true;
    }

    private async Task EndCheckAsync(int accountId, string marketplaceId, DateTime to)
    {
        await _checkpointStore.EndReportWindowAsync(accountId, marketplaceId, AmazonSyncKind.BuyerRequests);
        await _checkpointStore.SaveAsync(accountId, marketplaceId, AmazonSyncKind.BuyerRequests, to);
    }

    /// <summary>A walk that never ends (Amazon's tokens go round) is dropped and reported, like the import's own.</summary>
    private async Task GiveUpAsync(int accountId, string marketplaceId, DateTime to, int pages)
    {
        await EndCheckAsync(accountId, marketplaceId, to);
        throw new AmazonOrderSourceException(ImportErrorCodes.PagingStopped,
            [marketplaceId, $"{pages.ToString(CultureInfo.InvariantCulture)} page(s) of the buyer request check"]);
    }

    private static string Describe(BuyerRequestCheckResult result) =>
        $"{result.Pages} page(s), {result.Read} unshipped order(s) read, {result.Requests} with a buyer cancellation request; "
        + (result.Finished ? "the check is complete." : "the check continues in the next run.");
}

/// <summary>What one run of the buyer request check did.</summary>
public sealed class BuyerRequestCheckResult
{
    public int Pages { get; set; }

    public int Read { get; set; }

    public int Requests { get; set; }

    /// <summary>Every page of the waiting windows has been read.</summary>
    public bool Finished { get; set; }
}
