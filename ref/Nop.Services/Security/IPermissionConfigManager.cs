namespace Nop.Services.Security;

/// <summary>Supplies permission definitions; nopCommerce finds implementations by type.</summary>
public partial interface IPermissionConfigManager
{
    IList<PermissionConfig> AllConfigs { get; }
}
