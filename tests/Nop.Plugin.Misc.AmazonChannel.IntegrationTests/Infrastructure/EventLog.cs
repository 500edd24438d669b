using System.Collections.Concurrent;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;

/// <summary>Events the recording consumer received in this test.</summary>
public static class EventLog
{
    private static readonly ConcurrentQueue<object> _events = new();

    public static IReadOnlyList<object> All => [.. _events];

    public static IReadOnlyList<T> Of<T>() => [.. _events.OfType<T>()];

    public static void Clear() => _events.Clear();

    internal static Task RecordAsync(object @event)
    {
        _events.Enqueue(@event);
        return Task.CompletedTask;
    }
}

/// <summary>
/// An event consumer as a plugin writes one: found by nopCommerce's type finder and registered the way
/// Nop.Web.Framework's NopStartup registers every consumer, reached only through nopCommerce's EventPublisher.
/// </summary>
public class RecordingConsumer :
    IConsumer<OrderPlacedEvent>,
    IConsumer<OrderStatusChangedEvent>,
    IConsumer<ShipmentSentEvent>,
    IConsumer<ShipmentTrackingNumberSetEvent>,
    IConsumer<AmazonOrderImportedEvent>,
    IConsumer<AmazonBuyerCancellationRequestedEvent>
{
    public Task HandleEventAsync(OrderPlacedEvent eventMessage) => EventLog.RecordAsync(eventMessage);

    public Task HandleEventAsync(OrderStatusChangedEvent eventMessage) => EventLog.RecordAsync(eventMessage);


    public Task HandleEventAsync(ShipmentSentEvent eventMessage) => EventLog.RecordAsync(eventMessage);

    public Task HandleEventAsync(ShipmentTrackingNumberSetEvent eventMessage) => EventLog.RecordAsync(eventMessage);

    public Task HandleEventAsync(AmazonOrderImportedEvent eventMessage) => EventLog.RecordAsync(eventMessage);

    public Task HandleEventAsync(AmazonBuyerCancellationRequestedEvent eventMessage) => EventLog.RecordAsync(eventMessage);
}
