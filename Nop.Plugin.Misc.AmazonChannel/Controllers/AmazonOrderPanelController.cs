using Microsoft.AspNetCore.Mvc;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.Widgets;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>
/// The buttons of the Amazon panel on nopCommerce's order page. The panel sits inside nopCommerce's order form, so its
/// buttons post that form (with its anti-forgery token) here; every action ends back on the order page with a
/// notification of what happened.
/// </summary>
[Area(AreaNames.ADMIN)]
[AuthorizeAdmin]
[AutoValidateAntiforgeryToken]
public class AmazonOrderPanelController : BasePluginController
{
    private const string P = "Plugins.Misc.AmazonChannel.OrderPanel.";

    private readonly RefundOrderContext _context;
    private readonly RefundRequestService _refunds;
    private readonly RefundLedger _ledger;
    private readonly CancellationRequestService _cancellations;
    private readonly ShipmentSendNow _sendNow;
    private readonly AmazonSyncErrorText _errorText;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ILogger _logger;

    public AmazonOrderPanelController(RefundOrderContext context, RefundRequestService refunds, RefundLedger ledger, CancellationRequestService cancellations,
        ShipmentSendNow sendNow, AmazonSyncErrorText errorText, ILocalizationService localizationService, INotificationService notificationService, ILogger logger)
    {
        _context = context;
        _refunds = refunds;
        _ledger = ledger;
        _cancellations = cancellations;
        _sendNow = sendNow;
        _errorText = errorText;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _logger = logger;
    }

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public Task<IActionResult> Cancel(OrderPanelCancelModel amazonCancel) => RunAsync(amazonCancel.OrderId, async link =>
    {
        if (!ModelState.IsValid)
        {
            NotifyInvalid();
            return;
        }

        IReadOnlyList<(string, int)>? lines = amazonCancel.WholeOrder
            ? null
            : amazonCancel.Lines.Where(l => l.Quantity > 0).Select(l => (l.AmazonOrderItemId, l.Quantity)).ToList();
        await NotifyRecordedAsync("Cancel", await _cancellations.RequestAsync(new CancellationRequest(link.Id, (AmazonCancelReason)amazonCancel.ReasonId, lines)));
    });

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public Task<IActionResult> Refund(OrderPanelRefundModel amazonRefund) => RunAsync(amazonRefund.OrderId, async link =>
    {
        if (!ModelState.IsValid)
        {
            NotifyInvalid();
            return;
        }

        var lines = amazonRefund.FullRefund
            ? await _refunds.FullRefundLinesAsync(link.Id, HttpContext.RequestAborted)
            : amazonRefund.Lines.Where(l => l.Amount > 0).Select(l => new RefundLine(l.AmazonOrderItemId, (AmazonRefundComponent)l.ComponentId, l.Amount!.Value)).ToList();
        var memo = string.IsNullOrWhiteSpace(amazonRefund.Memo) ? null : amazonRefund.Memo.Trim();
        var request = await _refunds.RequestAsync(new RefundRequest(link.Id, (AmazonAdjustmentReason)amazonRefund.ReasonId, lines, memo), HttpContext.RequestAborted);
        await NotifyRecordedAsync("Refund", request);
    });

    /// <summary>Reads what the buyer paid from Amazon into the refund ledger, so the panel shows what is left to refund.</summary>
    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public Task<IActionResult> ReadCharges(int orderId) => RunAsync(orderId, async link =>
    {
        var (account, _, _) = await _context.LoadAsync(link.Id);
        if (!await _ledger.EnsureChargesAsync(account, link, HttpContext.RequestAborted))
            throw new RefundRequestException(RefundErrorCodes.OrderUnknownOnAmazon, link.AmazonOrderId);
        Notify(true, await _localizationService.GetResourceAsync(P + "Refund.ChargesRead"));
    });

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public Task<IActionResult> AcceptBuyerCancellation(int orderId) => RunAsync(orderId, async link =>
        await NotifyRecordedAsync("BuyerRequest.Accepted", await _cancellations.AcceptBuyerRequestAsync(link.Id)));

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public Task<IActionResult> RejectBuyerCancellation(int orderId) => RunAsync(orderId, async link =>
    {
        await _cancellations.RejectBuyerRequestAsync(link.Id);
        Notify(true, await _localizationService.GetResourceAsync(P + "BuyerRequest.Rejected"));
    });

    [HttpPost]
    [CheckPermission(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL)]
    public Task<IActionResult> SendShipmentNow(int orderId, int shipmentId) => RunAsync(orderId, async _ =>
    {
        var (outcome, request) = await _sendNow.SendAsync(orderId, shipmentId);
        var text = await _localizationService.GetResourceAsync(P + "Shipments.SendNow." + outcome);
        if (outcome == ShipmentSendNowOutcome.StillBlocked && !string.IsNullOrEmpty(request?.ResultMessage))
            text += " " + request.ResultMessage;
        Notify(outcome is ShipmentSendNowOutcome.Queued or ShipmentSendNowOutcome.AlreadySent, text);
    });

    /// <summary>Runs a panel action on the store order's Amazon link; every outcome is a notification on the order page.</summary>
    private async Task<IActionResult> RunAsync(int orderId, Func<AmazonOrderLink, Task> action)
    {
        var link = orderId > 0 ? await _context.FindByStoreOrderAsync(orderId) : null;
        if (link is null)
        {
            Notify(false, await _localizationService.GetResourceAsync(P + "NotAnAmazonOrder"));
            return BackToOrder(orderId);
        }

        try
        {
            await action(link);
        }
        catch (RefundRequestException exception)
        {
            var error = new AmazonSyncError { Code = exception.Code.Value, Message = exception.Message };
            error.SetArguments(exception.Arguments);
            Notify(false, await _errorText.GetAsync(error));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _logger.ErrorAsync($"Amazon channel: an order panel action on order link {link.Id} failed." + ExceptionLogText.Of(exception));
            Notify(false, string.Format(await _localizationService.GetResourceAsync("Plugins.Misc.AmazonChannel.Orders.AmazonError"), exception.Message));
        }

        return BackToOrder(orderId);
    }

    /// <summary>Recorded in the outbox: sent by the next run, or waiting in the queue for approval.</summary>
    private async Task NotifyRecordedAsync(string what, AmazonOutboundRequest? request)
    {
        var queued = request?.State == AmazonOutboundRequestState.AwaitingApproval;
        Notify(true, string.Format(await _localizationService.GetResourceAsync(P + what + (queued ? ".Queued" : ".Recorded")), request?.Id));
    }

    private void NotifyInvalid() =>
        Notify(false, string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).Distinct()));

    private void Notify(bool success, string text)
    {
        if (success)
            _notificationService.SuccessNotification(text);
        else
            _notificationService.ErrorNotification(text);
    }

    private RedirectToActionResult BackToOrder(int orderId) =>
        orderId > 0 ? RedirectToAction("Edit", "Order", new { id = orderId }) : RedirectToAction("List", "Order");
}
