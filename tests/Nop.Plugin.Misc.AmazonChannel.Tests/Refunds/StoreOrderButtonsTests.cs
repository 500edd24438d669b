using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

/// <summary>nopCommerce's own buttons on an Amazon order: what nopCommerce does first, then the event it publishes.</summary>
public class StoreOrderButtonsTests
{
    private static StoreOrderButtonsConsumer Consumer(RefundFlowHarness harness) =>
        ActivatorUtilities.CreateInstance<StoreOrderButtonsConsumer>(harness.Resolve<IServiceProvider>());

    /// <summary>What nopCommerce's (Partially) refund offline does before publishing OrderRefundedEvent.</summary>
    private static OrderRefundedEvent RefundOffline(Order order, decimal amount)
    {
        order.RefundedAmount += amount;
        order.PaymentStatus = order.RefundedAmount >= order.OrderTotal ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        return new OrderRefundedEvent(order, amount);
    }

    [Test]
    public async Task PartialRefundOffline_IsTakenBack_SentAsExactlyThatAmount_AndRecordedWhenAmazonConfirms()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var order = harness.StoreOrder(link);
        var rate = order.CurrencyRate > 0 ? order.CurrencyRate : 1m;

        await Consumer(harness).HandleEventAsync(RefundOffline(order, 2.00m));

        Assert.That(order.RefundedAmount, Is.Zero);
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        var request = (await harness.RequestsAsync()).Single();
        var payload = System.Text.Json.JsonSerializer.Deserialize<RefundPayload>(request.Payload)!;
        Assert.That(payload.Total, Is.EqualTo(Math.Round(2.00m * rate, 2)));
        Assert.That(payload.Origin, Is.EqualTo(RequestOrigins.StoreButton));

        await harness.SendAndReadAsync();

        Assert.That((await harness.RequestAsync(request.Id)).State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(order.RefundedAmount, Is.EqualTo(2.00m));
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.PartiallyRefunded));
    }

    [Test]
    public async Task RefundOffline_OfTheWholeOrder_IsAFullRefundOnAmazon()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.LinkAsync(o => o.Status == AmazonSpApi.Emulator.FulfillmentStatuses.Shipped && o.Marketplace.CurrencyCode == "USD");
        var order = harness.StoreOrder(link);

        await Consumer(harness).HandleEventAsync(RefundOffline(order, order.OrderTotal));
        await harness.SendAndReadAsync();

        Assert.That((await harness.RequestsAsync()).Single().State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That((await harness.Resolve<RefundLedger>().GetBalanceAsync(link)).OrderRemaining, Is.Zero);
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Refunded));
    }

    [Test]
    public async Task RefundOffline_AboveWhatIsLeft_IsNotSent_TakenBack_AndTheAdminIsTold()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var order = harness.StoreOrder(link);

        await Consumer(harness).HandleEventAsync(RefundOffline(order, order.OrderTotal * 3 + 1));

        Assert.That(await harness.RequestsAsync(), Is.Empty);
        Assert.That(order.RefundedAmount, Is.Zero);
        Assert.That((await harness.Outbox.OpenErrorsAsync()).Select(e => e.Code), Does.Contain(RefundErrorCodes.StoreAmountNotMappable.Value));
        Assert.That(harness.Notes(link), Has.Some.Contains("was not sent to Amazon"));
    }

    [Test]
    public async Task CancelButton_SendsAWholeOrderCancellation_Once()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.UnshippedAsync();
        var order = harness.StoreOrder(link);
        var previous = order.OrderStatus;
        order.OrderStatus = OrderStatus.Cancelled;

        await Consumer(harness).HandleEventAsync(new OrderStatusChangedEvent(order, previous));
        await Consumer(harness).HandleEventAsync(new OrderStatusChangedEvent(order, previous));
        await harness.SendAndReadAsync();

        var request = (await harness.RequestsAsync()).Single();
        Assert.That(request.State, Is.EqualTo(AmazonOutboundRequestState.Accepted));
        Assert.That(request.ReasonCode, Is.EqualTo("GeneralAdjustment"));
        Assert.That(harness.Amazon(link).Status, Is.EqualTo(AmazonSpApi.Emulator.FulfillmentStatuses.Cancelled));
    }

    [Test]
    public async Task CancelButton_OnAShippedOrder_SendsNothing_AndTellsTheAdmin()
    {
        using var harness = await RefundFlowHarness.CreateAsync();
        var link = await harness.ShippedAsync();
        var order = harness.StoreOrder(link);
        var previous = order.OrderStatus;
        order.OrderStatus = OrderStatus.Cancelled;

        await Consumer(harness).HandleEventAsync(new OrderStatusChangedEvent(order, previous));

        Assert.That(await harness.RequestsAsync(), Is.Empty);
        Assert.That((await harness.Outbox.OpenErrorsAsync()).Select(e => e.Code), Does.Contain(RefundErrorCodes.AlreadyShipped.Value));
    }

    [Test]
    public void Allocation_TakesFromTheLinesInOrder_AndNeverMoreThanIsLeft()
    {
        var remaining = new[] { new RefundLine("1", AmazonRefundComponent.Principal, 10m), new RefundLine("1", AmazonRefundComponent.Tax, 1m), new RefundLine("2", AmazonRefundComponent.Principal, 5m) };

        Assert.That(StoreOrderButtonsConsumer.Allocate(remaining, 10.5m), Is.EqualTo(new[] { remaining[0], remaining[1] with { Amount = 0.5m } }));
        Assert.That(StoreOrderButtonsConsumer.Allocate(remaining, 16m), Is.EqualTo(remaining));
        Assert.That(StoreOrderButtonsConsumer.Allocate(remaining, 16.01m), Is.Null);
    }
}
