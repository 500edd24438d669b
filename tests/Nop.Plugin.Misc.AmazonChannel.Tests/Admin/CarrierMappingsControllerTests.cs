using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;
using Nop.Plugin.Misc.AmazonChannel.Validators;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The carrier mapping grid on the configure page: add, edit in the row, delete, paged reads, and the rules in the admin's language.</summary>
public class CarrierMappingsControllerTests
{
    private ImportHarness _harness = null!;
    private IServiceScope _scope = null!;
    private AmazonCarrierMappingsController _controller = null!;
    private CarrierMappingModelValidator _validator = null!;

    [SetUp]
    public void SetUp()
    {
        var localization = AdminTestKit.PluginResources();
        _harness = new ImportHarness(services => services.AddSingleton(localization.Object));
        _scope = _harness.Services.CreateScope();
        var provider = _scope.ServiceProvider;
        _controller = new AmazonCarrierMappingsController(provider.GetRequiredService<CarrierMappingModelFactory>(), provider.GetRequiredService<CarrierMappingService>(),
            localization.Object);
        _validator = new CarrierMappingModelValidator(provider.GetRequiredService<IRepository<AmazonCarrierMapping>>(), localization.Object);
    }

    [TearDown]
    public void TearDown()
    {
        _controller.Dispose();
        _scope.Dispose();
        _harness.Dispose();
    }

    private static string Text(string key, params object?[] args) => string.Format(AmazonChannelLocaleResources.All[key], args);

    private static string? ErrorOf(IActionResult result) =>
        ((JsonResult)result).Value!.GetType().GetProperty("error")?.GetValue(((JsonResult)result).Value) as string;

    /// <summary>The add row's POST: its fields under a row's names, validated as the host binds them.</summary>
    private Task<IActionResult> AddAsync(string? nopShippingValue, string? carrierCode, string? carrierName = null)
    {
        _controller.ModelState.Clear();
        var row = new CarrierMappingModel { NopShippingValue = nopShippingValue!, CarrierCode = carrierCode!, CarrierName = carrierName };
        return _controller.Add(_controller.Validated(_validator, row));
    }

    private Task<IActionResult> UpdateAsync(CarrierMappingModel row)
    {
        _controller.ModelState.Clear();
        return _controller.Update(_controller.Validated(_validator, row));
    }

    private async Task<List<CarrierMappingModel>> RowsAsync(int start = 0, int length = 10) =>
        ((CarrierMappingListModel)((JsonResult)await _controller.MappingList(new CarrierMappingSearchModel { Start = start, Length = length })).Value!).Data.ToList();

    [Test]
    public async Task Add_Edit_Delete_ChangeWhatTheShipmentConfirmationResolves()
    {
        Assert.That(ErrorOf(await AddAsync(" Courier Express ", "Other", "Courier Express")), Is.Null);
        var row = (await RowsAsync()).Single();
        Assert.That((row.NopShippingValue, row.CarrierCode, row.CarrierName, row.ShippingMethod), Is.EqualTo(("Courier Express", "Other", "Courier Express", (string?)null)));
        var service = _scope.ServiceProvider.GetRequiredService<CarrierMappingService>();
        var order = new Nop.Core.Domain.Orders.Order { ShippingMethod = "courier express" };
        Assert.That((await service.ResolveAsync(order, null))!.CarrierName, Is.EqualTo("Courier Express"));

        Assert.That(ErrorOf(await UpdateAsync(row with { CarrierCode = "DHL", CarrierName = "", ShippingMethod = "Express" })), Is.Null);
        Assert.That(await service.ResolveAsync(order, null), Is.EqualTo(new AmazonCarrier("DHL", null, "Express")));

        await _controller.Delete(row.Id);
        Assert.That(await RowsAsync(), Is.Empty);
        Assert.That(await service.ResolveAsync(order, null), Is.Null);
    }

    [Test]
    public async Task TheRules_AreToldInTheAdminsLanguage_AndNothingIsSaved()
    {
        await AddAsync("Ground", "UPS");

        Assert.That(ErrorOf(await AddAsync("", "ups")),
            Is.EqualTo(Text("Plugins.Misc.AmazonChannel.CarrierMappings.NopShippingValue.Required") + " " + Text("Plugins.Misc.AmazonChannel.CarrierMappings.CarrierCode.Unknown", "ups")));
        Assert.That(ErrorOf(await AddAsync("Van", "Other")),
            Is.EqualTo(Text("Plugins.Misc.AmazonChannel.CarrierMappings.CarrierName.RequiredForOther")));
        Assert.That(ErrorOf(await AddAsync("GROUND", "USPS")),
            Is.EqualTo(Text("Plugins.Misc.AmazonChannel.CarrierMappings.NopShippingValue.Duplicate", "GROUND")));

        var row = (await RowsAsync()).Single();
        Assert.That(ErrorOf(await UpdateAsync(row with { CarrierCode = "Royal mail" })), Is.EqualTo(Text("Plugins.Misc.AmazonChannel.CarrierMappings.CarrierCode.Unknown", "Royal mail")));
        Assert.That(ErrorOf(await UpdateAsync(row with { Id = 999 })), Is.EqualTo(Text("Plugins.Misc.AmazonChannel.CarrierMappings.NotFound")));
        var after = (await RowsAsync()).Single();
        Assert.That((after.NopShippingValue, after.CarrierCode), Is.EqualTo(("Ground", "UPS")));
    }

    [Test]
    public async Task TheGrid_IsPaged_AndTheConfigurePageOffersAmazonsCodes()
    {
        foreach (var name in new[] { "C", "A", "B" })
            await AddAsync(name, "UPS");

        var second = (JsonResult)await _controller.MappingList(new CarrierMappingSearchModel { Start = 2, Length = 2 });
        var page = (CarrierMappingListModel)second.Value!;
        Assert.That((page.RecordsTotal, page.Data.Single().NopShippingValue), Is.EqualTo((3, "C")));

        var configure = new ConfigurationModel();
        await new ConfigurationModelFactory(AdminTestKit.PluginResources().Object).PrepareChoicesAsync(configure);
        Assert.That(configure.CarrierMappingSearch.AvailableCarrierCodes.Select(i => i.Value), Is.EquivalentTo(AmazonCarrierCodes.All));
    }
}
