using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.Queue;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>Sales > Amazon refund and cancellation queue: filter, select, Process refund / Process cancellation / Reject.</summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonQueueController : BasePluginController
{
    private const string P = "Plugins.Misc.AmazonChannel.Queue.";

    private readonly QueueModelFactory _modelFactory;
    private readonly RefundQueueService _queueService;
    private readonly IWorkContext _workContext;
    private readonly ILocalizationService _localizationService;
    private readonly ILogger _logger;
    private readonly AmazonSyncErrorText _errorText;

    public AmazonQueueController(QueueModelFactory modelFactory, RefundQueueService queueService, IWorkContext workContext,
        ILocalizationService localizationService, ILogger logger, AmazonSyncErrorText errorText)
    {
        _errorText = errorText;
        _modelFactory = modelFactory;
        _queueService = queueService;
        _workContext = workContext;
        _localizationService = localizationService;
        _logger = logger;
    }

    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> List() => View(AdminViews.Queue, await _modelFactory.PrepareSearchModelAsync(new QueueSearchModel()));

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> QueueList(QueueSearchModel searchModel) => Json(await _modelFactory.PrepareListModelAsync(searchModel));

    /// <summary>Sends the selected waiting requests of one kind; answers with the batches (feed and document IDs) and the skipped ones.</summary>
    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Process(ICollection<int> selectedIds, int kindId)
    {
        if (kindId is not ((int)AmazonOutboundRequestKind.Refund or (int)AmazonOutboundRequestKind.Cancellation) || selectedIds is null || selectedIds.Count == 0)
            return Json(new { Result = false, Message = await _localizationService.GetResourceAsync(P + "NothingToProcess") });
        try
        {
            var result = await _queueService.ProcessAsync((AmazonOutboundRequestKind)kindId, selectedIds.Distinct().ToList(), HttpContext.RequestAborted);
            var message = string.Format(await _localizationService.GetResourceAsync(P + "Processed"), result.Batches.Count,
                string.Join(", ", result.Batches.Select(b => b.FeedId ?? b.BatchId.ToString())), result.Skipped.Count);
            return Json(new { Result = true, Message = message, Skipped = result.Skipped.Select(s => new { s.RequestId, s.Reason }) });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _logger.ErrorAsync("Amazon channel: processing the queue failed." + ExceptionLogText.Of(exception));
            return Json(new { Result = false, Message = string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.AmazonChannel.Orders.AmazonError"), exception.Message) });
        }
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public async Task<IActionResult> Reject(ICollection<int> selectedIds, string? reason)
    {
        if (selectedIds is null || selectedIds.Count == 0 || string.IsNullOrWhiteSpace(reason))
            return Json(new { Result = false, Message = await _localizationService.GetResourceAsync(P + "RejectNeedsReason") });

        var admin = await _workContext.GetCurrentCustomerAsync();
        try
        {
            await _queueService.RejectAsync(selectedIds.Distinct().ToList(), admin.Id, admin.Email ?? admin.Username ?? admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), reason.Trim());
        }
        catch (RefundRequestException exception)
        {
            // A selected request is no longer waiting (processed or rejected meanwhile): the ones before it were rejected.
            var error = new AmazonSyncError { Code = exception.Code.Value, Message = exception.Message };
            error.SetArguments(exception.Arguments);
            return Json(new { Result = false, Message = await _errorText.GetAsync(error) });
        }

        return Json(new { Result = true, Message = await _localizationService.GetResourceAsync(P + "Rejected") });
    }
}
