using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Models.Widgets;

/// <summary>What the panel's buttons need: the items, what is left to refund, the shipments and Amazon's reason lists.</summary>
public record OrderPanelActionsModel : BaseNopModel
{
    /// <summary>The store order (the page the buttons return to).</summary>
    public int OrderId { get; set; }

    /// <summary>False for orders Amazon fulfils or already cancelled: Amazon refuses a seller's cancellation of them.</summary>
    public bool CanCancel { get; set; }

    public bool IsOnHold { get; set; }

    /// <summary>Hours the buyer's cancellation request has waited (Amazon expects an answer within about 48).</summary>
    public int? BuyerRequestHours { get; set; }

    /// <summary>True once the refund ledger knows what the buyer paid (read from Amazon on the first refund).</summary>
    public bool ChargesKnown { get; set; }

    public string? CurrencyCode { get; set; }

    public IList<OrderPanelItemModel> Items { get; set; } = new List<OrderPanelItemModel>();

    public IList<OrderPanelShipmentModel> Shipments { get; set; } = new List<OrderPanelShipmentModel>();

    public IList<SelectListItem> AvailableCancelReasons { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableRefundReasons { get; set; } = new List<SelectListItem>();
}

/// <summary>One Amazon order item: quantities (for a cancellation) and what is left of each charge (for a refund).</summary>
public record OrderPanelItemModel : BaseNopModel
{
    public string AmazonOrderItemId { get; set; } = string.Empty;

    public string SellerSku { get; set; } = string.Empty;

    public int QuantityOrdered { get; set; }

    public int QuantityShipped { get; set; }

    public int QuantityCancelled { get; set; }

    public int QuantityUnshipped { get; set; }

    /// <summary>What a new cancellation may still name: unshipped, less what open cancellation requests claim.</summary>
    public int QuantityCancellable { get; set; }

    public IList<OrderPanelComponentModel> Components { get; set; } = new List<OrderPanelComponentModel>();
}

/// <summary>A refund component of an item; <see cref="Remaining"/> is its cap (null: no cap of its own, e.g. a restocking fee or goodwill).</summary>
public record OrderPanelComponentModel : BaseNopModel
{
    public int ComponentId { get; set; }

    public string Name { get; set; } = string.Empty;

    public decimal? Paid { get; set; }

    public decimal? Remaining { get; set; }
}

/// <summary>A store shipment and where its confirmation to Amazon stands.</summary>
public record OrderPanelShipmentModel : BaseNopModel
{
    public int ShipmentId { get; set; }

    public string? TrackingNumber { get; set; }

    public string State { get; set; } = string.Empty;

    public string? Result { get; set; }

    public bool CanSendNow { get; set; }
}

/// <summary>Posted by "Cancel on Amazon" (fields prefixed AmazonCancel: the panel sits inside nopCommerce's order form).</summary>
public record OrderPanelCancelModel : BaseNopModel
{
    public int OrderId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.AmazonChannel.OrderPanel.Cancel.Reason")]
    public int ReasonId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.AmazonChannel.OrderPanel.Cancel.WholeOrder")]
    public bool WholeOrder { get; set; } = true;

    public IList<OrderPanelCancelLineModel> Lines { get; set; } = new List<OrderPanelCancelLineModel>();
}

public record OrderPanelCancelLineModel : BaseNopModel
{
    public string AmazonOrderItemId { get; set; } = string.Empty;

    public int Quantity { get; set; }
}

/// <summary>Posted by "Refund on Amazon" (fields prefixed AmazonRefund).</summary>
public record OrderPanelRefundModel : BaseNopModel
{
    public int OrderId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.AmazonChannel.OrderPanel.Refund.Reason")]
    public int ReasonId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.AmazonChannel.OrderPanel.Refund.FullRefund")]
    public bool FullRefund { get; set; }

    [NopResourceDisplayName("Plugins.Misc.AmazonChannel.OrderPanel.Refund.Memo")]
    public string? Memo { get; set; }

    public IList<OrderPanelRefundLineModel> Lines { get; set; } = new List<OrderPanelRefundLineModel>();
}

public record OrderPanelRefundLineModel : BaseNopModel
{
    public string AmazonOrderItemId { get; set; } = string.Empty;

    public int ComponentId { get; set; }

    public decimal? Amount { get; set; }
}
