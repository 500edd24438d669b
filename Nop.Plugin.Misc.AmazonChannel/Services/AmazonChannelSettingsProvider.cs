using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Configuration;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// The settings that apply to an account's work. Settings are store-scoped (nopCommerce's multi-store configuration)
/// and every account belongs to a store, so background tasks must not use the ambient <see cref="AmazonChannelSettings"/>
/// of whatever store the current request or task happens to resolve.
/// </summary>
public class AmazonChannelSettingsProvider
{
    private readonly ISettingService _settingService;

    public AmazonChannelSettingsProvider(ISettingService settingService)
    {
        _settingService = settingService;
    }

    /// <summary>The settings of a store, with the store-wide values where the store overrides nothing.</summary>
    public Task<AmazonChannelSettings> ForStoreAsync(int storeId) =>
        _settingService.LoadSettingAsync<AmazonChannelSettings>(storeId);

    public Task<AmazonChannelSettings> ForAccountAsync(AmazonAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return ForStoreAsync(account.StoreId);
    }
}
