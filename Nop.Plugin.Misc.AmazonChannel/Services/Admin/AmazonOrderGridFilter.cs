using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>Which orders of the Amazon orders grid a tab shows.</summary>
public enum AmazonOrderGridTab
{
    All = 0,
    Errors = 1,
    Archived = 2
}

/// <summary>The dashboard's work lists, each opening the grid filtered to it.</summary>
public enum AmazonOrderWorkList
{
    None = 0,
    DueToday = 1,
    Late = 2,
    OnHold = 3
}

/// <summary>What the Amazon orders grid is filtered by; empty values do not filter.</summary>
public sealed record AmazonOrderGridFilter
{
    public AmazonOrderGridTab Tab { get; init; }

    public AmazonOrderWorkList WorkList { get; init; }

    public string? AmazonOrderId { get; init; }

    public int AccountId { get; init; }

    public string? MarketplaceId { get; init; }

    public AmazonOrderStatus? AmazonStatus { get; init; }

    public AmazonOrderSyncStatus? SyncStatus { get; init; }

    public AmazonFulfillmentChannel? FulfillmentChannel { get; init; }

    public decimal? TotalFrom { get; init; }

    public decimal? TotalTo { get; init; }

    public DateTime? PurchasedFromUtc { get; init; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTime? PurchasedToUtc { get; init; }
}
