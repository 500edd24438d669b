using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AmazonChannel.Models.Orders;

/// <summary>One row of the Amazon orders grid. Dates are in the admin's time zone; texts are shown HTML-encoded.</summary>
public record AmazonOrderModel : BaseNopEntityModel
{
    public string AmazonOrderId { get; set; } = string.Empty;

    public string AccountName { get; set; } = string.Empty;

    public string MarketplaceId { get; set; } = string.Empty;

    public int? OrderId { get; set; }

    public string AmazonStatus { get; set; } = string.Empty;

    public string Total { get; set; } = string.Empty;

    public string FulfillmentChannel { get; set; } = string.Empty;

    public int ItemsUnshipped { get; set; }

    public DateTime? PurchaseDate { get; set; }

    public DateTime? LatestShipDate { get; set; }

    public bool IsLate { get; set; }

    public bool IsDueToday { get; set; }

    public bool IsOnHold { get; set; }

    public bool IsArchived { get; set; }

    public DateTime LastAction { get; set; }

    public string SyncStatus { get; set; } = string.Empty;

    public int SyncStatusId { get; set; }

    public string? LastError { get; set; }

    /// <summary>An Amazon Business order, with the buyer's PO number and company when Amazon gave them.</summary>
    public bool IsBusinessOrder { get; set; }

    public string? PurchaseOrderNumber { get; set; }

    public string? BuyerCompanyName { get; set; }
}

/// <summary>One page of the Amazon orders grid.</summary>
public record AmazonOrderListModel : BasePagedListModel<AmazonOrderModel>;
