using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

public class RefundQueueTests
{
    private static async Task<List<AmazonOutboundRequest>> RefundEachAsync(RefundFlowHarness harness, int count)
    {
        var requests = new List<AmazonOutboundRequest>();
        for (var i = 0; i < count; i++)
        {
            var link = await harness.ShippedAsync(i);
            requests.Add(await harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.GeneralAdjustment,
                [new RefundLine(harness.Amazon(link).Items[0].OrderItemId, AmazonRefundComponent.Principal, 0.5m)])));
        }

        return requests;
    }

    [Test]
    public async Task Queued_RequestsWait_TheSenderLeavesThem_UntilAnAdminProcessesThem_InBatchesOfTheBatchSize()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 40);
        harness.Settings.QueueRefundsAndCancellations = true;
        harness.Settings.QueueBatchSize = 2;
        var requests = await RefundEachAsync(harness, 5);
        Assert.That(requests.Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.AwaitingApproval));

        await harness.Outbox.RunOutboxAsync();
        Assert.That(harness.Calls("createFeed"), Is.Zero, "the sender does not touch the queue");

        var queue = harness.Resolve<RefundQueueService>();
        var waiting = await queue.SearchAsync(new RefundQueueFilter(AmazonOutboundRequestKind.Refund, harness.Outbox.Account.Id));
        Assert.That(waiting.TotalCount, Is.EqualTo(5));
        Assert.That((await queue.SearchAsync(new RefundQueueFilter(AmazonOutboundRequestKind.Cancellation))).TotalCount, Is.Zero);

        var result = await queue.ProcessAsync(AmazonOutboundRequestKind.Refund, requests.Select(r => r.Id).ToList());

        Assert.That(result.Batches.Select(b => b.RequestIds.Count), Is.EqualTo(new[] { 2, 2, 1 }));
        Assert.That(result.Batches.Select(b => b.FeedDocumentId), Is.All.Not.Null);
        Assert.That(result.Batches.Select(b => b.FeedId), Is.All.Not.Null);
        Assert.That(harness.Calls("createFeed"), Is.EqualTo(3), "one document per batch");

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.Outbox.RunOutboxAsync();
        var stored = await harness.RequestsAsync();
        Assert.That(stored.Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(stored.GroupBy(r => r.BatchId).Select(g => g.Select(r => r.FeedMessageId)), Has.All.Matches<IEnumerable<int?>>(ids => ids.First() == 1));
    }

    [Test]
    public async Task Reject_KeepsWhoAndWhy_ReleasesTheReservedAmount_AndNothingIsSent()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        harness.Settings.QueueRefundsAndCancellations = true;
        var request = (await RefundEachAsync(harness, 1)).Single();
        var queue = harness.Resolve<RefundQueueService>();

        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => queue.RejectAsync([request.Id], 7, "admin@store", " "))!.Code, Is.EqualTo(RefundErrorCodes.RejectReasonRequired));
        await queue.RejectAsync([request.Id], 7, "admin@store", "Duplicate of a Seller Central refund");

        var stored = await harness.RequestAsync(request.Id);
        var rejection = await queue.GetRejectionAsync(request.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(stored.State, Is.EqualTo(AmazonOutboundRequestState.Cancelled));
            Assert.That(rejection!.RejectedBy, Is.EqualTo("admin@store"));
            Assert.That(rejection.RejectedByCustomerId, Is.EqualTo(7));
            Assert.That(rejection.Reason, Is.EqualTo("Duplicate of a Seller Central refund"));
            Assert.That((await harness.Resolve<RefundLedger>().GetRequestEntriesAsync(request.Id)).Single().Status, Is.EqualTo(AmazonRefundLedgerEntryStatus.Released));
            Assert.That((await queue.ProcessAsync(AmazonOutboundRequestKind.Refund, [request.Id])).Skipped, Has.Count.EqualTo(1));
            Assert.That(harness.Calls("createFeed"), Is.Zero);
        });
        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => queue.RejectAsync([request.Id], 7, "admin@store", "again"))!.Code, Is.EqualTo(RefundErrorCodes.NotWaiting));
    }

    [Test]
    public async Task AutoSubmit_SendsTheQueue_OnlyWhenTheAccountsStoreHasItOn()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        harness.Settings.QueueRefundsAndCancellations = true;
        harness.Settings.QueueBatchSize = 15;
        await RefundEachAsync(harness, 3);
        var cancel = await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest((await harness.UnshippedAsync()).Id, AmazonCancelReason.GeneralAdjustment));
        var queue = harness.Resolve<RefundQueueService>();

        Assert.That(await queue.AutoSubmitAsync(), Is.Empty);

        harness.Settings.QueueAutoSubmit = true;
        var batches = await queue.AutoSubmitAsync();
        await harness.SendAndReadAsync();

        Assert.That(batches, Has.Count.EqualTo(2), "one batch per kind");
        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That((await harness.RequestAsync(cancel!.Id)).FeedId, Is.Not.Null);
    }

    [Test]
    public async Task BuyerRequest_Accepted_IsABuyerCanceledCancellation_Rejected_LiftsTheHold()
    {
        using var harness = await RefundFlowHarness.CreateAsync(orders: 40, buyerCancel: 0.3);
        var repository = harness.Outbox.Import.Database.GetRepository<AmazonOrderLink>();
        var links = (await harness.LinksAsync()).Where(l => harness.Amazon(l).BuyerCancelRequested && harness.Amazon(l).Status == AmazonSpApi.Emulator.FulfillmentStatuses.Unshipped).ToList();
        foreach (var held in links.Where(l => !l.IsOnHold))
        {
            // As the import's status sync holds it when it reads the request.
            held.IsOnHold = true;
            await repository.UpdateAsync(held);
        }

        Assert.That(links, Has.Count.GreaterThanOrEqualTo(2), "the emulator seeds buyer requests");
        var service = harness.Resolve<CancellationRequestService>();
        Assert.That(service.BuyerRequestAge(links[0]), Is.GreaterThanOrEqualTo(TimeSpan.Zero));

        var accepted = await service.AcceptBuyerRequestAsync(links[0].Id);
        await service.RejectBuyerRequestAsync(links[1].Id);
        await harness.SendAndReadAsync();

        Assert.That((await harness.RequestAsync(accepted!.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.Amazon(links[0]).Items.Select(i => i.CancelReason), Is.All.EqualTo("BuyerCanceled"));
        var after = await harness.LinksAsync();
        Assert.That(after.Single(l => l.Id == links[0].Id).IsOnHold, Is.False);
        Assert.That(after.Single(l => l.Id == links[1].Id).IsOnHold, Is.False);
        Assert.That(harness.Amazon(links[1]).Status, Is.EqualTo(AmazonSpApi.Emulator.FulfillmentStatuses.Unshipped));
        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => service.RejectBuyerRequestAsync(links[1].Id))!.Code, Is.EqualTo(RefundErrorCodes.NoBuyerRequest));
    }
}
