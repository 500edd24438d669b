using AmazonSpApi.Emulator;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Tests.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Refunds;

/// <summary>Refunds and cancellations end to end: orders imported from the SP-API emulator, requests sent through the outbox.</summary>
public sealed class RefundFlowHarness : IDisposable
{
    private RefundFlowHarness(OutboxHarness outbox)
    {
        Outbox = outbox;
    }

    public OutboxHarness Outbox { get; }

    public SpApiEmulator Emulator => Outbox.Emulator;

    public AmazonChannelSettings Settings => Outbox.Settings;

    public static async Task<RefundFlowHarness> CreateAsync(int orders = 30, int seed = 71, double shipped = 0.5, double buyerCancel = 0, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions
        {
            Seed = seed,
            OrderCount = orders,
            Mix = new OrderMixOptions { Fba = 0, PendingFirst = 0, AmazonCancelled = 0, AlreadyShipped = shipped, BuyerCancelRequested = buyerCancel, Returned = 0 }
        };
        configure?.Invoke(options);
        var harness = new RefundFlowHarness(new OutboxHarness(options));
        harness.Settings.QueueRefundsAndCancellations = false;
        foreach (var marketplace in harness.Outbox.Account.GetMarketplaceIds())
            await harness.Outbox.Emulated.CreateImportService().ImportWindowAsync(harness.Outbox.Account, marketplace);
        return harness;
    }

    public T Resolve<T>() where T : notnull => Outbox.Resolve<T>();

    public async Task<IList<AmazonOrderLink>> LinksAsync() =>
        await Outbox.Import.Database.GetRepository<AmazonOrderLink>().GetAllAsync(q => q.Where(l => l.OrderId != null).OrderBy(l => l.Id));

    public async Task<AmazonOrderLink> LinkAsync(Func<EmulatedOrder, bool> predicate, int skip = 0)
    {
        var links = await LinksAsync();
        return links.Where(l => predicate(Emulator.State.Orders[l.AmazonOrderId])).Skip(skip).First();
    }

    public Task<AmazonOrderLink> ShippedAsync(int skip = 0) => LinkAsync(o => o.Status == FulfillmentStatuses.Shipped, skip);

    public Task<AmazonOrderLink> UnshippedAsync(int skip = 0) => LinkAsync(o => o.Status == FulfillmentStatuses.Unshipped && !o.BuyerCancelRequested, skip);

    public EmulatedOrder Amazon(AmazonOrderLink link) => Emulator.State.Orders[link.AmazonOrderId];

    public Order StoreOrder(AmazonOrderLink link) => Outbox.Import.Store.Orders.Single(o => o.Id == link.OrderId);

    public IList<string> Notes(AmazonOrderLink link) => Outbox.Import.Store.NotesOf(StoreOrder(link));

    public Task<IList<AmazonOutboundRequest>> RequestsAsync() => Outbox.RequestsAsync();

    public async Task<AmazonOutboundRequest> RequestAsync(int id) => (await RequestsAsync()).Single(r => r.Id == id);

    /// <summary>Runs the outbox, lets Amazon process the feeds, and runs it again to read the processing reports.</summary>
    public async Task SendAndReadAsync()
    {
        await Outbox.RunOutboxAsync();
        Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        await Outbox.RunOutboxAsync();
    }

    public int Calls(string operation) => Outbox.Calls(operation);

    public void Dispose() => Outbox.Dispose();
}
