using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;
using Nop.Plugin.Misc.AmazonChannel.Services;
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
    private static readonly string[] _columns =
    [
        nameof(CarrierMappingModel.NopShippingValue), nameof(CarrierMappingModel.CarrierCode),
        nameof(CarrierMappingModel.CarrierName), nameof(CarrierMappingModel.ShippingMethod)
    ];

    private readonly CarrierMappingModelFactory _modelFactory;
    private readonly CarrierMappingService _mappingService;
    private readonly ILocalizationService _localizationService;

    public AmazonCarrierMappingsController(CarrierMappingModelFactory modelFactory, CarrierMappingService mappingService, ILocalizationService localizationService)
    {
        _localizationService = localizationService;
        _modelFactory = modelFactory;
        _mappingService = mappingService;
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> MappingList(CarrierMappingSearchModel searchModel) => Json(await _modelFactory.PrepareListModelAsync(searchModel));

    /// <summary>The add row posts a row's fields (CarrierMappingModel's names), so nopCommerce validates it as it does an edited row.</summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Add(CarrierMappingModel model)
    {
        if (!ModelState.IsValid)
            return Errors();

        await _mappingService.InsertAsync(model.ToEntity(new AmazonCarrierMapping()));
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
        if (!ModelState.IsValid)
            return Errors();

        await _mappingService.UpdateAsync(model.ToEntity(mapping));
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

    /// <summary>
    /// CarrierMappingModelValidator's messages (nopCommerce runs it while binding), as the grid shows them: <c>{ error }</c>,
    /// in the row's column order (ModelState sorts its keys by name).
    /// </summary>
    private JsonResult Errors()
    {
        var messages = ModelState.OrderBy(entry => ColumnOrder(entry.Key))
            .SelectMany(entry => entry.Value?.Errors ?? [])
            .Select(error => error.ErrorMessage)
            .Where(message => message.Length > 0);
        return Json(new { error = string.Join(" ", messages) });
    }

    private static int ColumnOrder(string key) => Array.IndexOf(_columns, key) is var index and >= 0 ? index : _columns.Length;
}
