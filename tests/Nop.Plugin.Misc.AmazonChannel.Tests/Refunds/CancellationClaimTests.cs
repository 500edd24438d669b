using AmazonSpApi.Emulator;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

/// <summary>
/// An item's cancelled quantity counts each cancelled unit once: when the item already holds Amazon's count before our
/// request's processing report is read, and when several requests on the item are in flight, accepted in either order
/// or rejected (a rejected request's quantity is free again).
/// </summary>
public class CancellationClaimTests
{
    [Test]
    public async Task ItemAlreadyHoldingAmazonsCount_WhenTheReportIsRead_DoesNotCountTheLineTwice()
    {
        using var harness = await SingleItemHarnessAsync();
        var (link, item, ordered) = await SingleItemOrderAsync(harness);
        var productIds = harness.Outbox.Import.Store.ItemsOf(harness.StoreOrder(link)).Select(i => i.ProductId).ToHashSet();
        var returnsBefore = harness.Outbox.Import.Store.InventoryMoves.Count(m => productIds.Contains(m.ProductId) && m.Quantity > 0);
        var request = await Service(harness).RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, ordered - 1)]));

        await harness.Outbox.RunOutboxAsync();
        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        // Amazon applied the line; the item records Amazon's cancelled quantity before the outbox reads the report.
        await SetCancelledAsync(harness, link, item, ordered - 1);
        await harness.Outbox.RunOutboxAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((await harness.RequestAsync(request!.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
            Assert.That(harness.Amazon(link).Items[0].QuantityCancelled, Is.EqualTo(ordered - 1));
            Assert.That((await ItemAsync(harness, link, item)).QuantityCancelled, Is.EqualTo(ordered - 1));
            Assert.That(harness.StoreOrder(link).OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled), "one unit still goes to the buyer");
            Assert.That(harness.Outbox.Import.Store.InventoryMoves.Count(m => productIds.Contains(m.ProductId) && m.Quantity > 0), Is.EqualTo(returnsBefore));
        });
    }

    [Test]
    public async Task SecondRequest_MayOnlyCancelWhatTheFirstDoesNotClaim_BothAcceptedCountOnce()
    {
        using var harness = await SingleItemHarnessAsync();
        var (link, item, ordered) = await SingleItemOrderAsync(harness);
        var service = Service(harness);
        await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, 1)]));

        var error = Assert.ThrowsAsync<RefundRequestException>(() => service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, ordered)])));
        Assert.That(error!.Code, Is.EqualTo(RefundErrorCodes.QuantityExceeded));
        await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, ordered - 2)]));
        await harness.SendAndReadAsync();

        Assert.That((await harness.RequestsAsync()).Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(harness.Amazon(link).Items[0].QuantityCancelled, Is.EqualTo(ordered - 1));
        Assert.That((await ItemAsync(harness, link, item)).QuantityCancelled, Is.EqualTo(ordered - 1));
        Assert.That(harness.StoreOrder(link).OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task TwoRequestsOnOneItem_AcceptedInEitherOrder_CountBothOnce(bool laterFirst)
    {
        using var harness = await SingleItemHarnessAsync();
        var (link, item, _) = await SingleItemOrderAsync(harness);
        var first = await Service(harness).RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, 1)]));
        var second = await Service(harness).RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, 1)]));

        foreach (var request in laterFirst ? new[] { second!, first! } : [first!, second!])
            await AcceptAsync(harness, request.Id);

        Assert.That((await ItemAsync(harness, link, item)).QuantityCancelled, Is.EqualTo(2));
    }

    [Test]
    public async Task RejectedRequest_ReleasesItsClaim_AndIsNotCountedByTheOneAcceptedBeforeIt()
    {
        using var harness = await SingleItemHarnessAsync();
        var (link, item, ordered) = await SingleItemOrderAsync(harness);
        var service = Service(harness);
        var first = await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, 1)]));
        var second = await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, 1)]));

        await AcceptAsync(harness, second!.Id);
        Assert.That((await ItemAsync(harness, link, item)).QuantityCancelled, Is.EqualTo(1), "the first is not confirmed yet");
        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, ordered - 1)])))!.Code,
            Is.EqualTo(RefundErrorCodes.QuantityExceeded), "the first still claims its unit");

        var rejected = await harness.RequestAsync(first!.Id);
        rejected.State = AmazonOutboundRequestState.Rejected;
        await harness.Resolve<OutboxStore>().UpdateAsync(rejected);
        await harness.Resolve<CancellationHandler>().OnRejectedAsync(rejected);

        Assert.That((await ItemAsync(harness, link, item)).QuantityCancelled, Is.EqualTo(1));
        Assert.That(harness.StoreOrder(link).OrderStatus, Is.Not.EqualTo(OrderStatus.Cancelled));
        var third = await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, ordered - 1)]));
        Assert.That(PayloadJson.Read<CancellationPayload>(third!.Payload).Lines.Single().CancelledBefore, Is.EqualTo(1));
    }

    [Test]
    public async Task WholeOrder_AfterAnOpenPartialRequest_NamesOnlyWhatIsNotClaimed()
    {
        using var harness = await SingleItemHarnessAsync();
        var (link, item, ordered) = await SingleItemOrderAsync(harness);
        var service = Service(harness);
        await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, 1)]));

        var whole = await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.NoInventory));
        Assert.That(PayloadJson.Read<CancellationPayload>(whole!.Payload).Lines.Single().Quantity, Is.EqualTo(ordered - 1));
        await harness.SendAndReadAsync();

        Assert.That((await ItemAsync(harness, link, item)).QuantityCancelled, Is.EqualTo(ordered));
        Assert.That(harness.StoreOrder(link).OrderStatus, Is.EqualTo(OrderStatus.Cancelled));
    }

    [Test]
    public async Task LocalOnlyCancellation_IsCheckedAgainstTheSameClaims()
    {
        using var harness = await SingleItemHarnessAsync();
        harness.Settings.AllowLocalOnlyCancel = true;
        var (link, item, ordered) = await SingleItemOrderAsync(harness);
        var service = Service(harness);
        await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, 1)]));

        Assert.That(Assert.ThrowsAsync<RefundRequestException>(() => service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, ordered)], LocalOnly: true)))!.Code,
            Is.EqualTo(RefundErrorCodes.QuantityExceeded));
        Assert.That(await service.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.CustomerExchange, [(item, ordered - 1)], LocalOnly: true)), Is.Null);
    }

    private static CancellationRequestService Service(RefundFlowHarness harness) => harness.Resolve<CancellationRequestService>();

    private static Task<RefundFlowHarness> SingleItemHarnessAsync() =>
        RefundFlowHarness.CreateAsync(orders: 40, seed: 83, configure: o => (o.Mix.MultiItem, o.Mix.MultiQuantity) = (0, 1));

    private static async Task<(AmazonOrderLink Link, string Item, int Ordered)> SingleItemOrderAsync(RefundFlowHarness harness)
    {
        var link = await harness.LinkAsync(o => o.Status == FulfillmentStatuses.Unshipped && !o.BuyerCancelRequested && o.Items.Count == 1 && o.Items[0].QuantityOrdered >= 3);
        return (link, harness.Amazon(link).Items[0].OrderItemId, harness.Amazon(link).Items[0].QuantityOrdered);
    }

    private static async Task<AmazonOrderItemLink> ItemAsync(RefundFlowHarness harness, AmazonOrderLink link, string item) =>
        (await harness.Outbox.Import.ItemLinksAsync(link.Id)).Single(i => i.AmazonOrderItemId == item);

    private static async Task SetCancelledAsync(RefundFlowHarness harness, AmazonOrderLink link, string item, int quantity)
    {
        var stored = await ItemAsync(harness, link, item);
        stored.QuantityCancelled = quantity;
        await harness.Outbox.Import.Database.GetRepository<AmazonOrderItemLink>().UpdateAsync(stored, false);
    }

    /// <summary>Amazon's confirmation of one request as the outbox records it: state stored, then the handler.</summary>
    private static async Task AcceptAsync(RefundFlowHarness harness, int requestId)
    {
        var request = await harness.RequestAsync(requestId);
        request.State = AmazonOutboundRequestState.Accepted;
        await harness.Resolve<OutboxStore>().UpdateAsync(request);
        await harness.Resolve<CancellationHandler>().OnAcceptedAsync(request);
    }
}
