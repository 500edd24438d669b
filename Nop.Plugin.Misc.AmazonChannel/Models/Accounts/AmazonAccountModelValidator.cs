using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Models.Accounts;

/// <summary>Checks an account before it is saved; every message is a locale resource.</summary>
public class AmazonAccountModelValidator
{
    private const string Prefix = AmazonChannelDefaults.LocalePrefix + ".Accounts.Fields.";

    private readonly ILocalizationService _localizationService;

    public AmazonAccountModelValidator(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    /// <param name="model">The posted account.</param>
    /// <param name="isNew">A new account needs its secrets; a saved one keeps them when the fields are empty.</param>
    /// <param name="storeIds">The stores of this nopCommerce installation.</param>
    public async Task<IReadOnlyList<ConfigurationError>> ValidateAsync(AmazonAccountModel model, bool isNew, IReadOnlyCollection<int> storeIds)
    {
        ArgumentNullException.ThrowIfNull(model);
        var errors = new List<ConfigurationError>();
        async Task RequireAsync(string? value, string property)
        {
            if (string.IsNullOrWhiteSpace(value))
                errors.Add(new ConfigurationError(property, await _localizationService.GetResourceAsync(Prefix + property + ".Required")));
        }

        await RequireAsync(model.Name, nameof(model.Name));
        await RequireAsync(model.SellerId, nameof(model.SellerId));
        await RequireAsync(model.LwaClientId, nameof(model.LwaClientId));
        if (isNew)
        {
            await RequireAsync(model.LwaClientSecret, nameof(model.LwaClientSecret));
            await RequireAsync(model.RefreshToken, nameof(model.RefreshToken));
        }
        if (!Enum.IsDefined((AmazonRegion)model.RegionId))
            errors.Add(new ConfigurationError(nameof(model.RegionId), await _localizationService.GetResourceAsync(Prefix + "Region.Invalid")));
        if (model.StoreId != 0 && !storeIds.Contains(model.StoreId))
            errors.Add(new ConfigurationError(nameof(model.StoreId), await _localizationService.GetResourceAsync(Prefix + "Store.Invalid")));
        return errors;
    }
}
