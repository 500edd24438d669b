using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>A line a return request is made for: the store order item, how many, and the key that makes it unique.</summary>
public sealed record ReturnedLine(int OrderItemId, int Quantity, string LineKey, string? ComponentNote);

/// <summary>
/// The store lines of a returned Amazon line. A SKU mapped to a bundle (<see cref="AmazonSkuBundleComponent"/>)
/// becomes one line per component, its quantity times the component's; the component's own order item is used
/// when the store order has one, else the bundle's order item with the component named in the note (the order
/// import writes a bundle as one order item).
/// </summary>
public class ReturnLineResolver
{
    private readonly IRepository<AmazonSkuMapping> _mappings;
    private readonly IRepository<AmazonSkuBundleComponent> _components;
    private readonly IOrderService _orderService;

    public ReturnLineResolver(IRepository<AmazonSkuMapping> mappings, IRepository<AmazonSkuBundleComponent> components, IOrderService orderService)
    {
        _mappings = mappings;
        _components = components;
        _orderService = orderService;
    }

    public async Task<IReadOnlyList<ReturnedLine>> ResolveAsync(int accountId, Order order, AmazonOrderItemLink itemLink, AmazonReturnLine line)
    {
        var bundleItemId = itemLink.OrderItemId!.Value;
        var components = await GetComponentsAsync(accountId, line.SellerSku);
        if (components.Count == 0)
            return [new ReturnedLine(bundleItemId, line.Quantity, line.SellerSku, null)];

        var orderItems = await _orderService.GetOrderItemsAsync(order.Id);
        return components.Select(component =>
        {
            var own = orderItems.FirstOrDefault(item => item.ProductId == component.ProductId && item.Id != bundleItemId);
            var quantity = line.Quantity * Math.Max(1, component.Quantity);
            return new ReturnedLine(own?.Id ?? bundleItemId, quantity, $"{line.SellerSku}#{component.ProductId}",
                $"Bundle component: product {component.ProductId}, {quantity} unit(s).");
        }).ToList();
    }

    /// <summary>The components of the SKU's mapping: the account's own mapping wins over the one for every account (0).</summary>
    public async Task<IList<AmazonSkuBundleComponent>> GetComponentsAsync(int accountId, string sellerSku)
    {
        var mapping = (await _mappings.GetAllAsync(query => query.Where(m => m.SellerSku == sellerSku && (m.AccountId == accountId || m.AccountId == 0))))
            .OrderByDescending(m => m.AccountId).FirstOrDefault();
        if (mapping is null)
            return [];
        return await _components.GetAllAsync(query => query.Where(c => c.SkuMappingId == mapping.Id).OrderBy(c => c.Id));
    }
}
