using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Models.Orders;

/// <summary>The filters of Sales > Amazon orders, posted by its grid with every page request.</summary>
public record AmazonOrderSearchModel : BaseSearchModel
{
    private const string P = "Plugins.Misc.AmazonChannel.Orders.";

    /// <summary>0 All, 1 Errors, 2 Archived (<see cref="Services.Admin.AmazonOrderGridTab"/>).</summary>
    public int Tab { get; set; }

    /// <summary>A dashboard work list (<see cref="Services.Admin.AmazonOrderWorkList"/>); 0 for none.</summary>
    public int WorkList { get; set; }

    [NopResourceDisplayName(P + "Search.AmazonOrderId")]
    public string? SearchAmazonOrderId { get; set; }

    [NopResourceDisplayName(P + "Search.Account")]
    public int SearchAccountId { get; set; }

    [NopResourceDisplayName(P + "Search.Marketplace")]
    public string? SearchMarketplaceId { get; set; }

    [NopResourceDisplayName(P + "Search.AmazonStatus")]
    public string? SearchAmazonStatus { get; set; }

    [NopResourceDisplayName(P + "Search.SyncStatus")]
    public int SearchSyncStatusId { get; set; }

    [NopResourceDisplayName(P + "Search.FulfillmentChannel")]
    public int SearchFulfillmentChannelId { get; set; }

    [NopResourceDisplayName(P + "Search.TotalFrom")]
    [UIHint("DecimalNullable")]
    public decimal? SearchTotalFrom { get; set; }

    [NopResourceDisplayName(P + "Search.TotalTo")]
    [UIHint("DecimalNullable")]
    public decimal? SearchTotalTo { get; set; }

    [NopResourceDisplayName(P + "Search.PurchasedFrom")]
    [UIHint("DateNullable")]
    public DateTime? SearchPurchasedFrom { get; set; }

    [NopResourceDisplayName(P + "Search.PurchasedTo")]
    [UIHint("DateNullable")]
    public DateTime? SearchPurchasedTo { get; set; }

    [NopResourceDisplayName(P + "ImportById")]
    public string? ImportAmazonOrderId { get; set; }

    [NopResourceDisplayName(P + "ImportById.Account")]
    public int ImportAccountId { get; set; }

    public IList<SelectListItem> AvailableAccounts { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableImportAccounts { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableMarketplaces { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableAmazonStatuses { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableSyncStatuses { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableFulfillmentChannels { get; set; } = new List<SelectListItem>();
}
