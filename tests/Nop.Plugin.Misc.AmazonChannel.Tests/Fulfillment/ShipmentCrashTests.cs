using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>
/// A process crash at every persisted step of sending shipment confirmations (record written, attempt marked, sent but
/// not saved, feed row inserted, document created, feed created but not stored, report read but not applied, accepted
/// but no order note, ...), then a restart: new processor instances in a new container over the same database. Each
/// shipment ends confirmed on Amazon exactly once.
/// </summary>
public class ShipmentCrashTests
{
    private const int Shipments = 3;

    [TestCase(ShipmentSendMode.Immediate)]
    [TestCase(ShipmentSendMode.Feed)]
    public async Task CrashAtEveryPersistedStep_ThenRestart_EachShipmentIsConfirmedOnce(ShipmentSendMode mode)
    {
        var crashedAt = new List<string>();
        for (var step = 1; step < 200; step++)
        {
            using var harness = new ShipHarness(ShipHarness.Options(61, 8));
            await harness.ImportAsync();
            harness.Settings.ShipmentSendMode = mode;
            var orders = harness.StoreOrders.Take(Shipments).ToList();
            var shipments = orders.Select((o, i) => harness.ShipAll(o, ShipHarness.Tracking(i))).ToList();
            foreach (var shipment in shipments)
                await harness.SentAsync(shipment);

            // Everything after the records are written may crash: the step numbers count the writes from here.
            harness.Outbox.Crash.Reset();
            harness.Outbox.Crash.CrashAt = step;
            await RunUntilCrashOrSettledAsync(harness);
            var crashed = harness.Outbox.Crash.CrashAt is null;
            if (crashed)
                crashedAt.Add(harness.Outbox.Crash.Log[step - 1]);

            // The restart: a new node (new container, new processor and handler instances) over the same stored state.
            await RunUntilSettledOnANewNodeAsync(harness);

            var label = crashed ? $"{mode}, crash at step {step} ({harness.Outbox.Crash.Log[step - 1]})" : $"{mode}, no crash";
            await AssertConfirmedOnceAsync(harness, orders, shipments, label);
            if (!crashed)
                break;
        }

        TestContext.Out.WriteLine(string.Join(Environment.NewLine, crashedAt.Select((s, i) => $"{i + 1}: {s}")));
        Assert.That(crashedAt, Has.Count.GreaterThan(8), "the crash plan reached the steps of sending and answering");
        Assert.That(crashedAt, Does.Contain("update AmazonOutboundRequest"));
        if (mode == ShipmentSendMode.Feed)
            Assert.That(crashedAt, Does.Contain("update AmazonOutboundFeed"), "feed rows are written at the crash points");
        Assert.That(crashedAt, Does.Contain("insert OrderNote"), "the crash plan reached the acceptance");
    }

    /// <summary>Cycles on the default node until the planned crash happens (the run dies there) or nothing is owed.</summary>
    private static async Task RunUntilCrashOrSettledAsync(ShipHarness harness)
    {
        for (var minute = 0; minute < 240 && harness.Outbox.Crash.CrashAt is not null; minute++)
        {
            try
            {
                await harness.Outbox.RunOutboxAsync();
            }
            catch (SimulatedCrashException)
            {
                return;
            }

            if (await SettledAsync(harness))
                return;
            harness.Emulator.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static async Task RunUntilSettledOnANewNodeAsync(ShipHarness harness)
    {
        var node = harness.Outbox.Resolve<IServiceScopeFactory>(new InMemoryLocker());
        for (var minute = 0; minute < 360 && !await SettledAsync(harness); minute++)
        {
            using (var scope = node.CreateScope())
                await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().RunAccountAsync(harness.Outbox.Account);
            harness.Emulator.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static async Task<bool> SettledAsync(ShipHarness harness) =>
        (await harness.RequestsAsync()).All(r => r.State is AmazonOutboundRequestState.Accepted or AmazonOutboundRequestState.Rejected or AmazonOutboundRequestState.Blocked);

    private static async Task AssertConfirmedOnceAsync(ShipHarness harness, IReadOnlyList<Nop.Core.Domain.Orders.Order> orders,
        IReadOnlyList<Nop.Core.Domain.Shipping.Shipment> shipments, string label)
    {
        var requests = await harness.RequestsAsync();
        var appliedMessages = ShipmentFaultTests.AppliedFeedMessages(harness);
        Assert.Multiple(() =>
        {
            Assert.That(requests, Has.Count.EqualTo(Shipments), label);
            Assert.That(requests.Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted), label);
            for (var i = 0; i < orders.Count; i++)
            {
                var amazon = harness.AmazonOrder(orders[i]);
                var reference = shipments[i].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(amazon.Packages.Select(p => p.PackageReferenceId), Is.EqualTo(new[] { reference }), $"{label}: one package per shipment");
                Assert.That(amazon.Items.Select(it => it.QuantityShipped), Is.EqualTo(amazon.Items.Select(it => it.QuantityOrdered)), $"{label}: shipped once");
                Assert.That(appliedMessages.Count(m => m == (amazon.OrderId, reference)), Is.LessThanOrEqualTo(1), $"{label}: a message Amazon processed went again as a new package");
                Assert.That(harness.Outbox.Import.Store.NotesOf(orders[i]).Count(n => n.Contains("Amazon confirmed the shipment of package", StringComparison.Ordinal)),
                    Is.EqualTo(1), $"{label}: the order note once");
            }
        });
    }
}
