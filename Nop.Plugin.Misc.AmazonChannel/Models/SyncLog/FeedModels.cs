using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AmazonChannel.Models.SyncLog;

/// <summary>One feed the outbox sent: what, where, Amazon's status and how its messages fared. Dates in the admin's time zone.</summary>
public record FeedLogModel : BaseNopEntityModel
{
    public string AccountName { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string FeedType { get; set; } = string.Empty;

    public string MarketplaceId { get; set; } = string.Empty;

    public string? FeedId { get; set; }

    public string? FeedDocumentId { get; set; }

    public string? ProcessingStatus { get; set; }

    public int MessageCount { get; set; }

    public int Accepted { get; set; }

    public int WithError { get; set; }

    public int WithWarning { get; set; }

    public DateTime CreatedOn { get; set; }

    public DateTime? CompletedOn { get; set; }
}

public record FeedLogListModel : BasePagedListModel<FeedLogModel>;

/// <summary>The child grid of a feed: its records.</summary>
public record FeedRecordSearchModel : BaseSearchModel
{
    /// <summary>The feed row (<see cref="FeedLogModel"/>.Id) whose records are listed.</summary>
    public int FeedRowId { get; set; }
}

/// <summary>
/// One message of a feed as Amazon's processing report gave it: its message ID, the result (Error or Warning), Amazon's
/// ResultMessageCode and description, and the outbox request and order it belongs to.
/// </summary>
public record FeedRecordModel : BaseNopEntityModel
{
    public int? MessageId { get; set; }

    public string Result { get; set; } = string.Empty;

    public string? ResultMessageCode { get; set; }

    public string? Description { get; set; }

    public string RequestKind { get; set; } = string.Empty;

    public string RequestState { get; set; } = string.Empty;

    public string AmazonOrderId { get; set; } = string.Empty;

    /// <summary>The Amazon order link (Sales > Amazon orders > View), when the request has one.</summary>
    public int? OrderLinkId { get; set; }

    /// <summary>The store order, when one was created.</summary>
    public int? OrderId { get; set; }
}

public record FeedRecordListModel : BasePagedListModel<FeedRecordModel>;
