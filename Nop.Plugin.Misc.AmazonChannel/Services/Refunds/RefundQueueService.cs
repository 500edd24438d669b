using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>Filters of the refund and cancellation queue; null means any.</summary>
public sealed record RefundQueueFilter(AmazonOutboundRequestKind? Kind = null, int? AccountId = null,
    AmazonOutboundRequestState? State = AmazonOutboundRequestState.AwaitingApproval, string? AmazonOrderId = null, int PageIndex = 0, int PageSize = 50);

/// <summary>One batch sent to Amazon as one feed document (Sellercloud's "Document Number and Batch ID").</summary>
public sealed record RefundQueueBatch(Guid BatchId, string? FeedDocumentId, string? FeedId, IReadOnlyList<int> RequestIds);

/// <summary>What processing the selected requests did: the batches sent and the requests left out (with why).</summary>
public sealed record RefundQueueResult(IReadOnlyList<RefundQueueBatch> Batches, IReadOnlyList<(int RequestId, string Reason)> Skipped);

/// <summary>
/// The refund and cancellation queue (Sellercloud's "Amazon Order Refund Queue"): with "Queue refunds and cancellations"
/// on, every request waits here (AwaitingApproval) until an admin processes or rejects it, or the auto-submit task
/// sends it. Processing sends at most the batch size of one account and marketplace per feed document; each batch keeps
/// its feed ID and document ID on its requests, and each request its own outcome once Amazon's processing report is read
/// (by the outbox task). This service is the queue page's API.
/// </summary>
public class RefundQueueService
{
    private readonly IRepository<AmazonOutboundRequest> _requests;
    private readonly IRepository<AmazonQueueRejection> _rejections;
    private readonly OutboxStore _outbox;
    private readonly FeedSubmitter _feedSubmitter;
    private readonly RefundHandler _refunds;
    private readonly CancellationHandler _cancellations;
    private readonly RefundLedger _ledger;
    private readonly RefundOrderContext _context;
    private readonly AmazonAccountService _accounts;
    private readonly AmazonChannelSettingsProvider _settings;
    private readonly AmazonClientProvider _clients;

    public RefundQueueService(IRepository<AmazonOutboundRequest> requests, IRepository<AmazonQueueRejection> rejections, OutboxStore outbox, FeedSubmitter feedSubmitter,
        RefundHandler refunds, CancellationHandler cancellations, RefundLedger ledger, RefundOrderContext context, AmazonAccountService accounts,
        AmazonChannelSettingsProvider settings, AmazonClientProvider clients)
    {
        _requests = requests;
        _rejections = rejections;
        _outbox = outbox;
        _feedSubmitter = feedSubmitter;
        _refunds = refunds;
        _cancellations = cancellations;
        _ledger = ledger;
        _context = context;
        _accounts = accounts;
        _settings = settings;
        _clients = clients;
    }

    public Task<IPagedList<AmazonOutboundRequest>> SearchAsync(RefundQueueFilter filter)
    {
        var kinds = filter.Kind is { } kind ? new[] { (int)kind } : [(int)AmazonOutboundRequestKind.Refund, (int)AmazonOutboundRequestKind.Cancellation];
        return _requests.GetAllPagedAsync(query =>
        {
            query = query.Where(r => kinds.Contains(r.KindId));
            if (filter.AccountId is { } accountId)
                query = query.Where(r => r.AccountId == accountId);
            if (filter.State is { } state)
                query = query.Where(r => r.StateId == (int)state);
            if (!string.IsNullOrWhiteSpace(filter.AmazonOrderId))
                query = query.Where(r => r.AmazonOrderId == filter.AmazonOrderId.Trim());
            return query.OrderBy(r => r.CreatedOnUtc).ThenBy(r => r.Id);
        }, filter.PageIndex, filter.PageSize);
    }

    public async Task<AmazonQueueRejection?> GetRejectionAsync(int requestId) =>
        (await _rejections.GetAllAsync(q => q.Where(r => r.OutboundRequestId == requestId))).FirstOrDefault();

    /// <summary>Process refund / Process cancellation: sends the selected waiting requests of the kind, batch by batch.</summary>
    public async Task<RefundQueueResult> ProcessAsync(AmazonOutboundRequestKind kind, IReadOnlyCollection<int> requestIds, CancellationToken cancellationToken = default)
    {
        var selected = await _requests.GetAllAsync(q => q.Where(r => requestIds.Contains(r.Id)).OrderBy(r => r.Id));
        var skipped = selected.Where(r => r.Kind != kind || r.State != AmazonOutboundRequestState.AwaitingApproval)
            .Select(r => (r.Id, $"Request #{r.Id} is not a waiting {kind}.")).ToList();
        var batches = new List<RefundQueueBatch>();
        foreach (var byAccount in selected.Where(r => r.Kind == kind && r.State == AmazonOutboundRequestState.AwaitingApproval).GroupBy(r => r.AccountId))
        {
            var account = await _accounts.GetAccountByIdAsync(byAccount.Key);
            if (account is null)
                continue;
            var settings = await _settings.ForAccountAsync(account);
            batches.AddRange(await SubmitAsync(account, settings.QueueBatchSize, byAccount.ToList(), cancellationToken));
        }

        return new RefundQueueResult(batches, skipped);
    }

    /// <summary>
    /// Reject: never sent; kept with who rejected it and why; a refund's reserved amounts are released. The rejection and
    /// the Cancelled state are stored first, the rest is recorded as handled after it (<see cref="FinishRejectionAsync"/>),
    /// so a crash in between is finished by <see cref="QueueRejectionSweep"/>.
    /// </summary>
    public async Task RejectAsync(IReadOnlyCollection<int> requestIds, int customerId, string rejectedBy, string reason)
    {
        var selected = await _requests.GetAllAsync(q => q.Where(r => requestIds.Contains(r.Id)).OrderBy(r => r.Id));
        foreach (var request in selected)
        {
            if (string.IsNullOrWhiteSpace(reason))
                throw new RefundRequestException(RefundErrorCodes.RejectReasonRequired, request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (request.State != AmazonOutboundRequestState.AwaitingApproval)
                throw new RefundRequestException(RefundErrorCodes.NotWaiting, request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), request.State.ToString());

            var rejection = await GetRejectionAsync(request.Id);
            if (rejection is null)
            {
                rejection = new AmazonQueueRejection { OutboundRequestId = request.Id, RejectedByCustomerId = customerId, RejectedBy = rejectedBy, Reason = reason.Trim(), RejectedOnUtc = _context.UtcNow };
                await _rejections.InsertAsync(rejection, false);
            }

            request.State = AmazonOutboundRequestState.Cancelled;
            request.ResultCode = RejectedInQueueCode;
            request.ResultMessage = reason.Trim();
            request.NextAttemptOnUtc = null;
            request.CompletedOnUtc = _context.UtcNow;
            request.HandledOnUtc = null;
            await _outbox.UpdateAsync(request);
            await FinishRejectionAsync(request, rejection);
        }
    }

    /// <summary>The ResultCode of a request an admin rejected in the queue.</summary>
    public const string RejectedInQueueCode = "Queue.Rejected";

    /// <summary>The store's side of a queue rejection (ledger released, note once), then recorded as handled; safe to run again.</summary>
    public async Task FinishRejectionAsync(AmazonOutboundRequest request, AmazonQueueRejection rejection)
    {
        if (request.HandledOnUtc is not null)
            return;
        if (request.Kind == AmazonOutboundRequestKind.Refund)
            await _ledger.ReleaseAsync(request.Id);
        if (request.OrderLinkId is { } linkId && await _context.GetStoreOrderAsync((await _context.LoadAsync(linkId)).Link) is { } order)
            await _context.AddNoteOnceAsync(order, $"{request.Kind} request #{request.Id} was rejected in the queue by {rejection.RejectedBy}: {rejection.Reason}");
        await _outbox.MarkHandledAsync(request);
    }

    /// <summary>The auto-submit task: for each account whose store queues with auto-submit on, every waiting request, in batches.</summary>
    public async Task<IReadOnlyList<RefundQueueBatch>> AutoSubmitAsync(CancellationToken cancellationToken = default)
    {
        var batches = new List<RefundQueueBatch>();
        foreach (var account in await _accounts.GetAccountsAsync(enabledOnly: true))
        {
            var settings = await _settings.ForAccountAsync(account);
            if (!settings.QueueRefundsAndCancellations || !settings.QueueAutoSubmit)
                continue;
            foreach (var kind in new[] { AmazonOutboundRequestKind.Cancellation, AmazonOutboundRequestKind.Refund })
            {
                var waiting = await _outbox.GetDueAsync(account.Id, kind, AmazonOutboundRequestState.AwaitingApproval);
                batches.AddRange(await SubmitAsync(account, settings.QueueBatchSize, waiting, cancellationToken));
            }
        }

        return batches;
    }

    private async Task<List<RefundQueueBatch>> SubmitAsync(AmazonAccount account, int batchSize, IList<AmazonOutboundRequest> requests, CancellationToken cancellationToken)
    {
        var batches = new List<RefundQueueBatch>();
        if (requests.Count == 0)
            return batches;
        var client = await _clients.GetClientAsync(account);
        var size = Math.Max(1, batchSize);
        foreach (var (marketplace, group) in await GroupByMarketplaceAsync(account, requests))
        {
            foreach (var chunk in group.Chunk(size))
            {
                var kind = chunk[0].Kind;
                IOutboundRequestHandler handler = kind == AmazonOutboundRequestKind.Refund ? _refunds : _cancellations;
                if (kind == AmazonOutboundRequestKind.Refund)
                {
                    foreach (var request in chunk)
                        await _refunds.PrepareAsync(request);
                }

                var feed = await _feedSubmitter.SubmitAsync(account, client, handler, marketplace, chunk, cancellationToken);
                if (feed is not null)
                    batches.Add(new RefundQueueBatch(feed.BatchId, feed.FeedDocumentId, feed.FeedId, chunk.Where(r => r.BatchId == feed.BatchId).Select(r => r.Id).ToList()));
            }
        }

        return batches;
    }

    /// <summary>A feed goes to one marketplace and carries one kind: requests are grouped so.</summary>
    private async Task<List<(string Marketplace, List<AmazonOutboundRequest> Requests)>> GroupByMarketplaceAsync(AmazonAccount account, IEnumerable<AmazonOutboundRequest> requests)
    {
        var keyed = new List<(string Marketplace, AmazonOutboundRequestKind Kind, AmazonOutboundRequest Request)>();
        foreach (var request in requests)
        {
            var marketplace = request.OrderLinkId is { } linkId
                ? (await _context.LoadAsync(linkId)).Link.MarketplaceId
                : account.GetMarketplaceIds().FirstOrDefault() ?? string.Empty;
            keyed.Add((marketplace, request.Kind, request));
        }

        return keyed.GroupBy(k => (k.Marketplace, k.Kind)).Select(g => (g.Key.Marketplace, g.Select(k => k.Request).ToList())).ToList();
    }
}
