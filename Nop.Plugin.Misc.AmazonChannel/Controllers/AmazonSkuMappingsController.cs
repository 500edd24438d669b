using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.SkuMappings;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>The SKU mapping table (reached from the configure page): search, add or replace, delete, CSV export and import.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonSkuMappingsController : BasePluginController
{
    private const string P = "Plugins.Misc.AmazonChannel.SkuMappings.";

    private readonly SkuMappingModelFactory _modelFactory;
    private readonly SkuMappingAdminService _mappingService;
    private readonly IProductService _productService;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;

    public AmazonSkuMappingsController(SkuMappingModelFactory modelFactory, SkuMappingAdminService mappingService, IProductService productService,
        ILocalizationService localizationService, INotificationService notificationService)
    {
        _modelFactory = modelFactory;
        _mappingService = mappingService;
        _productService = productService;
        _localizationService = localizationService;
        _notificationService = notificationService;
    }

    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> List() => View(AdminViews.SkuMappingList, await _modelFactory.PrepareSearchModelAsync(new SkuMappingSearchModel()));

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> MappingList(SkuMappingSearchModel searchModel) => Json(await _modelFactory.PrepareListModelAsync(searchModel));

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Add(SkuMappingAddModel model)
    {
        // SkuMappingAddModelValidator's rules (run by nopCommerce while binding) share one message.
        if (!ModelState.IsValid)
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(P + "Invalid"));
        else
        {
            await _mappingService.SaveAsync(model.NewAccountId, model.NewSellerSku!, model.NewProductId, model.NewAttributeCombinationId is > 0 ? model.NewAttributeCombinationId : null);
            _notificationService.SuccessNotification(await _localizationService.GetResourceAsync(P + "Saved"));
        }
        return RedirectToAction(nameof(List));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Delete(int id)
    {
        await _mappingService.DeleteAsync(id);
        return Json(new { Result = true });
    }

    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> ExportCsv()
    {
        var mappings = new List<Domain.AmazonSkuMapping>();
        await foreach (var mapping in _mappingService.ReadAllAsync())
            mappings.Add(mapping);
        return File(Encoding.UTF8.GetBytes(SkuMappingCsv.Write(mappings)), "text/csv", "amazon-sku-mappings.csv");
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PLUGINS)]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> ImportCsv(IFormFile? importcsvfile)
    {
        if (importcsvfile is null || importcsvfile.Length == 0)
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(P + "Import.NoFile"));
            return RedirectToAction(nameof(List));
        }

        using var reader = new StreamReader(importcsvfile.OpenReadStream(), Encoding.UTF8);
        var (rows, badLines) = SkuMappingCsv.Read(await reader.ReadToEndAsync(HttpContext.RequestAborted));
        var unknownProducts = new List<int>();
        var saved = 0;
        foreach (var row in rows)
        {
            if (await _productService.GetProductByIdAsync(row.ProductId) is null)
            {
                unknownProducts.Add(row.ProductId);
                continue;
            }
            await _mappingService.SaveAsync(row.AccountId, row.SellerSku, row.ProductId, row.AttributeCombinationId);
            saved++;
        }

        _notificationService.SuccessNotification(string.Format(await _localizationService.GetResourceAsync(P + "Import.Done"), saved));
        if (badLines.Count > 0)
            _notificationService.WarningNotification(string.Format(await _localizationService.GetResourceAsync(P + "Import.BadLines"), string.Join(", ", badLines)));
        if (unknownProducts.Count > 0)
            _notificationService.WarningNotification(string.Format(await _localizationService.GetResourceAsync(P + "Import.UnknownProducts"), string.Join(", ", unknownProducts.Distinct())));
        return RedirectToAction(nameof(List));
    }
}
