using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>The link of an Amazon order after it was brought up to date with what Amazon says now.</summary>
/// <param name="Changes">Changes on Amazon since the store order was made (<see cref="AmazonOrderChanges"/>); not applied to the link.</param>
public sealed record OrderLinkUpdate(AmazonOrderLink Link, IReadOnlyList<AmazonOrderItemLink> Items, AmazonOrderStatus? PreviousStatus, bool IsNew, bool IsStale,
    IReadOnlyList<AmazonOrderChange> Changes);

/// <summary>
/// Records every Amazon order the plugin sees, once: (account, Amazon order ID) is unique in the database, so when two
/// imports race the loser re-reads the winner's row. A read older than the stored one (report data, an overlapping
/// window, a repeated page) never moves the order back.
/// </summary>
public class AmazonOrderLinkStore
{
    private readonly IRepository<AmazonOrderLink> _linkRepository;
    private readonly IRepository<AmazonOrderItemLink> _itemLinkRepository;
    private readonly IRepository<AmazonBuyerDataErasure> _erasureRepository;
    private readonly TimeProvider _timeProvider;

    public AmazonOrderLinkStore(IRepository<AmazonOrderLink> linkRepository, IRepository<AmazonOrderItemLink> itemLinkRepository,
        IRepository<AmazonBuyerDataErasure> erasureRepository, TimeProvider timeProvider)
    {
        _linkRepository = linkRepository;
        _itemLinkRepository = itemLinkRepository;
        _erasureRepository = erasureRepository;
        _timeProvider = timeProvider;
    }

    public async Task<AmazonOrderLink?> FindAsync(int accountId, string amazonOrderId) =>
        (await _linkRepository.GetAllAsync(query => query.Where(link => link.AccountId == accountId && link.AmazonOrderId == amazonOrderId))).FirstOrDefault();

    public Task<AmazonOrderLink?> GetByIdAsync(int linkId) => _linkRepository.GetByIdAsync(linkId)!;

    public Task<IList<AmazonOrderItemLink>> GetItemsAsync(int linkId) =>
        _itemLinkRepository.GetAllAsync(query => query.Where(item => item.OrderLinkId == linkId).OrderBy(item => item.Id));

    public Task UpdateAsync(AmazonOrderLink link)
    {
        link.UpdatedOnUtc = UtcNow();
        return _linkRepository.UpdateAsync(link, false);
    }

    public Task UpdateItemAsync(AmazonOrderItemLink item) => _itemLinkRepository.UpdateAsync(item, false);

    public async Task<OrderLinkUpdate> UpsertAsync(AmazonAccount account, AmazonOrderSnapshot order)
    {
        var link = await FindAsync(account.Id, order.AmazonOrderId);
        var isNew = false;
        if (link is null)
        {
            (link, isNew) = await InsertAsync(account, order);
        }

        var previous = link.AmazonOrderStatus;
        // A stored time in the future (written before it was clamped) counts as now, so it cannot freeze the order.
        var isStale = !isNew && link.LastUpdateDateUtc is { } stored && order.LastUpdateDateUtc < (stored > UtcNow() ? UtcNow() : stored);
        var storedItems = await GetItemsAsync(link.Id);
        IReadOnlyList<AmazonOrderChange> changes = isStale ? [] : AmazonOrderChanges.Detect(link, storedItems.ToList(), order);
        if (!isNew && !isStale)
        {
            // The buyer-data purge erased this order's company: a later read (a return moves Amazon's last update) does not bring it back.
            if (order.BuyerCompanyName is not null && link.BuyerCompanyName is null && await IsErasedAsync(link.Id))
                order = order with { BuyerCompanyName = null };
            Apply(link, order, UtcNow(), changes);
            await UpdateAsync(link);
        }

        var items = isStale || order.IsSummaryOnly
            ? storedItems
            : await SyncItemsAsync(link.Id, order, storedItems, keepLines: changes.Any(change => change.Code == ImportErrorCodes.ItemsChanged));
        return new OrderLinkUpdate(link, items.ToList(), isNew ? null : previous, isNew, isStale, changes);
    }

    /// <summary>
    /// Records an order that could not be read at all (only its ID is known) as Failed, so it is listed, retried and
    /// never skipped without a record. Its status and times stay empty until a read succeeds.
    /// </summary>
    public async Task<AmazonOrderLink> InsertSetAsideAsync(AmazonAccount account, string amazonOrderId, string marketplaceId)
    {
        var link = new AmazonOrderLink
        {
            AccountId = account.Id,
            AmazonOrderId = amazonOrderId,
            MarketplaceId = marketplaceId,
            SyncStatus = AmazonOrderSyncStatus.Failed,
            CreatedOnUtc = UtcNow(),
            UpdatedOnUtc = UtcNow()
        };
        try
        {
            await _linkRepository.InsertAsync(link, false);
            return link;
        }
        catch (Exception)
        {
            return await FindAsync(account.Id, amazonOrderId) ?? throw new InvalidOperationException($"The Amazon order {amazonOrderId} could not be recorded.");
        }
    }

    private async Task<(AmazonOrderLink Link, bool IsNew)> InsertAsync(AmazonAccount account, AmazonOrderSnapshot order)
    {
        var link = new AmazonOrderLink
        {
            AccountId = account.Id,
            AmazonOrderId = order.AmazonOrderId,
            SyncStatus = AmazonOrderSyncStatus.Waiting,
            CreatedOnUtc = UtcNow(),
            UpdatedOnUtc = UtcNow()
        };
        Apply(link, order, UtcNow());

        try
        {
            await _linkRepository.InsertAsync(link, false);
            return (link, true);
        }
        catch (Exception)
        {
            // Another import inserted it first (unique key): carry on with that row; anything else is a real failure.
            var winner = await FindAsync(account.Id, order.AmazonOrderId);
            if (winner is null)
                throw;
            return (winner, false);
        }
    }

    /// <summary>
    /// Copies Amazon's view onto the link. The stored last-update time is clamped to now: an order stamped in the
    /// future (clock skew) would otherwise make every real later update look older, i.e. stale, until that time.
    /// </summary>
    /// <remarks>A flagged change (channel switched, status gone back) is not copied: the link keeps the state its store
    /// order was made from until Amazon agrees again.</remarks>
    private static void Apply(AmazonOrderLink link, AmazonOrderSnapshot order, DateTime nowUtc, IReadOnlyList<AmazonOrderChange>? changes = null)
    {
        link.MarketplaceId = order.MarketplaceId;
        if (changes?.Any(change => change.Code == ImportErrorCodes.StatusWentBack) != true)
            link.AmazonOrderStatus = order.Status;
        if (changes?.Any(change => change.Code == ImportErrorCodes.FulfillmentChannelChanged) != true)
            link.FulfillmentChannel = order.FulfillmentChannel;
        if (order.AmazonOrderTotal is { } amazonTotal)
            link.OrderTotal = amazonTotal;
        else if (order.Items.Count > 0)
            link.OrderTotal = order.OrderTotal;
        link.CurrencyCode = order.CurrencyCode;
        link.PurchaseDateUtc = order.PurchaseDateUtc;
        link.LastUpdateDateUtc = order.LastUpdateDateUtc > nowUtc ? nowUtc : order.LastUpdateDateUtc;
        link.LatestShipDateUtc = order.LatestShipDateUtc;

        // Business facts: a source that does not carry them (the tracking report has no company) keeps what is known.
        link.IsBusinessOrder |= order.IsBusinessOrder;
        link.PurchaseOrderNumber = Cut(order.PurchaseOrderNumber, AmazonOrderLink.PurchaseOrderNumberLength) ?? link.PurchaseOrderNumber;
        link.BuyerCompanyName = Cut(order.BuyerCompanyName, AmazonOrderLink.BuyerCompanyNameLength) ?? link.BuyerCompanyName;
    }

    private async Task<bool> IsErasedAsync(int linkId) =>
        (await _erasureRepository.GetAllAsync(query => query.Where(erasure => erasure.OrderLinkId == linkId))).Count > 0;

    private static string? Cut(string? value, int length) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var text && text.Length > length ? text[..length] : value.Trim();

    /// <param name="keepLines">The items changed after import: shipped and cancelled quantities of the known lines are
    /// still recorded, but no line is added and no ordered quantity changes (the store order was made from them).</param>
    private async Task<IList<AmazonOrderItemLink>> SyncItemsAsync(int linkId, AmazonOrderSnapshot order, IList<AmazonOrderItemLink> storedItems, bool keepLines)
    {
        var stored = storedItems.ToDictionary(item => item.AmazonOrderItemId);
        var insertedConcurrently = false;
        foreach (var item in order.Items)
        {
            var cancelled = order.Status == AmazonOrderStatus.Canceled ? Math.Max(0, item.QuantityOrdered - item.QuantityShipped) : 0;
            if (stored.TryGetValue(item.AmazonOrderItemId, out var existing))
            {
                var ordered = keepLines ? existing.QuantityOrdered : item.QuantityOrdered;
                if (existing.QuantityOrdered == ordered && existing.QuantityShipped >= item.QuantityShipped && existing.QuantityCancelled >= cancelled)
                    continue;

                existing.QuantityOrdered = ordered;
                existing.QuantityShipped = Math.Max(existing.QuantityShipped, item.QuantityShipped);
                existing.QuantityCancelled = Math.Max(existing.QuantityCancelled, cancelled);
                await _itemLinkRepository.UpdateAsync(existing, false);
                continue;
            }
            if (keepLines)
                continue;

            var link = new AmazonOrderItemLink
            {
                OrderLinkId = linkId,
                AmazonOrderItemId = item.AmazonOrderItemId,
                SellerSku = item.SellerSku,
                QuantityOrdered = item.QuantityOrdered,
                QuantityShipped = item.QuantityShipped,
                QuantityCancelled = cancelled
            };
            try
            {
                await _itemLinkRepository.InsertAsync(link, false);
                stored[link.AmazonOrderItemId] = link;
            }
            catch (Exception)
            {
                // Inserted concurrently by another import (unique key); anything else is a real failure.
                if (!(await GetItemsAsync(linkId)).Any(i => i.AmazonOrderItemId == item.AmazonOrderItemId))
                    throw;
                insertedConcurrently = true;
            }
        }

        return insertedConcurrently ? await GetItemsAsync(linkId) : stored.Values.OrderBy(item => item.Id).ToList();
    }

    private DateTime UtcNow() => _timeProvider.GetUtcNow().UtcDateTime;
}
