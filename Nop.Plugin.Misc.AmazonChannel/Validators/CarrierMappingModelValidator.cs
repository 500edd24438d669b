using FluentValidation;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.AmazonChannel.Validators;

/// <summary>
/// A carrier mapping row in the admin's language (the service checks the same rules again and throws in English): a
/// store value, one of Amazon's codes spelt exactly, a carrier name with "Other", no value mapped twice.
/// </summary>
public class CarrierMappingModelValidator : BaseNopValidator<CarrierMappingModel>
{
    private const string P = AmazonChannelDefaults.LocalePrefix + ".CarrierMappings.";

    public CarrierMappingModelValidator(IRepository<AmazonCarrierMapping> repository, ILocalizationService localizationService)
    {
        RuleFor(model => model.NopShippingValue).Must(value => !string.IsNullOrWhiteSpace(value))
            .WithResource(localizationService, P + "NopShippingValue.Required");
        RuleFor(model => model.CarrierCode).Must(code => AmazonCarrierCodes.IsKnown(code?.Trim()))
            .WithResource(localizationService, P + "CarrierCode.Unknown", model => [model.CarrierCode]);
        RuleFor(model => model.CarrierName).Must(name => !string.IsNullOrWhiteSpace(name))
            .When(model => model.CarrierCode?.Trim() == AmazonCarrierCodes.Other)
            .WithResource(localizationService, P + "CarrierName.RequiredForOther");
        // Synchronous query: the host validates while binding, synchronously. Compared in memory, as the service does.
        RuleFor(model => model.NopShippingValue)
            .Must((model, value) => !repository.Table.Where(m => m.Id != model.Id).Select(m => m.NopShippingValue).AsEnumerable()
                .Any(other => string.Equals(other.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase)))
            .When(model => !string.IsNullOrWhiteSpace(model.NopShippingValue))
            .WithResource(localizationService, P + "NopShippingValue.Duplicate", model => [model.NopShippingValue.Trim()]);
    }
}
