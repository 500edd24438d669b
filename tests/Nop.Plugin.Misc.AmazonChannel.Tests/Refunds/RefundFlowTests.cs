using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

public class RefundFlowTests
{
    [Test]
    public async Task PartialRefundOfOneLine_ReachesAmazon_AndTheStoreOrderChangesOnlyOnAmazonsAnswer()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var item = harness.Amazon(link).Items[0];
        var service = harness.Resolve<RefundRequestService>();

        var request = await service.RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.CustomerReturn,
            [new RefundLine(item.OrderItemId, AmazonRefundComponent.Principal, 1.25m)], Memo: "Scratched box"));
        await harness.Outbox.RunOutboxAsync();
        Assert.That(harness.StoreOrder(link).RefundedAmount, Is.Zero, "not before Amazon answers");
        Assert.That((await harness.RequestAsync(request.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Submitted));

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.Outbox.RunOutboxAsync();

        var order = harness.StoreOrder(link);
        Assert.Multiple(() =>
        {
            Assert.That(harness.Amazon(link).Refunds.Single().Components["Principal"], Is.EqualTo(1.25m));
            Assert.That(harness.Amazon(link).Refunds.Single().AdjustmentReason, Is.EqualTo("CustomerReturn"));
            Assert.That(order.RefundedAmount, Is.EqualTo(Math.Round(1.25m / (order.CurrencyRate > 0 ? order.CurrencyRate : 1m), 2)));
            Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.PartiallyRefunded));
            Assert.That(harness.Notes(link), Has.Some.Contains($"Amazon confirmed refund request #{request.Id}").And.Contains("Memo: Scratched box"));
        });
    }

    [Test]
    public async Task FullRefund_GivesBackWhatIsLeftOfEveryCharge_AndMarksTheOrderRefunded()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var service = harness.Resolve<RefundRequestService>();

        var lines = await service.FullRefundLinesAsync(link.Id);
        await service.RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.CustomerCancel, lines));
        await harness.SendAndReadAsync();

        Assert.That((await harness.RequestsAsync()).Single().State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.StoreOrder(link).PaymentStatus, Is.EqualTo(PaymentStatus.Refunded));
        Assert.That((await harness.Resolve<RefundLedger>().GetBalanceAsync(link)).OrderRemaining, Is.Zero);
        Assert.That(await service.FullRefundLinesAsync(link.Id), Is.Empty, "nothing is left to refund");
    }

    [Test]
    public async Task AboveWhatWasPaid_IsRefusedAtRequest_UnlessOverRefundIsOn_ThenAmazonRefusesAndTheLedgerIsReleased()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var item = harness.Amazon(link).Items[0];
        var tooMuch = new RefundRequest(link.Id, AmazonAdjustmentReason.PriceError, [new RefundLine(item.OrderItemId, AmazonRefundComponent.Principal, item.Principal + 10m)]);

        var error = Assert.ThrowsAsync<RefundRequestException>(() => harness.Resolve<RefundRequestService>().RequestAsync(tooMuch));
        Assert.That(error!.Code, Is.EqualTo(RefundErrorCodes.ExceedsPaid));
        Assert.That(await harness.RequestsAsync(), Is.Empty);

        harness.Settings.AllowOverRefund = true;
        var request = await harness.Resolve<RefundRequestService>().RequestAsync(tooMuch);
        await harness.SendAndReadAsync();

        var stored = await harness.RequestAsync(request.Id);
        Assert.That(stored.State, Is.EqualTo(AmazonOutboundRequestState.Rejected));
        Assert.That(stored.ResultCode, Is.EqualTo("18035"));
        Assert.That(harness.StoreOrder(link).RefundedAmount, Is.Zero);
        Assert.That((await harness.Resolve<RefundLedger>().GetRequestEntriesAsync(request.Id)).Select(e => e.Status), Is.All.EqualTo(AmazonRefundLedgerEntryStatus.Released));
        Assert.That((await harness.Outbox.OpenErrorsAsync()).Select(e => e.Code), Does.Contain(RefundErrorCodes.RefundRejectedByAmazon.Value));
    }

    [Test]
    public async Task CapIsCheckedAgainWhenSent_ARefundAmazonMadeMeanwhile_BlocksTheRequest()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        harness.Settings.QueueRefundsAndCancellations = true;
        var link = await harness.ShippedAsync();
        var item = harness.Amazon(link).Items[0];
        var ledger = harness.Resolve<RefundLedger>();
        var request = await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.CustomerReturn,
            [new RefundLine(item.OrderItemId, AmazonRefundComponent.Principal, 1m)]));
        var remaining = (await ledger.GetBalanceAsync(link)).Remaining(item.OrderItemId, AmazonRefundComponent.Principal);
        await ledger.RecordAmazonRefundAsync(link, item.OrderItemId, AmazonRefundComponent.Principal, remaining + 0.5m, "USD", AmazonRefundLedgerSource.AmazonSettlement, "S9:1");

        var result = await harness.Resolve<RefundQueueService>().ProcessAsync(AmazonOutboundRequestKind.Refund, [request.Id]);

        Assert.That(result.Batches, Is.Empty);
        var stored = await harness.RequestAsync(request.Id);
        Assert.That(stored.State, Is.EqualTo(AmazonOutboundRequestState.Blocked));
        Assert.That(stored.ResultMessage, Does.Contain(RefundErrorCodes.ExceedsPaid.Value));
        Assert.That(harness.Calls("createFeed"), Is.Zero);
    }

    [Test]
    public async Task WrongCurrency_UnknownItem_NotPositive_AndNetDebit_AreRefused()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var item = harness.Amazon(link).Items[0].OrderItemId;
        var service = harness.Resolve<RefundRequestService>();

        async Task<string> CodeOf(RefundRequest request) => Assert.ThrowsAsync<RefundRequestException>(() => service.RequestAsync(request))!.Code.Value;

        Assert.That(await CodeOf(new RefundRequest(link.Id, AmazonAdjustmentReason.Other, [new RefundLine(item, AmazonRefundComponent.Principal, 1m)], CurrencyCode: "EUR")),
            Is.EqualTo(RefundErrorCodes.WrongCurrency.Value));
        Assert.That(await CodeOf(new RefundRequest(link.Id, AmazonAdjustmentReason.Other, [new RefundLine("99999999999999", AmazonRefundComponent.Principal, 1m)])),
            Is.EqualTo(RefundErrorCodes.UnknownItem.Value));
        Assert.That(await CodeOf(new RefundRequest(link.Id, AmazonAdjustmentReason.Other, [new RefundLine(item, AmazonRefundComponent.Principal, 1.001m)])),
            Is.EqualTo(RefundErrorCodes.AmountNotPositive.Value));
        Assert.That(await CodeOf(new RefundRequest(link.Id, AmazonAdjustmentReason.Other, [new RefundLine(item, AmazonRefundComponent.Principal, 1m), new RefundLine(item, AmazonRefundComponent.RestockingFee, 2m)])),
            Is.EqualTo(RefundErrorCodes.NetNotACredit.Value));
        Assert.That(await CodeOf(new RefundRequest(link.Id, AmazonAdjustmentReason.Other, [])), Is.EqualTo(RefundErrorCodes.NothingRequested.Value));
    }

    [Test]
    public async Task RestockingFee_IsKeptFromTheRefund()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var item = harness.Amazon(link).Items[0].OrderItemId;

        var request = await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.CustomerReturn,
            [new RefundLine(item, AmazonRefundComponent.Principal, 5m), new RefundLine(item, AmazonRefundComponent.RestockingFee, 1m)]));
        await harness.SendAndReadAsync();

        Assert.That((await harness.RequestAsync(request.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That((await harness.Resolve<RefundLedger>().GetRequestEntriesAsync(request.Id)).Sum(e => e.Amount), Is.EqualTo(4m));
    }
}
