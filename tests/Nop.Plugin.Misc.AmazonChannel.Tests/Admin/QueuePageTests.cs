using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Models.Queue;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// Sales > Amazon refund and cancellation queue as an admin works it, on the real queue over the SP-API emulator: filter by
/// type, account and state; select; Process refund / Process cancellation; Reject with a reason; each batch's feed and
/// document ID and each request's outcome in the grid.
/// </summary>
public class QueuePageTests
{
    private RefundFlowHarness _harness = null!;
    private AmazonQueueController _controller = null!;
    private List<AmazonOutboundRequest> _refunds = null!;
    private AmazonOutboundRequest _cancellation = null!;

    [SetUp]
    public async Task SetUp()
    {
        _harness = await RefundFlowHarness.CreateAsync(orders: 40);
        _harness.Settings.QueueRefundsAndCancellations = true;
        _harness.Settings.QueueBatchSize = 2;
        _refunds = [];
        for (var i = 0; i < 3; i++)
        {
            var link = await _harness.ShippedAsync(i);
            _refunds.Add(await _harness.Resolve<RefundRequestService>().RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.CustomerReturn,
                [new RefundLine(_harness.Amazon(link).Items[0].OrderItemId, AmazonRefundComponent.Principal, 0.5m)])));
        }
        _cancellation = (await _harness.Resolve<CancellationRequestService>().RequestAsync(new CancellationRequest((await _harness.UnshippedAsync()).Id, AmazonCancelReason.NoInventory)))!;

        var localization = AdminTestKit.PluginResources().Object;
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 7, Email = "admin@store" });
        _controller = new AmazonQueueController(new QueueModelFactory(_harness.Resolve<RefundQueueService>(), _harness.Resolve<AmazonAccountService>(), _harness.Resolve<AdminClock>(), localization),
            _harness.Resolve<RefundQueueService>(), workContext.Object, localization, Mock.Of<ILogger>(), new AmazonSyncErrorText(localization))
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    [TearDown]
    public void TearDown()
    {
        _controller.Dispose();
        _harness.Dispose();
    }

    private static string Text(string key) => AmazonChannelLocaleResources.All[key];

    private static string EnumText<TEnum>(TEnum value) where TEnum : struct, Enum => AmazonChannelLocaleResources.All[AmazonChannelLocaleResources.EnumKey(value)];

    private async Task<List<QueueRowModel>> GridAsync(int kindId = 0, int accountId = 0, int stateId = (int)AmazonOutboundRequestState.AwaitingApproval) =>
        ((QueueListModel)((JsonResult)await _controller.QueueList(new QueueSearchModel { SearchKindId = kindId, SearchAccountId = accountId, SearchStateId = stateId, Length = 50 })).Value!)
        .Data.ToList();

    private static T Member<T>(IActionResult result, string name) => (T)((JsonResult)result).Value!.GetType().GetProperty(name)!.GetValue(((JsonResult)result).Value)!;

    [Test]
    public async Task TheGrid_FiltersByTypeAccountAndState()
    {
        var other = new AmazonAccount { Name = "EU seller", SellerId = "A2EU", RegionId = _harness.Outbox.Account.RegionId, MarketplaceIds = "A1PA6795UKMFR9", LwaClientId = "eu" };
        await _harness.Resolve<AmazonAccountService>().InsertAccountAsync(other, "secret", "token");
        var moved = _refunds[2];
        moved.AccountId = other.Id;
        await _harness.Outbox.Import.Database.GetRepository<AmazonOutboundRequest>().UpdateAsync(moved);

        Assert.That((await GridAsync()).Select(r => r.Id), Is.EquivalentTo(_refunds.Select(r => r.Id).Append(_cancellation.Id)));
        var refunds = (await GridAsync(kindId: (int)AmazonOutboundRequestKind.Refund)).Select(r => r.Kind).ToList();
        Assert.That(refunds, Has.Count.EqualTo(3).And.All.EqualTo(EnumText(AmazonOutboundRequestKind.Refund)));
        Assert.That((await GridAsync(kindId: (int)AmazonOutboundRequestKind.Cancellation)).Single().Id, Is.EqualTo(_cancellation.Id));
        var eu = await GridAsync(accountId: other.Id);
        Assert.That((eu.Single().Id, eu.Single().AccountName), Is.EqualTo((moved.Id, "EU seller")));
        Assert.That(await GridAsync(stateId: (int)AmazonOutboundRequestState.Accepted), Is.Empty);

        var page = await _controller.List();
        var search = (QueueSearchModel)((ViewResult)page).Model!;
        Assert.That(search.AvailableAccounts.Select(a => a.Text), Does.Contain("EU seller"));
        Assert.That(search.AvailableStates.Single(s => s.Selected).Value, Is.EqualTo(((int)AmazonOutboundRequestState.AwaitingApproval).ToString()));
    }

    [Test]
    public async Task ProcessRefund_SendsTheSelected_InBatches_AndTheGridShowsEachBatchsFeedAndDocument()
    {
        var selected = _refunds.Select(r => r.Id).Append(_cancellation.Id).ToList();

        var result = await _controller.Process(selected, (int)AmazonOutboundRequestKind.Refund);

        Assert.That(Member<bool>(result, "Result"), Is.True);
        Assert.That(Member<string>(result, "Message"), Does.StartWith("2 batch(es) sent to Amazon").And.EndWith("1 request(s) left out."), "the cancellation is not a refund");
        var sent = await GridAsync(kindId: (int)AmazonOutboundRequestKind.Refund, stateId: (int)AmazonOutboundRequestState.Submitted);
        Assert.That(sent.Select(r => r.Id), Is.EquivalentTo(_refunds.Select(r => r.Id)));
        Assert.That(sent.Select(r => r.FeedId), Is.All.Not.Null);
        Assert.That(sent.Select(r => r.FeedDocumentId), Is.All.Not.Null);
        Assert.That(sent.GroupBy(r => r.BatchId).Select(g => g.Count()).Order(), Is.EqualTo(new[] { 1, 2 }), "batch size 2");
        Assert.That(sent.GroupBy(r => r.BatchId).All(g => g.Select(r => (r.FeedId, r.FeedDocumentId)).Distinct().Count() == 1), "one feed and document per batch");
        Assert.That((await GridAsync()).Single().Id, Is.EqualTo(_cancellation.Id));

        _harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await _harness.Outbox.RunOutboxAsync();
        var accepted = (await GridAsync(stateId: (int)AmazonOutboundRequestState.Accepted)).Select(r => r.State).ToList();
        Assert.That(accepted, Has.Count.EqualTo(3).And.All.EqualTo(EnumText(AmazonOutboundRequestState.Accepted)));
    }

    [Test]
    public async Task ProcessCancellation_SendsTheCancellation_NothingSelectedAsksForASelection()
    {
        var empty = await _controller.Process([], (int)AmazonOutboundRequestKind.Cancellation);
        Assert.That((Member<bool>(empty, "Result"), Member<string>(empty, "Message")), Is.EqualTo((false, Text("Plugins.Misc.AmazonChannel.Queue.NothingToProcess"))));
        var wrongKind = await _controller.Process([_cancellation.Id], (int)AmazonOutboundRequestKind.ShipmentConfirmation);
        Assert.That(Member<bool>(wrongKind, "Result"), Is.False);

        await _controller.Process([_cancellation.Id], (int)AmazonOutboundRequestKind.Cancellation);

        var row = (await GridAsync(stateId: (int)AmazonOutboundRequestState.Submitted)).Single();
        Assert.That((row.Id, row.FeedId), Is.EqualTo((_cancellation.Id, (await _harness.RequestAsync(_cancellation.Id)).FeedId)));
        Assert.That(row.FeedId, Is.Not.Null);
    }

    [Test]
    public async Task Reject_NeedsAReason_KeepsWhoAndWhyInTheGrid_AndARejectedRequestCannotBeRejectedAgain()
    {
        var noReason = await _controller.Reject([_refunds[0].Id], "  ");
        Assert.That((Member<bool>(noReason, "Result"), Member<string>(noReason, "Message")), Is.EqualTo((false, Text("Plugins.Misc.AmazonChannel.Queue.RejectNeedsReason"))));

        var rejected = await _controller.Reject([_refunds[0].Id, _cancellation.Id], "Refunded in Seller Central");

        Assert.That(Member<bool>(rejected, "Result"), Is.True);
        var rows = await GridAsync(stateId: (int)AmazonOutboundRequestState.Cancelled);
        Assert.That(rows.Select(r => r.Id), Is.EquivalentTo(new[] { _refunds[0].Id, _cancellation.Id }));
        Assert.That(rows.Select(r => r.Outcome), Is.All.EqualTo("Rejected by admin@store: Refunded in Seller Central"));
        Assert.That(_harness.Calls("createFeed"), Is.Zero);

        var again = await _controller.Reject([_refunds[0].Id], "twice");
        Assert.That((Member<bool>(again, "Result"), Member<string>(again, "Message")),
            Is.EqualTo((false, string.Format(Text(AmazonSyncError.ResourceKeyFor(RefundErrorCodes.NotWaiting.Value)), _refunds[0].Id, "Cancelled"))));
    }
}
