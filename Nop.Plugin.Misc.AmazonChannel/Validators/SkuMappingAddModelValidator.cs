using FluentValidation;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Models.SkuMappings;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.AmazonChannel.Validators;

/// <summary>A new SKU mapping: a seller SKU and the ID of an existing product (deleted ones included, as nopCommerce's product lookup does).</summary>
public class SkuMappingAddModelValidator : BaseNopValidator<SkuMappingAddModel>
{
    private const string Invalid = AmazonChannelDefaults.LocalePrefix + ".SkuMappings.Invalid";

    public SkuMappingAddModelValidator(IRepository<Product> productRepository, ILocalizationService localizationService)
    {
        RuleFor(model => model.NewSellerSku).Must(sku => !string.IsNullOrWhiteSpace(sku)).WithResource(localizationService, Invalid);
        // Synchronous query: the host validates while binding, synchronously.
        RuleFor(model => model.NewProductId).Must(id => id > 0 && productRepository.Table.Any(product => product.Id == id))
            .WithResource(localizationService, Invalid);
    }
}
