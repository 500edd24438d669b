using AutoMapper;
using Nop.Core.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Plugin.Misc.AmazonChannel.Models.Accounts;
using Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;

namespace Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;

/// <summary>
/// The admin pages' mappings between models and settings or entities. Every member of a destination is mapped or
/// ignored by name (the configuration test asserts it), so a new setting or column needs a decision here. The account's
/// secrets are never mapped either way: the page never gets them back, and <c>AmazonAccountService</c> stores a posted
/// one encrypted only when the field was filled.
/// </summary>
public class AmazonChannelMapperConfiguration : Profile, IOrderedMapperProfile
{
    public AmazonChannelMapperConfiguration()
    {
        CreateSettingsMaps();
        CreateAccountMaps();
        CreateCarrierMappingMaps();
    }

    /// <summary>After nopCommerce's own profiles (order 0), as nopCommerce's plugins do.</summary>
    public int Order => 1;

    private void CreateSettingsMaps()
    {
        // Settings to page: every setting must reach a field (MemberList.Source); the page's own members keep their defaults.
        CreateMap<AmazonChannelSettings, ConfigurationModel>(MemberList.Source)
            .ForMember(model => model.CustomerMappingId, options => options.MapFrom(settings => (int)settings.CustomerMapping))
            .ForSourceMember(settings => settings.CustomerMapping, options => options.DoNotValidate());

        CreateMap<ConfigurationModel, AmazonChannelSettings>()
            .ForMember(settings => settings.CustomerMapping, options => options.MapFrom(model => (CustomerMappingMode)model.CustomerMappingId))
            .ForMember(settings => settings.EndpointOverride, options => options.MapFrom(model => TrimmedOrNull(model.EndpointOverride)))
            .ForMember(settings => settings.ReturnReasonMapping, options => options.MapFrom(model => TrimmedOrNull(model.ReturnReasonMapping)))
            .ForMember(settings => settings.ReturnActionMapping, options => options.MapFrom(model => TrimmedOrNull(model.ReturnActionMapping)));
    }

    private void CreateAccountMaps()
    {
        CreateMap<AmazonAccount, AmazonAccountModel>()
            .ForMember(model => model.SelectedMarketplaceIds, options => options.MapFrom(account => account.GetMarketplaceIds().ToList()))
            .ForMember(model => model.HasStoredSecrets, options => options.MapFrom(account => !string.IsNullOrEmpty(account.RefreshTokenEncrypted)))
            .ForMember(model => model.LwaClientSecret, options => options.Ignore())
            .ForMember(model => model.RefreshToken, options => options.Ignore())
            .ForMember(model => model.AvailableRegions, options => options.Ignore())
            .ForMember(model => model.AvailableStores, options => options.Ignore())
            .ForMember(model => model.AvailableMarketplaces, options => options.Ignore())
            .ForMember(model => model.TestedMarketplaces, options => options.Ignore())
            .ForMember(model => model.TestError, options => options.Ignore())
            .ForMember(model => model.CustomProperties, options => options.Ignore());

        // Page to entity: the fields the admin edits, trimmed. The ID, the secrets and their dates and the timestamps
        // belong to AmazonAccountService.
        CreateMap<AmazonAccountModel, AmazonAccount>()
            .ForMember(account => account.Name, options => options.MapFrom(model => model.Name.Trim()))
            .ForMember(account => account.SellerId, options => options.MapFrom(model => model.SellerId.Trim()))
            .ForMember(account => account.LwaClientId, options => options.MapFrom(model => model.LwaClientId.Trim()))
            .ForMember(account => account.MarketplaceIds, options => options.MapFrom(model =>
                string.Join(",", model.SelectedMarketplaceIds.Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))))
            .ForMember(account => account.Id, options => options.Ignore())
            .ForMember(account => account.Region, options => options.Ignore())
            .ForMember(account => account.LwaClientSecretEncrypted, options => options.Ignore())
            .ForMember(account => account.LwaClientSecretSetOnUtc, options => options.Ignore())
            .ForMember(account => account.RefreshTokenEncrypted, options => options.Ignore())
            .ForMember(account => account.CreatedOnUtc, options => options.Ignore())
            .ForMember(account => account.UpdatedOnUtc, options => options.Ignore());
    }

    private void CreateCarrierMappingMaps()
    {
        CreateMap<AmazonCarrierMapping, CarrierMappingModel>()
            .ForMember(model => model.CustomProperties, options => options.Ignore());

        // Page to entity: trimmed, empty optional values as null; the ID and timestamps belong to CarrierMappingService.
        CreateMap<CarrierMappingModel, AmazonCarrierMapping>()
            .ForMember(mapping => mapping.NopShippingValue, options => options.MapFrom(model => model.NopShippingValue.Trim()))
            .ForMember(mapping => mapping.CarrierCode, options => options.MapFrom(model => model.CarrierCode.Trim()))
            .ForMember(mapping => mapping.CarrierName, options => options.MapFrom(model => TrimmedOrNull(model.CarrierName)))
            .ForMember(mapping => mapping.ShippingMethod, options => options.MapFrom(model => TrimmedOrNull(model.ShippingMethod)))
            .ForMember(mapping => mapping.Id, options => options.Ignore())
            .ForMember(mapping => mapping.CreatedOnUtc, options => options.Ignore())
            .ForMember(mapping => mapping.UpdatedOnUtc, options => options.Ignore());
    }

    private static string? TrimmedOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
