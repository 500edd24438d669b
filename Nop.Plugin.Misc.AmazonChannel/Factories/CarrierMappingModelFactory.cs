using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares the carrier mapping grid of the configure page, paged in the database.</summary>
public class CarrierMappingModelFactory
{
    private readonly IRepository<AmazonCarrierMapping> _repository;

    public CarrierMappingModelFactory(IRepository<AmazonCarrierMapping> repository)
    {
        _repository = repository;
    }

    public static CarrierMappingSearchModel PrepareSearchModel(CarrierMappingSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        searchModel.AvailableCarrierCodes = AmazonCarrierCodes.All.Order(StringComparer.OrdinalIgnoreCase)
            .Select(code => new SelectListItem(code, code, code == searchModel.NewCarrierCode)).ToList();
        searchModel.SetGridPageSize();
        return searchModel;
    }

    public async Task<CarrierMappingListModel> PrepareListModelAsync(CarrierMappingSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        var pageSize = Math.Max(1, searchModel.Length);
        var page = await _repository.GetAllPagedAsync(query => query.OrderBy(m => m.NopShippingValue).ThenBy(m => m.Id),
            Math.Max(0, searchModel.Start) / pageSize, pageSize);
        return new CarrierMappingListModel
        {
            Data = page.Select(mapping => mapping.ToModel<CarrierMappingModel>()).ToList(),
            Draw = searchModel.Draw,
            RecordsTotal = page.TotalCount,
            RecordsFiltered = page.TotalCount
        };
    }
}
