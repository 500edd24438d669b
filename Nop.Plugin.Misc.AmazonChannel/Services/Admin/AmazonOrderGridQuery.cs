using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>
/// Read-only queries behind the admin's Amazon orders grid and the dashboard card. Every list is paged in the
/// database; the dashboard asks only for counts.
/// </summary>
public class AmazonOrderGridQuery
{
    private static readonly int[] _toShipStatusIds = [(int)AmazonOrderStatus.Unshipped, (int)AmazonOrderStatus.PartiallyShipped];

    private readonly IRepository<AmazonOrderLink> _linkRepository;
    private readonly IRepository<AmazonOrderItemLink> _itemRepository;
    private readonly IRepository<AmazonSyncError> _errorRepository;
    private readonly TimeProvider _timeProvider;

    public AmazonOrderGridQuery(IRepository<AmazonOrderLink> linkRepository, IRepository<AmazonOrderItemLink> itemRepository,
        IRepository<AmazonSyncError> errorRepository, TimeProvider timeProvider)
    {
        _linkRepository = linkRepository;
        _itemRepository = itemRepository;
        _errorRepository = errorRepository;
        _timeProvider = timeProvider;
    }

    /// <summary>One page of orders, newest purchase first.</summary>
    public Task<IPagedList<AmazonOrderLink>> SearchAsync(AmazonOrderGridFilter filter, int pageIndex, int pageSize, DayWindow today) =>
        _linkRepository.GetAllPagedAsync(query => Apply(query, filter, today)
            .OrderByDescending(link => link.PurchaseDateUtc).ThenByDescending(link => link.Id), pageIndex, pageSize);

    /// <summary>How many orders a filter matches, without reading them.</summary>
    public async Task<int> CountAsync(AmazonOrderGridFilter filter, DayWindow today) =>
        (await _linkRepository.GetAllPagedAsync(query => Apply(query, filter, today), 0, 1, getOnlyTotalCount: true)).TotalCount;

    /// <summary>Open sync errors (not resolved), for the dashboard.</summary>
    public async Task<int> CountOpenErrorsAsync() =>
        (await _errorRepository.GetAllPagedAsync(query => query.Where(error => !error.IsResolved), 0, 1, getOnlyTotalCount: true)).TotalCount;

    /// <summary>Units still to ship per order link, for the links of one grid page.</summary>
    public async Task<IReadOnlyDictionary<int, int>> GetUnshippedUnitsAsync(IReadOnlyCollection<int> linkIds)
    {
        if (linkIds.Count == 0)
            return new Dictionary<int, int>();
        var ids = linkIds.ToArray();
        var items = await _itemRepository.GetAllAsync(query => query.Where(item => ids.Contains(item.OrderLinkId)));
        return items.GroupBy(item => item.OrderLinkId)
            .ToDictionary(group => group.Key, group => group.Sum(item => Math.Max(0, item.QuantityOrdered - item.QuantityShipped - item.QuantityCancelled)));
    }

    public DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    private IQueryable<AmazonOrderLink> Apply(IQueryable<AmazonOrderLink> query, AmazonOrderGridFilter filter, DayWindow today)
    {
        query = filter.Tab switch
        {
            AmazonOrderGridTab.Archived => query.Where(link => link.IsArchived),
            AmazonOrderGridTab.Errors => query.Where(link => !link.IsArchived
                && (link.SyncStatusId == (int)AmazonOrderSyncStatus.Failed
                    || link.LastError != null)),
            _ => query.Where(link => !link.IsArchived)
        };

        query = ApplyWorkList(query, filter.WorkList, today);

        if (!string.IsNullOrWhiteSpace(filter.AmazonOrderId))
        {
            var amazonOrderId = filter.AmazonOrderId.Trim();
            query = query.Where(link => link.AmazonOrderId.Contains(amazonOrderId));
        }
        if (filter.AccountId > 0)
            query = query.Where(link => link.AccountId == filter.AccountId);
        if (!string.IsNullOrWhiteSpace(filter.MarketplaceId))
            query = query.Where(link => link.MarketplaceId == filter.MarketplaceId);
        if (filter.AmazonStatus is { } amazonStatus)
            query = query.Where(link => link.AmazonOrderStatusId == (int)amazonStatus);
        if (filter.SyncStatus is { } syncStatus)
            query = query.Where(link => link.SyncStatusId == (int)syncStatus);
        if (filter.FulfillmentChannel is { } channel)
            query = query.Where(link => link.FulfillmentChannelId == (int)channel);
        if (filter.TotalFrom is { } from)
            query = query.Where(link => link.OrderTotal >= from);
        if (filter.TotalTo is { } to)
            query = query.Where(link => link.OrderTotal <= to);
        if (filter.PurchasedFromUtc is { } purchasedFrom)
            query = query.Where(link => link.PurchaseDateUtc >= purchasedFrom);
        if (filter.PurchasedToUtc is { } purchasedTo)
            query = query.Where(link => link.PurchaseDateUtc < purchasedTo);
        return query;
    }

    private IQueryable<AmazonOrderLink> ApplyWorkList(IQueryable<AmazonOrderLink> query, AmazonOrderWorkList workList, DayWindow today)
    {
        if (workList == AmazonOrderWorkList.OnHold)
            return query.Where(link => link.IsOnHold);
        if (workList == AmazonOrderWorkList.None)
            return query;

        var toShip = query.Where(link => link.FulfillmentChannelId == (int)AmazonFulfillmentChannel.Merchant
            && _toShipStatusIds.Contains(link.AmazonOrderStatusId));
        var now = UtcNow;
        return workList == AmazonOrderWorkList.Late
            ? toShip.Where(link => link.LatestShipDateUtc < now)
            : toShip.Where(link => link.LatestShipDateUtc >= now && link.LatestShipDateUtc >= today.StartUtc && link.LatestShipDateUtc < today.EndUtc);
    }
}

/// <summary>One calendar day of the admin's time zone, as a UTC interval [StartUtc, EndUtc).</summary>
public readonly record struct DayWindow(DateTime StartUtc, DateTime EndUtc);
