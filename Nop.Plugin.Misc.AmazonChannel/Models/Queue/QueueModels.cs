using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Models.Queue;

/// <summary>Sales > Amazon refund and cancellation queue: filters, and the reason typed for a rejection.</summary>
public record QueueSearchModel : BaseSearchModel
{
    private const string P = "Plugins.Misc.AmazonChannel.Queue.";

    [NopResourceDisplayName(P + "Search.Kind")]
    public int SearchKindId { get; set; }

    [NopResourceDisplayName(P + "Search.Account")]
    public int SearchAccountId { get; set; }

    /// <summary>0 = any state; by default the requests waiting for approval.</summary>
    [NopResourceDisplayName(P + "Search.State")]
    public int SearchStateId { get; set; } = 10;

    [NopResourceDisplayName(P + "Search.AmazonOrderId")]
    public string? SearchAmazonOrderId { get; set; }

    [NopResourceDisplayName(P + "RejectReason")]
    public string? RejectReason { get; set; }

    public IList<SelectListItem> AvailableKinds { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableAccounts { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStates { get; set; } = new List<SelectListItem>();
}

/// <summary>One queued refund or cancellation: what, for which order, where it stands, its batch and feed, Amazon's answer.</summary>
public record QueueRowModel : BaseNopEntityModel
{
    public string Kind { get; set; } = string.Empty;

    public string AccountName { get; set; } = string.Empty;

    public string AmazonOrderId { get; set; } = string.Empty;

    public int? OrderLinkId { get; set; }

    public string State { get; set; } = string.Empty;

    public string? ReasonCode { get; set; }

    public DateTime CreatedOn { get; set; }

    public string? BatchId { get; set; }

    public string? FeedId { get; set; }

    public string? FeedDocumentId { get; set; }

    /// <summary>Amazon's answer, or who rejected the request and why.</summary>
    public string? Outcome { get; set; }
}

public record QueueListModel : BasePagedListModel<QueueRowModel>;
