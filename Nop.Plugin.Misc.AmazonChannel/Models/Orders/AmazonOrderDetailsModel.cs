using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AmazonChannel.Models.Orders;

/// <summary>The Amazon side of one order: what the plugin knows from Amazon, its lines and its open sync errors.</summary>
public record AmazonOrderDetailsModel : BaseNopEntityModel
{
    public AmazonOrderModel Order { get; set; } = new();

    public IList<AmazonOrderItemRowModel> Items { get; set; } = new List<AmazonOrderItemRowModel>();

    public IList<AmazonSyncErrorRowModel> Errors { get; set; } = new List<AmazonSyncErrorRowModel>();
}

public record AmazonOrderItemRowModel : BaseNopModel
{
    public string AmazonOrderItemId { get; set; } = string.Empty;

    public string SellerSku { get; set; } = string.Empty;

    public int QuantityOrdered { get; set; }

    public int QuantityShipped { get; set; }

    public int QuantityCancelled { get; set; }
}

public record AmazonSyncErrorRowModel : BaseNopModel
{
    public string Kind { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;

    public DateTime OccurredOn { get; set; }
}
