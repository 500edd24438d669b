using Nop.Core.Domain.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// The plugin's one permission, "Manage Amazon channel", granted to administrators by default. nopCommerce finds this
/// class by type and inserts the permission record at start-up; the plugin also inserts it on install.
/// </summary>
public class AmazonChannelPermissionConfigManager : IPermissionConfigManager
{
    public const string MANAGE_AMAZON_CHANNEL = "Misc.AmazonChannel.Manage";

    public IList<PermissionConfig> AllConfigs =>
    [
        new("Admin area. Manage Amazon channel", MANAGE_AMAZON_CHANNEL, nameof(StandardPermission.Orders), NopCustomerDefaults.AdministratorsRoleName)
    ];
}
