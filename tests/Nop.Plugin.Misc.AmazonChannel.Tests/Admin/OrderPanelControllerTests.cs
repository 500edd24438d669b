using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Models.Widgets;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// The Amazon panel's buttons on the real refund, cancellation and outbox services over the SP-API emulator; only
/// nopCommerce's notification and localization services are mocked. Every button ends on the order page with a notification.
/// </summary>
public class OrderPanelControllerTests
{
    private Mock<INotificationService> _notifications = null!;
    private Mock<ILocalizationService> _localization = null!;

    [SetUp]
    public void SetUp()
    {
        _notifications = new Mock<INotificationService>();
        _localization = AdminTestKit.PluginResources();
    }

    internal static AmazonOrderPanelController Controller(OutboxHarness harness, ILocalizationService localization, INotificationService notifications) =>
        new(harness.Resolve<RefundOrderContext>(), harness.Resolve<RefundRequestService>(), harness.Resolve<RefundLedger>(), harness.Resolve<CancellationRequestService>(),
            harness.Resolve<ShipmentSendNow>(), new AmazonSyncErrorText(localization), localization, notifications, Mock.Of<ILogger>())
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };

    private AmazonOrderPanelController Controller(RefundFlowHarness harness) => Controller(harness.Outbox, _localization.Object, _notifications.Object);

    private OrderPanelActionsModelFactory Factory(RefundFlowHarness harness) =>
        new(harness.Resolve<RefundOrderContext>(), harness.Resolve<RefundLedger>(), harness.Resolve<CancellationRequestService>(),
            harness.Resolve<Services.Outbox.OutboxStore>(), harness.Resolve<IShipmentService>(), _localization.Object);

    private static string Text(string key, params object?[] args) => string.Format(AmazonChannelLocaleResources.All[key], args);

    private void VerifySuccess(string text) => _notifications.Verify(n => n.SuccessNotification(text, true, 0), Times.Once);

    private void VerifyError(string text) => _notifications.Verify(n => n.ErrorNotification(text, true, 0), Times.Once);

    private static void AssertBackOnOrderPage(IActionResult result, int orderId)
    {
        var redirect = (RedirectToActionResult)result;
        Assert.That((redirect.ControllerName, redirect.ActionName, redirect.RouteValues!["id"]), Is.EqualTo(("Order", "Edit", (object)orderId)));
    }

    [Test]
    public async Task Refund_ShowsWhatIsLeft_RecordsARefundWithinTheLedger_AndRefusesMoreThanIsLeftInPlainWords()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var itemId = harness.Amazon(link).Items[0].OrderItemId;
        var controller = Controller(harness);

        var before = await Factory(harness).PrepareAsync(link);
        Assert.That(before.ChargesKnown, Is.False, "opening the order page does not call Amazon");
        AssertBackOnOrderPage(await controller.ReadCharges(link.OrderId!.Value), link.OrderId.Value);
        VerifySuccess(Text("Plugins.Misc.AmazonChannel.OrderPanel.Refund.ChargesRead"));
        var read = await Factory(harness).PrepareAsync(link);
        var principal = read.Items.Single(i => i.AmazonOrderItemId == itemId).Components.Single(c => c.ComponentId == (int)AmazonRefundComponent.Principal);
        Assert.That(principal.Remaining, Is.EqualTo(principal.Paid).And.GreaterThan(1m));

        var result = await controller.Refund(new OrderPanelRefundModel
        {
            OrderId = link.OrderId.Value,
            ReasonId = (int)AmazonAdjustmentReason.CustomerReturn,
            Lines = [new() { AmazonOrderItemId = itemId, ComponentId = (int)AmazonRefundComponent.Principal, Amount = 1m },
                     new() { AmazonOrderItemId = itemId, ComponentId = (int)AmazonRefundComponent.Shipping, Amount = null }]
        });

        AssertBackOnOrderPage(result, link.OrderId.Value);
        var request = (await harness.RequestsAsync()).Single();
        Assert.That((request.Kind, request.ReasonCode), Is.EqualTo((AmazonOutboundRequestKind.Refund, "CustomerReturn")));
        VerifySuccess(Text("Plugins.Misc.AmazonChannel.OrderPanel.Refund.Recorded", request.Id));
        var after = (await Factory(harness).PrepareAsync(link)).Items.Single(i => i.AmazonOrderItemId == itemId).Components.Single(c => c.ComponentId == (int)AmazonRefundComponent.Principal);
        Assert.That(after.Remaining, Is.EqualTo(principal.Remaining - 1m), "the reserved refund counts against the cap");

        await controller.Refund(new OrderPanelRefundModel
        {
            OrderId = link.OrderId.Value,
            ReasonId = (int)AmazonAdjustmentReason.CustomerReturn,
            Lines = [new() { AmazonOrderItemId = itemId, ComponentId = (int)AmazonRefundComponent.Principal, Amount = after.Remaining + 0.01m }]
        });
        _notifications.Verify(n => n.ErrorNotification(It.Is<string>(text => text.Contains(itemId) && !text.StartsWith("Refund.")), true, 0), Times.Once);
        Assert.That(await harness.RequestsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Refund_WithQueueingOn_WaitsInTheQueue_AndAFullRefundTakesWhatIsLeft()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        harness.Settings.QueueRefundsAndCancellations = true;
        var link = await harness.ShippedAsync();

        await Controller(harness).Refund(new OrderPanelRefundModel { OrderId = link.OrderId!.Value, ReasonId = (int)AmazonAdjustmentReason.GeneralAdjustment, FullRefund = true });

        var request = (await harness.RequestsAsync()).Single();
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.AwaitingApproval));
        VerifySuccess(Text("Plugins.Misc.AmazonChannel.OrderPanel.Refund.Queued", request.Id));
        var balance = await harness.Resolve<RefundLedger>().GetBalanceAsync(link);
        Assert.That(balance.OrderRemaining, Is.Zero);
    }

    [Test]
    public async Task Cancel_AnUnshippedOrder_IsRecorded_AShippedOne_IsRefusedWithTheReason()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var unshipped = await harness.UnshippedAsync();
        var shipped = await harness.ShippedAsync();
        var controller = Controller(harness);

        Assert.That((await Factory(harness).PrepareAsync(unshipped)).CanCancel, Is.True);
        AssertBackOnOrderPage(await controller.Cancel(new OrderPanelCancelModel { OrderId = unshipped.OrderId!.Value, ReasonId = (int)AmazonCancelReason.NoInventory }), unshipped.OrderId.Value);
        var request = (await harness.RequestsAsync()).Single();
        Assert.That((request.Kind, request.ReasonCode), Is.EqualTo((AmazonOutboundRequestKind.Cancellation, "NoInventory")));
        VerifySuccess(Text("Plugins.Misc.AmazonChannel.OrderPanel.Cancel.Recorded", request.Id));

        await controller.Cancel(new OrderPanelCancelModel { OrderId = shipped.OrderId!.Value, ReasonId = (int)AmazonCancelReason.NoInventory });
        VerifyError(Text(AmazonSyncError.ResourceKeyFor(RefundErrorCodes.AlreadyShipped.Value), shipped.AmazonOrderId));
        Assert.That(await harness.RequestsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cancel_SomeItems_SendsOnlyTheEnteredQuantities()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 40, configure: o => o.Mix.MultiQuantity = 1);
        var link = await harness.UnshippedAsync();
        var item = (await harness.Resolve<RefundOrderContext>().GetItemLinksAsync(link.Id)).First(i => i.QuantityOrdered > 1);

        await Controller(harness).Cancel(new OrderPanelCancelModel
        {
            OrderId = link.OrderId!.Value,
            ReasonId = (int)AmazonCancelReason.CustomerExchange,
            WholeOrder = false,
            Lines = [new() { AmazonOrderItemId = item.AmazonOrderItemId, Quantity = 1 }]
        });

        var payload = PayloadJson.Read<CancellationPayload>((await harness.RequestsAsync()).Single().Payload);
        Assert.That(payload.WholeOrder, Is.False);
        Assert.That(payload.Lines.Select(l => (l.AmazonOrderItemId, l.Quantity)), Is.EqualTo(new[] { (item.AmazonOrderItemId, 1) }));
    }

    [Test]
    public async Task Cancel_Form_OffersOnlyWhatAnOpenCancellationDoesNotClaim()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 40, configure: o => o.Mix.MultiQuantity = 1);
        var link = await harness.UnshippedAsync();
        var item = (await harness.Resolve<RefundOrderContext>().GetItemLinksAsync(link.Id)).First(i => i.QuantityOrdered > 1);
        await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item.AmazonOrderItemId, 1)]));

        var shown = (await Factory(harness).PrepareAsync(link)).Items.Single(i => i.AmazonOrderItemId == item.AmazonOrderItemId);

        Assert.That((shown.QuantityUnshipped, shown.QuantityCancellable), Is.EqualTo((item.QuantityOrdered, item.QuantityOrdered - 1)));
    }

    [Test]
    public async Task BuyerRequest_AcceptCancelsWithBuyerCanceled_RejectLiftsTheHold()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 40, buyerCancel: 0.3);
        var repository = harness.Outbox.Import.Database.GetRepository<AmazonOrderLink>();
        var held = (await harness.LinksAsync()).Where(l => harness.Amazon(l).BuyerCancelRequested && harness.Amazon(l).Status == AmazonSpApi.Emulator.FulfillmentStatuses.Unshipped).Take(2).ToList();
        foreach (var link in held)
        {
            link.IsOnHold = true;
            await repository.UpdateAsync(link);
        }

        Assert.That((await Factory(harness).PrepareAsync(held[0])).BuyerRequestHours, Is.Not.Null);
        var controller = Controller(harness);
        await controller.AcceptBuyerCancellation(held[0].OrderId!.Value);
        await controller.RejectBuyerCancellation(held[1].OrderId!.Value);

        var request = (await harness.RequestsAsync()).Single();
        Assert.That((request.OrderLinkId, request.ReasonCode), Is.EqualTo(((int?)held[0].Id, "BuyerCanceled")));
        VerifySuccess(Text("Plugins.Misc.AmazonChannel.OrderPanel.BuyerRequest.Accepted.Recorded", request.Id));
        VerifySuccess(Text("Plugins.Misc.AmazonChannel.OrderPanel.BuyerRequest.Rejected"));
        Assert.That((await harness.LinksAsync()).Single(l => l.Id == held[1].Id).IsOnHold, Is.False);

        await controller.RejectBuyerCancellation(held[1].OrderId!.Value);
        VerifyError(Text(AmazonSyncError.ResourceKeyFor(RefundErrorCodes.NoBuyerRequest.Value), held[1].AmazonOrderId));
    }

    [Test]
    public async Task AnOrderThatDidNotComeFromAmazon_IsNamed_AndNothingIsRecorded()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 5);

        var result = await Controller(harness).Cancel(new OrderPanelCancelModel { OrderId = 987654, ReasonId = (int)AmazonCancelReason.NoInventory });

        AssertBackOnOrderPage(result, 987654);
        VerifyError(Text("Plugins.Misc.AmazonChannel.OrderPanel.NotAnAmazonOrder"));
        Assert.That(await harness.RequestsAsync(), Is.Empty);
    }

    [Test]
    public async Task InvalidPost_IsRefusedWithTheValidatorsMessages_AndNothingIsRecorded()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 5, shipped: 0);
        var link = (await harness.LinksAsync()).First();
        var controller = Controller(harness);
        controller.ModelState.AddModelError("ReasonId", "Choose Amazon's reason.");

        await controller.Cancel(new OrderPanelCancelModel { OrderId = link.OrderId!.Value });

        VerifyError("Choose Amazon's reason.");
        Assert.That(await harness.RequestsAsync(), Is.Empty);
    }
}
