using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;

/// <summary>The carrier mapping grid on the configure page, with its "add" row.</summary>
public record CarrierMappingSearchModel : BaseSearchModel
{
    private const string P = AmazonChannelDefaults.LocalePrefix + ".CarrierMappings.Fields.";

    [NopResourceDisplayName(P + "NopShippingValue")]
    public string? NewNopShippingValue { get; set; }

    [NopResourceDisplayName(P + "CarrierCode")]
    public string? NewCarrierCode { get; set; }

    [NopResourceDisplayName(P + "CarrierName")]
    public string? NewCarrierName { get; set; }

    [NopResourceDisplayName(P + "ShippingMethod")]
    public string? NewShippingMethod { get; set; }

    /// <summary>Amazon's carrier codes (amzn-base.xsd), spelt exactly.</summary>
    public IList<SelectListItem> AvailableCarrierCodes { get; set; } = new List<SelectListItem>();
}

/// <summary>One row: a store shipping method (or rate computation method system name) and the carrier Amazon is told.</summary>
public record CarrierMappingModel : BaseNopEntityModel
{
    public string NopShippingValue { get; set; } = string.Empty;

    public string CarrierCode { get; set; } = string.Empty;

    public string? CarrierName { get; set; }

    public string? ShippingMethod { get; set; }
}

public record CarrierMappingListModel : BasePagedListModel<CarrierMappingModel>;
