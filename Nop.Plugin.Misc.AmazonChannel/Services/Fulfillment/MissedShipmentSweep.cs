using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// Records the confirmation of any shipped store shipment of an open merchant-fulfilled Amazon order that has none.
/// nopCommerce saves the shipment before it publishes <c>ShipmentSentEvent</c> and swallows a consumer's exception, so
/// a process that dies (or a database error) between the two would otherwise lose the confirmation for good. Run by
/// the outbox task before it sends; recording is idempotent, so a shipment the event already recorded is left alone.
/// </summary>
public class MissedShipmentSweep : IOutboxSweep
{
    /// <summary>Amazon statuses of orders that may still owe a confirmation.</summary>
    private static readonly int[] OpenStatusIds = [(int)AmazonOrderStatus.Unshipped, (int)AmazonOrderStatus.PartiallyShipped];

    private readonly IRepository<AmazonOrderLink> _links;
    private readonly IShipmentService _shipments;
    private readonly OutboxStore _outbox;
    private readonly ShipmentConfirmationService _confirmations;

    public MissedShipmentSweep(IRepository<AmazonOrderLink> links, IShipmentService shipments, OutboxStore outbox, ShipmentConfirmationService confirmations)
    {
        _links = links;
        _shipments = shipments;
        _outbox = outbox;
        _confirmations = confirmations;
    }

    /// <summary>The confirmations recorded by this sweep (each one a shipment the event did not record).</summary>
    public async Task<int> RunAsync(AmazonAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var links = await _links.GetAllAsync(query => query.Where(link => link.AccountId == account.Id && link.OrderId != null
            && link.FulfillmentChannelId == (int)AmazonFulfillmentChannel.Merchant && OpenStatusIds.Contains(link.AmazonOrderStatusId)));

        var recorded = 0;
        foreach (var link in links)
        {
            foreach (var shipment in await _shipments.GetShipmentsByOrderIdAsync(link.OrderId!.Value, shipped: true))
            {
                if (shipment.ShippedDateUtc is null || await _outbox.FindAsync(account.Id, ShipmentConfirmationService.KeyFor(shipment.Id)) is not null)
                    continue;
                if (await _confirmations.ShipmentSentAsync(shipment) is not null)
                    recorded++;
            }
        }

        return recorded;
    }
}
