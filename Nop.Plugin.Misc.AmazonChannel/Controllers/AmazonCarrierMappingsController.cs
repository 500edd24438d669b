using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>
/// The carrier mapping grid on the configure page: read, add, edit in the row, delete. Answers as nopCommerce's grids
/// expect: rows as JSON, and problems as <c>{ error }</c> (the grid shows them).
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonCarrierMappingsController : BasePluginController
{
    private readonly CarrierMappingModelFactory _modelFactory;
    private readonly CarrierMappingService _mappingService;
    private readonly CarrierMappingAdminRules _rules;
    private readonly ILocalizationService _localizationService;

    public AmazonCarrierMappingsController(CarrierMappingModelFactory modelFactory, CarrierMappingService mappingService, CarrierMappingAdminRules rules,
        ILocalizationService localizationService)
    {
        _localizationService = localizationService;
        _modelFactory = modelFactory;
        _mappingService = mappingService;
        _rules = rules;
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> MappingList(CarrierMappingSearchModel searchModel) => Json(await _modelFactory.PrepareListModelAsync(searchModel));

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Add(CarrierMappingSearchModel model)
    {
        var row = new CarrierMappingModel
        {
            NopShippingValue = model.NewNopShippingValue?.Trim() ?? string.Empty,
            CarrierCode = model.NewCarrierCode?.Trim() ?? string.Empty,
            CarrierName = Blank(model.NewCarrierName),
            ShippingMethod = Blank(model.NewShippingMethod)
        };
        if (await _rules.CheckAsync(row) is { Count: > 0 } errors)
            return Json(new { error = string.Join(" ", errors) });

        var mapping = new AmazonCarrierMapping();
        Apply(row, mapping);
        await _mappingService.InsertAsync(mapping);
        return Json(new { Result = true });
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Update(CarrierMappingModel model)
    {
        var mapping = await _mappingService.GetByIdAsync(model.Id);
        if (mapping is null)
            return Json(new { error = await _localizationService.GetResourceAsync("Plugins.Misc.AmazonChannel.CarrierMappings.NotFound") });
        if (await _rules.CheckAsync(model) is { Count: > 0 } errors)
            return Json(new { error = string.Join(" ", errors) });

        Apply(model, mapping);
        await _mappingService.UpdateAsync(mapping);
        return Json(new { Result = true });
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Delete(int id)
    {
        if (await _mappingService.GetByIdAsync(id) is { } mapping)
            await _mappingService.DeleteAsync(mapping);
        return Json(new { Result = true });
    }

    private static void Apply(CarrierMappingModel model, AmazonCarrierMapping mapping)
    {
        mapping.NopShippingValue = model.NopShippingValue.Trim();
        mapping.CarrierCode = model.CarrierCode.Trim();
        mapping.CarrierName = Blank(model.CarrierName);
        mapping.ShippingMethod = Blank(model.ShippingMethod);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
