using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>Loads what a refund or cancellation works on: the Amazon order, its account, that account's store settings, its items and store order.</summary>
public class RefundOrderContext
{
    private readonly IRepository<AmazonOrderLink> _links;
    private readonly IRepository<AmazonOrderItemLink> _itemLinks;
    private readonly AmazonAccountService _accounts;
    private readonly AmazonChannelSettingsProvider _settings;
    private readonly IOrderService _orderService;
    private readonly TimeProvider _timeProvider;

    public RefundOrderContext(IRepository<AmazonOrderLink> links, IRepository<AmazonOrderItemLink> itemLinks, AmazonAccountService accounts,
        AmazonChannelSettingsProvider settings, IOrderService orderService, TimeProvider timeProvider)
    {
        _links = links;
        _itemLinks = itemLinks;
        _accounts = accounts;
        _settings = settings;
        _orderService = orderService;
        _timeProvider = timeProvider;
    }

    public async Task<(AmazonAccount Account, AmazonOrderLink Link, AmazonChannelSettings Settings)> LoadAsync(int orderLinkId)
    {
        var link = (await _links.GetAllAsync(q => q.Where(l => l.Id == orderLinkId))).FirstOrDefault()
            ?? throw new RefundRequestException(RefundErrorCodes.NotAnAmazonOrder, orderLinkId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var account = await _accounts.GetAccountByIdAsync(link.AccountId)
            ?? throw new RefundRequestException(RefundErrorCodes.NotAnAmazonOrder, link.AmazonOrderId);
        return (account, link, await _settings.ForAccountAsync(account));
    }

    public async Task<AmazonOrderLink?> FindByStoreOrderAsync(int orderId) =>
        (await _links.GetAllAsync(q => q.Where(l => l.OrderId == orderId))).FirstOrDefault();

    public Task<IList<AmazonOrderItemLink>> GetItemLinksAsync(int orderLinkId) =>
        _itemLinks.GetAllAsync(q => q.Where(i => i.OrderLinkId == orderLinkId).OrderBy(i => i.Id));

    public Task UpdateItemLinkAsync(AmazonOrderItemLink item) => _itemLinks.UpdateAsync(item, false);

    public Task UpdateLinkAsync(AmazonOrderLink link)
    {
        link.UpdatedOnUtc = UtcNow;
        return _links.UpdateAsync(link, false);
    }

    public async Task<Order?> GetStoreOrderAsync(AmazonOrderLink link) =>
        link.OrderId is { } id && await _orderService.GetOrderByIdAsync(id) is { Deleted: false } order ? order : null;

    /// <summary>Adds a staff-only note once (the same text is never added twice, so a repeated step adds nothing).</summary>
    public async Task AddNoteOnceAsync(Order order, string note)
    {
        var notes = await _orderService.GetOrderNotesByOrderIdAsync(order.Id);
        if (notes.Any(existing => existing.Note == note))
            return;
        await _orderService.InsertOrderNoteAsync(new OrderNote { OrderId = order.Id, Note = note, DisplayToCustomer = false, CreatedOnUtc = UtcNow });
    }

    public DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;
}
