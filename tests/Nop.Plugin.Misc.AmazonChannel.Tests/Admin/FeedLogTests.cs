using Microsoft.AspNetCore.Mvc;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Models.SyncLog;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// The sync log's feeds and their per-record results, from feeds really sent to the SP-API emulator and read back by the
/// outbox (FeedResultProcessor): counts per feed, each record's message ID, result, Amazon's code and description, and
/// the request and orders it belongs to.
/// </summary>
public class FeedLogTests
{
    private static string Text(string key) => AmazonChannelLocaleResources.All[key];

    private static AmazonSyncLogController Controller(RefundFlowHarness harness)
    {
        var localization = AdminTestKit.PluginResources().Object;
        var database = harness.Outbox.Import.Database;
        var clock = harness.Resolve<AdminClock>();
        var accounts = harness.Resolve<AmazonAccountService>();
        return new AmazonSyncLogController(new SyncLogModelFactory(database.GetRepository<AmazonSyncLogEntry>(), accounts, clock, localization),
            new FeedLogModelFactory(database.GetRepository<AmazonOutboundFeed>(), database.GetRepository<AmazonOutboundRequest>(), database.GetRepository<AmazonOrderLink>(),
                accounts, clock, localization));
    }

    private static async Task<List<FeedLogModel>> FeedsAsync(AmazonSyncLogController controller, bool failedOnly = false) =>
        ((FeedLogListModel)((JsonResult)await controller.FeedList(new SyncLogSearchModel { Length = 10, SearchFailedOnly = failedOnly })).Value!).Data.ToList();

    [Test]
    public async Task AFeedWithARejectedMessage_ShowsItsCounts_AndEachRecordAsTheReportGaveIt()
    {
        using var harness = await RefundFlowHarness.CreateAsync(shipped: 0);
        var (refused, accepted) = (await harness.UnshippedAsync(0), await harness.UnshippedAsync(1));
        var service = harness.Resolve<CancellationRequestService>();
        var refusedRequest = await service.RequestAsync(new CancellationRequest(refused.Id, AmazonCancelReason.NoInventory));
        var acceptedRequest = await service.RequestAsync(new CancellationRequest(accepted.Id, AmazonCancelReason.NoInventory));
        harness.Emulator.CancelOrderByAmazon(refused.AmazonOrderId);
        await harness.SendAndReadAsync();
        var controller = Controller(harness);

        var feed = (await FeedsAsync(controller)).Single();
        Assert.That((feed.MessageCount, feed.Accepted, feed.WithError, feed.WithWarning), Is.EqualTo((2, 1, 1, 0)));
        Assert.That((feed.FeedType, feed.ProcessingStatus, feed.FeedId), Is.EqualTo(("POST_ORDER_ACKNOWLEDGEMENT_DATA", "DONE", (await harness.RequestAsync(acceptedRequest!.Id)).FeedId)));
        Assert.That(await FeedsAsync(controller, failedOnly: true), Has.Count.EqualTo(1));

        var records = ((FeedRecordListModel)((JsonResult)await controller.FeedRecords(new FeedRecordSearchModel { FeedRowId = feed.Id, Length = 10 })).Value!).Data;
        var error = records.Single(r => r.Id == refusedRequest!.Id);
        var stored = await harness.RequestAsync(refusedRequest!.Id);
        Assert.Multiple(() =>
        {
            Assert.That(records.Select(r => r.MessageId), Is.EqualTo(new int?[] { 1, 2 }));
            Assert.That(error.Result, Is.EqualTo(Text("Plugins.Misc.AmazonChannel.SyncLog.Feeds.Result.Error")));
            Assert.That((error.ResultMessageCode, error.Description), Is.EqualTo((stored.ResultCode, stored.ResultMessage)));
            Assert.That(error.ResultMessageCode, Is.Not.Empty);
            Assert.That((error.AmazonOrderId, error.OrderLinkId, error.OrderId), Is.EqualTo((refused.AmazonOrderId, (int?)refused.Id, refused.OrderId)));
            Assert.That(records.Single(r => r.Id == acceptedRequest.Id).Result, Is.EqualTo(Text("Plugins.Misc.AmazonChannel.SyncLog.Feeds.Result.Success")));
        });
    }

    [Test]
    public async Task FailedOnly_LeavesOutFeedsWhoseMessagesAllWorked_AndAWarningCountsAsAWarning()
    {
        using var harness = await RefundFlowHarness.CreateAsync(shipped: 0);
        var link = await harness.UnshippedAsync();
        var request = await harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory));
        await harness.SendAndReadAsync();
        var controller = Controller(harness);
        Assert.That(await FeedsAsync(controller, failedOnly: true), Is.Empty);

        var repository = harness.Outbox.Import.Database.GetRepository<AmazonOutboundRequest>();
        var stored = await harness.RequestAsync(request!.Id);
        stored.ResultCode = "5000";
        stored.ResultMessage = "A warning Amazon gave";
        await repository.UpdateAsync(stored);

        Assert.That((await FeedsAsync(controller)).Single().WithWarning, Is.EqualTo(1));
        Assert.That(FeedLogModelFactory.ResultOf(stored), Is.EqualTo(FeedRecordResult.Warning));
    }
}
