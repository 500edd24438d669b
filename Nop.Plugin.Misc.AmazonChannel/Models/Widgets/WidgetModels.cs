using Nop.Plugin.Misc.AmazonChannel.Models.Orders;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AmazonChannel.Models.Widgets;

/// <summary>The dashboard card: today's Amazon work, each number opening the filtered orders grid.</summary>
public record DashboardCardModel : BaseNopModel
{
    public int DueToday { get; set; }

    public int Late { get; set; }

    public int OnHold { get; set; }

    public int SyncErrors { get; set; }

    public int QueueWaiting { get; set; }
}

/// <summary>The Amazon panel on a store order's page.</summary>
public record OrderPanelModel : BaseNopModel
{
    public AmazonOrderModel Order { get; set; } = new();

    public IList<OutboundRequestRowModel> Requests { get; set; } = new List<OutboundRequestRowModel>();

    public OrderPanelActionsModel Actions { get; set; } = new();
}

/// <summary>One request to Amazon for the order (shipment confirmation, cancellation, refund) and where it stands.</summary>
public record OutboundRequestRowModel : BaseNopModel
{
    public string Kind { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public string? FeedId { get; set; }

    public string? Result { get; set; }

    public DateTime CreatedOn { get; set; }
}
