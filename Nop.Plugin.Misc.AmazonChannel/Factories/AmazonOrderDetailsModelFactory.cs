using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>Prepares the Amazon side of one order (the grid's "View").</summary>
public class AmazonOrderDetailsModelFactory
{
    private readonly AmazonOrderModelFactory _rowFactory;
    private readonly AmazonOrderAdminActions _actions;
    private readonly IRepository<AmazonOrderItemLink> _itemRepository;
    private readonly AmazonSyncErrorService _errorService;
    private readonly AmazonSyncErrorText _errorText;
    private readonly AdminClock _clock;
    private readonly ILocalizationService _localizationService;

    public AmazonOrderDetailsModelFactory(AmazonOrderModelFactory rowFactory, AmazonOrderAdminActions actions, IRepository<AmazonOrderItemLink> itemRepository,
        AmazonSyncErrorService errorService, AmazonSyncErrorText errorText, AdminClock clock, ILocalizationService localizationService)
    {
        _rowFactory = rowFactory;
        _actions = actions;
        _itemRepository = itemRepository;
        _errorService = errorService;
        _errorText = errorText;
        _clock = clock;
        _localizationService = localizationService;
    }

    /// <summary>The model of the order link, or null when there is none with that ID.</summary>
    public async Task<AmazonOrderDetailsModel?> PrepareAsync(int linkId)
    {
        var link = await _actions.GetLinkAsync(linkId);
        if (link is null)
            return null;

        var items = await _itemRepository.GetAllAsync(query => query.Where(item => item.OrderLinkId == link.Id).OrderBy(item => item.Id));
        var model = new AmazonOrderDetailsModel
        {
            Id = link.Id,
            Order = await _rowFactory.PrepareRowAsync(link),
            Items = items.Select(item => new AmazonOrderItemRowModel
            {
                AmazonOrderItemId = item.AmazonOrderItemId,
                SellerSku = item.SellerSku,
                QuantityOrdered = item.QuantityOrdered,
                QuantityShipped = item.QuantityShipped,
                QuantityCancelled = item.QuantityCancelled
            }).ToList()
        };
        foreach (var error in await _errorService.GetOpenErrorsAsync(link.Id))
        {
            model.Errors.Add(new AmazonSyncErrorRowModel
            {
                Kind = await _localizationService.GetLocalizedEnumAsync(error.Kind),
                Message = await _errorText.GetAsync(error),
                OccurredOn = await _clock.ToAdminTimeAsync(error.OccurredOnUtc)
            });
        }
        return model;
    }
}
