using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Models.SyncLog;

/// <summary>The filters of Sales > Amazon sync log.</summary>
public record SyncLogSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.AmazonChannel.SyncLog.Search.Account")]
    public int SearchAccountId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.AmazonChannel.SyncLog.Search.FailedOnly")]
    public bool SearchFailedOnly { get; set; }

    public IList<SelectListItem> AvailableAccounts { get; set; } = new List<SelectListItem>();
}

/// <summary>One import run or feed: what ran, how, its counts, duration and message. Dates in the admin's time zone.</summary>
public record SyncLogEntryModel : BaseNopEntityModel
{
    public string AccountName { get; set; } = string.Empty;

    public string Operation { get; set; } = string.Empty;

    public string? Method { get; set; }

    public string? FeedId { get; set; }

    public int RecordsProcessed { get; set; }

    public int RecordsSucceeded { get; set; }

    public int RecordsFailed { get; set; }

    public bool Succeeded { get; set; }

    public string? Message { get; set; }

    public DateTime StartedOn { get; set; }

    public string Duration { get; set; } = string.Empty;
}

public record SyncLogListModel : BasePagedListModel<SyncLogEntryModel>;
