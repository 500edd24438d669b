using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Reports;

/// <summary>
/// End to end: a first download of a German account through the emulator's reports as Amazon writes them (Cp1252,
/// EU-wide rows, Amazon's status words, cancelled lines inside shipped orders, quoted multi-line cells).
/// </summary>
public class EuReportImportTests
{
    private const string De = "A1PA6795UKMFR9";
    private const string Fr = "A13V1IB3VIYZZH";
    private const string Uk = "A1F83G8C2ARO7P";

    private static EmulatorImportHarness EuHarness() => new(new EmulatorOptions
    {
        Seed = 21,
        OrderCount = 150,
        MarketplaceIds = [De, Fr, Uk],
        // No order leaves Pending while the windows run, so which orders must be imported does not change.
        Mix = new OrderMixOptions { MultiItem = 0.5, AlreadyShipped = 0.3, CancelledLineInShippedOrder = 0.5, PendingFirst = 0 },
        Reports = new ReportOptions { MultilineDeliveryInstructions = 0.5 }
    });

    private static IReadOnlyList<EmulatedOrder> MustBeImported(EmulatorImportHarness harness, string marketplaceId) =>
        harness.OrdersThatMustBeImported().Where(o => o.MarketplaceId == marketplaceId).ToList();

    [Test]
    public async Task ACp1252GermanReport_ImportsBuyerNamesWithoutMojibake()
    {
        using var harness = EuHarness();

        var summary = await harness.CreateImportService().ImportWindowAsync(harness.Import.Account, De);

        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.ReportMethod));
        var store = harness.Import.Store;
        var lastNames = store.Orders.Select(o => store.Addresses.Single(a => a.Id == o.ShippingAddressId).LastName).ToList();
        Assert.That(lastNames, Does.Contain("Müller-Lüdenscheidt"));
        Assert.That(lastNames, Has.None.Contain("\uFFFD").And.None.Contain("Ã"));
        Assert.That(store.Addresses.Select(a => a.City), Has.Some.EqualTo("München").Or.Some.EqualTo("Köln"));
        Assert.That(await harness.Import.OpenErrorsAsync(), Is.Empty);
    }

    [Test]
    public async Task EuWideRows_DoNotBecomeThisMarketplacesOrders_AndEachMarketplaceImportsItsOwn()
    {
        using var harness = EuHarness();
        var service = harness.CreateImportService();

        await service.ImportWindowAsync(harness.Import.Account, De);

        var store = harness.Import.Store;
        var links = await harness.Import.Database.GetRepository<AmazonOrderLink>().GetAllAsync(q => q);
        var german = harness.Emulator.State.OrdersInCreationOrder.Where(o => o.MarketplaceId == De).Select(o => o.OrderId).ToHashSet();
        Assert.That(store.Orders.Select(o => o.CustomOrderNumber), Is.EquivalentTo(MustBeImported(harness, De).Select(o => o.OrderId)));
        Assert.That(links.Select(l => l.AmazonOrderId), Is.SubsetOf(german), "orders of Amazon.fr and Amazon.co.uk are not recorded at all");
        Assert.That(links.Select(l => l.MarketplaceId).Distinct(), Is.EqualTo(new[] { De }));
        Assert.That(harness.Emulator.Requests.Where(r => r.Operation == "getOrder").Select(r => r.PathAndQuery.Split('?')[0].Split('/')[^1]), Is.SubsetOf(german),
            "no French or British order is read one by one either");

        await service.ImportWindowAsync(harness.Import.Account, Fr);
        await service.ImportWindowAsync(harness.Import.Account, Uk);

        var expected = MustBeImported(harness, De).Concat(MustBeImported(harness, Fr)).Concat(MustBeImported(harness, Uk)).Select(o => o.OrderId);
        Assert.That(store.Orders.Select(o => o.CustomOrderNumber), Is.EquivalentTo(expected));
        var linksAfter = await harness.Import.Database.GetRepository<AmazonOrderLink>().GetAllAsync(q => q);
        Assert.That(linksAfter.Select(l => (l.AmazonOrderId, l.MarketplaceId)),
            Is.EquivalentTo(harness.Emulator.State.OrdersInCreationOrder.Select(o => (o.OrderId, o.MarketplaceId))));
    }

    [Test]
    public async Task ACancelledLineInsideAShippedOrder_IsNotASoldLineOfTheStoreOrder()
    {
        using var harness = EuHarness();

        await harness.CreateImportService().ImportWindowAsync(harness.Import.Account, De);

        var store = harness.Import.Store;
        var partlyCancelled = MustBeImported(harness, De).Where(o => o.Items.Any(i => i.QuantityActive == 0)).ToList();
        Assert.That(partlyCancelled, Is.Not.Empty);
        foreach (var amazon in partlyCancelled)
        {
            var order = store.Orders.Single(o => o.CustomOrderNumber == amazon.OrderId);
            var items = store.ItemsOf(order);
            Assert.That(items.Select(i => i.Quantity), Has.All.GreaterThan(0), amazon.OrderId);
            Assert.That(items, Has.Count.EqualTo(amazon.Items.Count(i => i.QuantityActive > 0)), amazon.OrderId);
        }
    }
}
