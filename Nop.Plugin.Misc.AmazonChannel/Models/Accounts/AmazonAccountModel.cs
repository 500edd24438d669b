using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Models.Accounts;

/// <summary>
/// An Amazon account on its edit page. The LWA client secret and refresh token are write-only: the page never gets
/// them back, an empty field keeps the stored value, a filled one replaces it.
/// </summary>
public record AmazonAccountModel : BaseNopEntityModel
{
    private const string P = "Plugins.Misc.AmazonChannel.Accounts.Fields.";

    [NopResourceDisplayName(P + "Name")]
    public string Name { get; set; } = string.Empty;

    [NopResourceDisplayName(P + "Enabled")]
    public bool Enabled { get; set; } = true;

    [NopResourceDisplayName(P + "Region")]
    public int RegionId { get; set; }

    [NopResourceDisplayName(P + "SellerId")]
    public string SellerId { get; set; } = string.Empty;

    [NopResourceDisplayName(P + "Store")]
    public int StoreId { get; set; }

    [NopResourceDisplayName(P + "LwaClientId")]
    public string LwaClientId { get; set; } = string.Empty;

    [NopResourceDisplayName(P + "LwaClientSecret")]
    [DataType(DataType.Password)]
    public string? LwaClientSecret { get; set; }

    [NopResourceDisplayName(P + "RefreshToken")]
    [DataType(DataType.Password)]
    public string? RefreshToken { get; set; }

    [NopResourceDisplayName(P + "Marketplaces")]
    public IList<string> SelectedMarketplaceIds { get; set; } = new List<string>();

    public bool HasStoredSecrets { get; set; }

    public IList<SelectListItem> AvailableRegions { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    /// <summary>The saved marketplaces plus, after "Test connection", every one Amazon returned.</summary>
    public IList<SelectListItem> AvailableMarketplaces { get; set; } = new List<SelectListItem>();

    /// <summary>After "Test connection": the store names and marketplaces Amazon returned.</summary>
    public IList<string> TestedMarketplaces { get; set; } = new List<string>();

    /// <summary>After a failed "Test connection": Amazon's answer in plain words.</summary>
    public string? TestError { get; set; }
}

/// <summary>One account in the configure page's accounts grid.</summary>
public record AmazonAccountRowModel : BaseNopEntityModel
{
    public string Name { get; set; } = string.Empty;

    public string SellerId { get; set; } = string.Empty;

    public string Region { get; set; } = string.Empty;

    public string Store { get; set; } = string.Empty;

    public string Marketplaces { get; set; } = string.Empty;

    public bool Enabled { get; set; }
}

public record AmazonAccountSearchModel : BaseSearchModel;

public record AmazonAccountListModel : BasePagedListModel<AmazonAccountRowModel>;
