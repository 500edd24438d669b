using System.Linq.Expressions;
using FluentValidation;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.Accounts;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.AmazonChannel.Validators;

/// <summary>
/// An account before it is saved; every message is a locale resource. A new account (Id 0) needs its secrets; a saved
/// one keeps them when the fields are left empty.
/// </summary>
public class AmazonAccountModelValidator : BaseNopValidator<AmazonAccountModel>
{
    private const string Prefix = AmazonChannelDefaults.LocalePrefix + ".Accounts.Fields.";

    private readonly ILocalizationService _localizationService;

    public AmazonAccountModelValidator(ILocalizationService localizationService, IStoreService storeService)
    {
        _localizationService = localizationService;

        Required(model => model.Name, nameof(AmazonAccountModel.Name));
        Required(model => model.SellerId, nameof(AmazonAccountModel.SellerId));
        Required(model => model.LwaClientId, nameof(AmazonAccountModel.LwaClientId));
        Required(model => model.LwaClientSecret, nameof(AmazonAccountModel.LwaClientSecret)).When(model => model.Id == 0);
        Required(model => model.RefreshToken, nameof(AmazonAccountModel.RefreshToken)).When(model => model.Id == 0);
        RuleFor(model => model.RegionId).Must(id => Enum.IsDefined((AmazonRegion)id)).WithResource(localizationService, Prefix + "Region.Invalid");
        // 0 is the default store; any other ID must be a store of this installation.
        RuleFor(model => model.StoreId).Must(id => id == 0 || storeService.GetAllStores().Any(store => store.Id == id))
            .WithResource(localizationService, Prefix + "Store.Invalid");
    }

    private IRuleBuilderOptions<AmazonAccountModel, string?> Required(Expression<Func<AmazonAccountModel, string?>> property, string name) =>
        RuleFor(property).Must(value => !string.IsNullOrWhiteSpace(value)).WithResource(_localizationService, Prefix + name + ".Required");
}
