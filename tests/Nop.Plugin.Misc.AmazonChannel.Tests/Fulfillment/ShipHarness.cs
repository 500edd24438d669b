using AmazonSpApi.Emulator;
using Nop.Core.Caching;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Tests.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>
/// The shipment flow end to end: Amazon orders imported from the emulator into the fake store, store shipments made
/// as the admin makes them, nopCommerce's shipment events handed to the plugin's consumer, the outbox task run in
/// virtual time against the emulator, which shows what Amazon would show.
/// </summary>
public sealed class ShipHarness : IDisposable
{
    public const string UpsTrackingPrefix = "1Z999AA1";

    /// <param name="extraServices">Registrations after the plugin's (e.g. a handler decorator), as for <see cref="OutboxHarness"/>.</param>
    public ShipHarness(EmulatorOptions options, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? extraServices = null)
    {
        Outbox = new OutboxHarness(options, extraServices);
    }

    public OutboxHarness Outbox { get; }

    public SpApiEmulator Emulator => Outbox.Emulator;

    public FakeShipments Shipments => Outbox.Import.Store.Shipments;

    public AmazonChannelSettings Settings => Outbox.Settings;

    public static EmulatorOptions Options(int seed, int orders, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions
        {
            Seed = seed,
            OrderCount = orders,
            Mix = new OrderMixOptions { Fba = 0, PendingFirst = 0, AmazonCancelled = 0, AlreadyShipped = 0, BuyerCancelRequested = 0, Returned = 0, MultiItem = 0.3, MultiQuantity = 0.4 }
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Imports every order of the emulator's account into the store.</summary>
    public async Task ImportAsync()
    {
        await Outbox.Emulated.CreateImportService().ImportWindowAsync(Outbox.Account, Outbox.Account.GetMarketplaceIds()[0]);
        Emulator.Time.Advance(TimeSpan.FromMinutes(1));
    }

    public IReadOnlyList<Order> StoreOrders => Outbox.Import.Store.Orders.Where(o => !string.IsNullOrEmpty(o.CustomOrderNumber)).ToList();

    public Order StoreOrderOf(string amazonOrderId) => Outbox.Import.Store.Orders.Single(o => o.CustomOrderNumber == amazonOrderId);

    public IList<OrderItem> ItemsOf(Order order) => Outbox.Import.Store.ItemsOf(order);

    public EmulatedOrder AmazonOrder(Order order) => Emulator.State.Orders[order.CustomOrderNumber];

    public static string Tracking(int n) => UpsTrackingPrefix + n.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A shipment of every item of the order in full, marked shipped now.</summary>
    public Shipment ShipAll(Order order, string? tracking) =>
        Shipments.Add(order.Id, tracking, Emulator.Time.GetUtcNow().UtcDateTime, ItemsOf(order).Select(i => (i.Id, i.Quantity)).ToArray());

    public Shipment Ship(Order order, string? tracking, params (int OrderItemId, int Quantity)[] lines) =>
        Shipments.Add(order.Id, tracking, Emulator.Time.GetUtcNow().UtcDateTime, lines);

    /// <summary>
    /// nopCommerce publishing ShipmentSentEvent in a new request scope, as the admin request: its type finder builds the
    /// consumer (consumers are not registered), here from the scope's services.
    /// </summary>
    public Task SentAsync(Shipment shipment, ILocker? locker = null) =>
        Consumer(locker).HandleEventAsync(new ShipmentSentEvent(shipment));

    public Task TrackingSetAsync(Shipment shipment) =>
        Consumer(null).HandleEventAsync(new ShipmentTrackingNumberSetEvent(shipment));

    private ShipmentEventConsumer Consumer(ILocker? locker) => new(Outbox.Resolve<ShipmentConfirmationService>(locker));

    public Task<IList<AmazonOutboundRequest>> RequestsAsync() => Outbox.RequestsAsync();

    public Task RunUntilSettledAsync(TimeSpan? limit = null, ILocker? locker = null) =>
        Outbox.RunUntilSettledAsync(TimeSpan.FromMinutes(1), limit ?? TimeSpan.FromHours(3), locker);

    public void Dispose() => Outbox.Dispose();
}
