using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Links one Amazon order to at most one store order. (AccountId, AmazonOrderId) is unique in the database,
/// so the same Amazon order can never map to two store orders.
/// </summary>
public class AmazonOrderLink : BaseEntity
{
    public const int PurchaseOrderNumberLength = 100;

    public const int BuyerCompanyNameLength = 400;

    public int AccountId { get; set; }

    public string MarketplaceId { get; set; } = string.Empty;

    public string AmazonOrderId { get; set; } = string.Empty;

    /// <summary>The store order; null until one is created.</summary>
    public int? OrderId { get; set; }

    /// <summary>Amazon's order status (<see cref="Domain.AmazonOrderStatus"/>); 0 until the order was read once.</summary>
    public int AmazonOrderStatusId { get; set; }

    public int FulfillmentChannelId { get; set; }

    public int SyncStatusId { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set while a buyer cancellation request waits for an admin decision; blocks shipment pushes.</summary>
    public bool IsOnHold { get; set; }

    public bool IsArchived { get; set; }

    public decimal OrderTotal { get; set; }

    public string? CurrencyCode { get; set; }

    public DateTime? PurchaseDateUtc { get; set; }

    public DateTime? LastUpdateDateUtc { get; set; }

    public DateTime? LatestShipDateUtc { get; set; }

    /// <summary>An Amazon Business order (kept while the order waits for a fix, and after).</summary>
    public bool IsBusinessOrder { get; set; }

    /// <summary>The business buyer's purchase order number, when Amazon gives one.</summary>
    public string? PurchaseOrderNumber { get; set; }

    /// <summary>The business buyer's company: buyer data, erased by the buyer-data purge.</summary>
    public string? BuyerCompanyName { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }

    public AmazonFulfillmentChannel FulfillmentChannel
    {
        get => (AmazonFulfillmentChannel)FulfillmentChannelId;
        set => FulfillmentChannelId = (int)value;
    }

    /// <summary>Amazon's order status at the last read; null for an order set aside before it could be read.</summary>
    public AmazonOrderStatus? AmazonOrderStatus
    {
        get => Enum.IsDefined(typeof(AmazonOrderStatus), AmazonOrderStatusId) ? (AmazonOrderStatus)AmazonOrderStatusId : null;
        set => AmazonOrderStatusId = value is { } status ? (int)status : 0;
    }

    public AmazonOrderSyncStatus SyncStatus
    {
        get => (AmazonOrderSyncStatus)SyncStatusId;
        set => SyncStatusId = (int)value;
    }
}
