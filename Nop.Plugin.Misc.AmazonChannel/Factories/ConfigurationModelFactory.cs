using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares the configure page's model: the settings' values and the localized choices.</summary>
public class ConfigurationModelFactory
{
    private readonly ILocalizationService _localizationService;

    public ConfigurationModelFactory(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    /// <summary>A model holding the values of <paramref name="settings"/>.</summary>
    public async Task<ConfigurationModel> PrepareConfigurationModelAsync(AmazonChannelSettings settings)
    {
        var model = settings.ToSettingsModel<ConfigurationModel>();
        await PrepareChoicesAsync(model);
        return model;
    }

    /// <summary>Fills the choices of a model (also of a posted one, which does not carry them).</summary>
    public async Task PrepareChoicesAsync(ConfigurationModel model)
    {
        CarrierMappingModelFactory.PrepareSearchModel(model.CarrierMappingSearch);

        model.AvailableCustomerMappings.Clear();
        foreach (var mode in Enum.GetValues<CustomerMappingMode>())
        {
            model.AvailableCustomerMappings.Add(new SelectListItem(
                await _localizationService.GetLocalizedEnumAsync(mode),
                ((int)mode).ToString(System.Globalization.CultureInfo.InvariantCulture),
                (int)mode == model.CustomerMappingId));
        }

        model.AvailableShipmentSendModes.Clear();
        foreach (var mode in Enum.GetValues<ShipmentSendMode>())
        {
            model.AvailableShipmentSendModes.Add(new SelectListItem(
                await _localizationService.GetLocalizedEnumAsync(mode),
                mode.ToString(),
                mode == model.ShipmentSendMode));
        }
    }
}
