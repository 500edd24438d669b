using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>
/// The carrier mapping rules in the admin's language (the service checks the same rules again and throws in English):
/// a store value, one of Amazon's codes spelt exactly, a carrier name with "Other", no value mapped twice.
/// </summary>
public class CarrierMappingAdminRules
{
    private const string P = AmazonChannelDefaults.LocalePrefix + ".CarrierMappings.";

    private readonly IRepository<AmazonCarrierMapping> _repository;
    private readonly ILocalizationService _localizationService;

    public CarrierMappingAdminRules(IRepository<AmazonCarrierMapping> repository, ILocalizationService localizationService)
    {
        _repository = repository;
        _localizationService = localizationService;
    }

    /// <returns>The localized problems; empty when the row can be saved.</returns>
    public async Task<IReadOnlyList<string>> CheckAsync(CarrierMappingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(model.NopShippingValue))
            errors.Add(await _localizationService.GetResourceAsync(P + "NopShippingValue.Required"));
        if (!AmazonCarrierCodes.IsKnown(model.CarrierCode))
            errors.Add(string.Format(await _localizationService.GetResourceAsync(P + "CarrierCode.Unknown"), model.CarrierCode));
        else if (model.CarrierCode == AmazonCarrierCodes.Other && string.IsNullOrWhiteSpace(model.CarrierName))
            errors.Add(await _localizationService.GetResourceAsync(P + "CarrierName.RequiredForOther"));
        if (!string.IsNullOrWhiteSpace(model.NopShippingValue))
        {
            var (id, value) = (model.Id, model.NopShippingValue.Trim());
            var others = await _repository.GetAllAsync(query => query.Where(m => m.Id != id));
            if (others.Any(m => string.Equals(m.NopShippingValue.Trim(), value, StringComparison.OrdinalIgnoreCase)))
                errors.Add(string.Format(await _localizationService.GetResourceAsync(P + "NopShippingValue.Duplicate"), value));
        }

        return errors;
    }
}
