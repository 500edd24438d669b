using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Models.SkuMappings;

/// <summary>The SKU mapping page: its search filters and the "add or replace" form.</summary>
public record SkuMappingSearchModel : BaseSearchModel
{
    private const string P = "Plugins.Misc.AmazonChannel.SkuMappings.";

    [NopResourceDisplayName(P + "Search.SellerSku")]
    public string? SearchSellerSku { get; set; }

    [NopResourceDisplayName(P + "Search.Account")]
    public int SearchAccountId { get; set; } = -1;

    [NopResourceDisplayName(P + "Fields.SellerSku")]
    public string? NewSellerSku { get; set; }

    [NopResourceDisplayName(P + "Fields.Account")]
    public int NewAccountId { get; set; }

    [NopResourceDisplayName(P + "Fields.ProductId")]
    public int NewProductId { get; set; }

    [NopResourceDisplayName(P + "Fields.AttributeCombinationId")]
    [UIHint("Int32Nullable")]
    public int? NewAttributeCombinationId { get; set; }

    /// <summary>Search: -1 any account, 0 mappings for every account, else one account.</summary>
    public IList<SelectListItem> AvailableSearchAccounts { get; set; } = new List<SelectListItem>();

    /// <summary>New mapping: 0 every account, else one account.</summary>
    public IList<SelectListItem> AvailableAccounts { get; set; } = new List<SelectListItem>();
}

/// <summary>
/// Posted by the "add or replace" form: the search model's New* fields under the same names. A model of its own, so
/// nopCommerce validates it only when a mapping is added (the grid's reads post the search model).
/// </summary>
public record SkuMappingAddModel : BaseNopModel
{
    public string? NewSellerSku { get; set; }

    public int NewAccountId { get; set; }

    public int NewProductId { get; set; }

    public int? NewAttributeCombinationId { get; set; }
}

public record SkuMappingModel : BaseNopEntityModel
{
    public string SellerSku { get; set; } = string.Empty;

    public string Account { get; set; } = string.Empty;

    public int ProductId { get; set; }

    public string ProductName { get; set; } = string.Empty;

    public int? AttributeCombinationId { get; set; }
}

public record SkuMappingListModel : BasePagedListModel<SkuMappingModel>;
