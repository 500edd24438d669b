using Nop.Core.Domain.Shipping;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// nopCommerce's shipment events for Amazon orders: only recorded in the outbox (the outbox task sends), so marking a
/// shipment shipped never waits for Amazon.
/// </summary>
public class ShipmentEventConsumer : IConsumer<ShipmentSentEvent>, IConsumer<ShipmentTrackingNumberSetEvent>
{
    private readonly ShipmentConfirmationService _confirmations;

    public ShipmentEventConsumer(ShipmentConfirmationService confirmations)
    {
        _confirmations = confirmations;
    }

    public Task HandleEventAsync(ShipmentSentEvent eventMessage) => _confirmations.ShipmentSentAsync(eventMessage.Shipment);

    public Task HandleEventAsync(ShipmentTrackingNumberSetEvent eventMessage) => _confirmations.TrackingNumberSetAsync(eventMessage.Shipment);
}
