using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>
/// Adds the plugin's pages under Sales in the admin menu. nopCommerce shows an item only to holders of its
/// permission, so the items name "Manage Amazon channel".
/// </summary>
public class AdminMenuConsumer : IConsumer<AdminMenuCreatedEvent>
{
    public const string SalesMenuSystemName = "Sales";
    public const string OrdersMenuSystemName = "Amazon orders";
    public const string SyncLogMenuSystemName = "Amazon sync log";
    public const string QueueMenuSystemName = "Amazon refund and cancellation queue";

    private readonly ILocalizationService _localizationService;

    public AdminMenuConsumer(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    public async Task HandleEventAsync(AdminMenuCreatedEvent eventMessage)
    {
        ArgumentNullException.ThrowIfNull(eventMessage);
        var sales = Find(eventMessage.RootMenuItem, SalesMenuSystemName);
        if (sales is null)
            return;

        sales.ChildNodes.Add(await ItemAsync(eventMessage, OrdersMenuSystemName, "Plugins.Misc.AmazonChannel.Orders", "AmazonOrders", "List", "fab fa-amazon"));
        sales.ChildNodes.Add(await ItemAsync(eventMessage, QueueMenuSystemName, "Plugins.Misc.AmazonChannel.Queue", "AmazonQueue", "List", "fas fa-undo"));
        sales.ChildNodes.Add(await ItemAsync(eventMessage, SyncLogMenuSystemName, "Plugins.Misc.AmazonChannel.SyncLog", "AmazonSyncLog", "List", "far fa-list-alt"));
    }

    private async Task<AdminMenuItem> ItemAsync(AdminMenuCreatedEvent eventMessage, string systemName, string titleKey, string controller, string action, string icon) => new()
    {
        SystemName = systemName,
        Title = await _localizationService.GetResourceAsync(titleKey),
        Url = eventMessage.GetMenuItemUrl(controller, action),
        IconClass = icon,
        PermissionNames = [AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL],
        Visible = true
    };

    private static AdminMenuItem? Find(AdminMenuItem? node, string systemName)
    {
        if (node is null)
            return null;
        if (string.Equals(node.SystemName, systemName, StringComparison.Ordinal))
            return node;
        return (node.ChildNodes ?? []).Select(child => Find(child, systemName)).FirstOrDefault(found => found is not null);
    }
}
