using System.Globalization;
using System.Xml.Linq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Fulfillment;

/// <summary>
/// Many shipments (single and two-package orders) under a fault mix: 429s, 5xx, timeouts before and after Amazon applied
/// the call, dropped confirmations, FATAL and CANCELLED feeds. Nothing is lost, nothing is confirmed twice.
/// </summary>
public class ShipmentFaultTests
{
    [TestCase(ShipmentSendMode.Immediate, 84)]
    [TestCase(ShipmentSendMode.Feed, 87)]
    public async Task UnderAFaultMix_EveryShipmentIsConfirmedOnce(ShipmentSendMode mode, int seed)
    {
        using var harness = new ShipHarness(ShipHarness.Options(seed, 80));
        await harness.ImportAsync();
        harness.Settings.ShipmentSendMode = mode;
        var faults = harness.Emulator.Options.Faults;
        faults.Throttle429 = 0.15;
        faults.ServerError5xx = 0.1;
        faults.Timeout = 0.05;
        faults.LostAnswer = 0.05;
        faults.DroppedConfirmation = 0.15;
        faults.FeedFatal = 0.3;
        faults.FeedCancelled = 0.2;

        // Shipments are marked shipped in four waves while the task runs, so feed mode sends several feeds.
        var shipped = new List<(Order Order, List<Shipment> Shipments)>();
        foreach (var wave in harness.StoreOrders.Chunk((harness.StoreOrders.Count + 3) / 4))
        {
            shipped.AddRange(await ShipAsync(harness, wave, shipped.Count));
            for (var minute = 0; minute < 25; minute++)
            {
                await harness.Outbox.RunOutboxAsync();
                harness.Emulator.Time.Advance(TimeSpan.FromMinutes(1));
            }
        }
        await harness.RunUntilSettledAsync(TimeSpan.FromHours(24));

        var requests = await harness.RequestsAsync();
        var applied = AppliedFeedMessages(harness);
        var feeds = harness.Emulator.State.Feeds;
        TestContext.Out.WriteLine($"{mode}: {requests.Count} requests, {harness.Emulator.Requests.Count} calls, 429 {harness.Emulator.Requests.Count(r => r.StatusCode == 429)}, " +
            $"5xx {harness.Emulator.Requests.Count(r => r.StatusCode >= 500)}, timeouts {harness.Emulator.Requests.Count(r => r.StatusCode == 0)}, dropped {harness.Emulator.State.DroppedConfirmations}, " +
            $"feeds {string.Join(",", feeds.Select(f => f.ProcessingStatus))}");
        foreach (var request in requests.Where(r => r.State != AmazonOutboundRequestState.Accepted))
            TestContext.Out.WriteLine($"  not accepted: {request.AmazonOrderId} {request.State} {request.Attempts} {request.ResultCode} {request.ResultMessage}");
        Assert.Multiple(() =>
        {
            Assert.That(requests, Has.Count.EqualTo(shipped.Sum(s => s.Shipments.Count)), "one record per shipment");
            Assert.That(requests.Select(r => r.State), Is.All.EqualTo(AmazonOutboundRequestState.Accepted), "nothing lost");
            foreach (var (order, shipments) in shipped)
            {
                var amazon = harness.AmazonOrder(order);
                var references = shipments.Select(s => s.Id.ToString(CultureInfo.InvariantCulture)).ToList();
                Assert.That(amazon.Packages.Select(p => p.PackageReferenceId), Is.EquivalentTo(references), $"{order.CustomOrderNumber}: one package per shipment");
                Assert.That(amazon.Items.Select(i => i.QuantityShipped), Is.EqualTo(amazon.Items.Select(i => i.QuantityOrdered)), $"{order.CustomOrderNumber}: shipped once");
                foreach (var reference in references)
                    Assert.That(applied.Count(m => m == (amazon.OrderId, reference)), Is.LessThanOrEqualTo(1), $"{order.CustomOrderNumber}/{reference}: applied from two feeds");
            }

            Assert.That(harness.Emulator.Requests.Count(r => r.StatusCode == 429), Is.GreaterThan(0), "the mix had 429s");
            Assert.That(harness.Emulator.Requests.Count(r => r.StatusCode >= 500), Is.GreaterThan(0), "the mix had 5xx");
            Assert.That(harness.Emulator.Requests.Count(r => r.StatusCode == 0), Is.GreaterThan(0), "the mix had timeouts");
            if (mode == ShipmentSendMode.Immediate)
                Assert.That(harness.Emulator.State.DroppedConfirmations, Is.GreaterThan(0), "the mix dropped confirmations");
            else
                Assert.That(feeds.Select(f => f.ProcessingStatus), Does.Contain("FATAL").And.Contain("CANCELLED"), "the mix had FATAL and CANCELLED feeds");
        });
    }

    /// <summary>Each order shipped: in two packages when a line has two or more units (every other such order), else in one.</summary>
    private static async Task<List<(Order Order, List<Shipment> Shipments)>> ShipAsync(ShipHarness harness, IEnumerable<Order> orders, int shippedBefore)
    {
        var shipped = new List<(Order, List<Shipment>)>();
        foreach (var order in orders)
        {
            var n = shippedBefore + shipped.Count;
            var items = harness.ItemsOf(order);
            var split = items.FirstOrDefault(i => i.Quantity >= 2);
            var shipments = new List<Shipment>();
            if (split is not null && n % 2 == 0)
            {
                shipments.Add(harness.Ship(order, ShipHarness.Tracking(2 * n), (split.Id, 1)));
                shipments.Add(harness.Ship(order, ShipHarness.Tracking(2 * n + 1), items.Select(i => (i.Id, i.Id == split.Id ? i.Quantity - 1 : i.Quantity)).ToArray()));
            }
            else
                shipments.Add(harness.ShipAll(order, ShipHarness.Tracking(2 * n)));

            foreach (var shipment in shipments)
                await harness.SentAsync(shipment);
            shipped.Add((order, shipments));
        }
        return shipped;
    }

    /// <summary>(order, MerchantFulfillmentID) of every message Amazon applied from a feed (DONE, no error for the message).</summary>
    public static List<(string OrderId, string Reference)> AppliedFeedMessages(ShipHarness harness)
    {
        var applied = new List<(string, string)>();
        foreach (var feed in harness.Emulator.State.Feeds.Where(f => f.ProcessingStatus == "DONE" && f.FeedType == "POST_ORDER_FULFILLMENT_DATA"))
        {
            var errors = feed.Result?.Results.Where(r => r.ResultCode == "Error").Select(r => r.MessageId).ToHashSet() ?? [];
            var content = harness.Emulator.State.GetDocumentContent(feed.InputFeedDocumentId);
            if (content is null)
                continue;
            foreach (var message in XDocument.Parse(System.Text.Encoding.UTF8.GetString(content)).Descendants("Message"))
            {
                if (errors.Contains(long.Parse(message.Element("MessageID")!.Value, CultureInfo.InvariantCulture)))
                    continue;
                var fulfillment = message.Element("OrderFulfillment")!;
                applied.Add((fulfillment.Element("AmazonOrderID")!.Value, fulfillment.Element("MerchantFulfillmentID")!.Value));
            }
        }
        return applied;
    }
}
