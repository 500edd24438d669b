using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// A first download through the order reports gives the same store orders as searchOrders: Amazon's totals (gift wrap
/// kept, VAT counted once on VAT-inclusive marketplaces), buyers' cancellation requests held, and every order changed
/// up to the window's end imported (a later change waits for the next run) (the unit-test twin of the integration test ReportPathImportTests).
/// </summary>
public class ReportPathMoneyTests
{
    [TestCase("ATVPDKIKX0DER", 501, TestName = "ReportPath_AmazonCom_TotalsGiftWrapAndHolds")]
    [TestCase("A1PA6795UKMFR9", 502, TestName = "ReportPath_AmazonDe_TotalsVatOnceAndHolds")]
    [TestCase("A1VC38T7YXB528", 503, TestName = "ReportPath_AmazonCoJp_TotalsAndHolds")]
    public async Task FirstDownloadThroughReports_KeepsAmazonsTotalsAndBuyerCancellationRequests(string marketplaceId, int seed)
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions
        {
            Seed = seed,
            OrderCount = 40,
            MarketplaceIds = [marketplaceId],
            SellerId = $"A{seed}EMU",
            Mix = new OrderMixOptions { GiftMessage = 0.3, BuyerCancelRequested = 0.2 }
        });

        var service = harness.CreateImportService();
        var summary = await service.ImportWindowAsync(harness.Import.Account, marketplaceId);

        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.ReportMethod));
        var expected = harness.OrdersThatMustBeImported();
        Assert.That(expected.Any(o => o.Items.Any(i => i.GiftWrapPrice > 0)), Is.True, "gift wrap is covered");
        Assert.That(expected.Any(o => o.Status == FulfillmentStatuses.Unshipped && o.BuyerCancelRequested), Is.True, "a buyer's cancellation request is covered");
        Assert.That(await MismatchesAsync(harness, expected.Where(o => o.LastUpdatedTime.UtcDateTime <= summary.SyncedUpToUtc)), Is.Empty);
        var imported = harness.Import.Store.Orders.Select(o => o.CustomOrderNumber).ToHashSet();
        Assert.That(expected.Where(o => !imported.Contains(o.OrderId)).Select(o => o.LastUpdatedTime.UtcDateTime), Has.All.GreaterThan(summary.SyncedUpToUtc),
            "an order is left for the next run only when Amazon changed it after the window's end (now - 2 minutes: Amazon refuses later ends)");

        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        var next = await harness.CreateImportService().ImportWindowAsync(harness.Import.Account, marketplaceId);

        var waited = expected.Where(o => !imported.Contains(o.OrderId) && o.LastUpdatedTime.UtcDateTime <= next!.SyncedUpToUtc).ToList();
        Assert.That(await MismatchesAsync(harness, waited), Is.Empty, "the next run imports what changed after the first window");
    }

    private static async Task<List<string>> MismatchesAsync(EmulatorImportHarness harness, IEnumerable<EmulatedOrder> expected)
    {
        var store = harness.Import.Store;
        var links = await harness.Import.Database.GetRepository<AmazonOrderLink>().GetAllAsync(q => q);
        var mismatches = new List<string>();
        foreach (var amazon in expected)
        {
            var order = store.Orders.SingleOrDefault(o => o.CustomOrderNumber == amazon.OrderId);
            if (order is null)
            {
                mismatches.Add($"{amazon.OrderId}: not imported");
                continue;
            }

            var rate = store.Currencies.Single(c => c.CurrencyCode == amazon.CurrencyCode).Rate;
            var tax = amazon.Items.Sum(i => i.ItemTax + i.ShippingTax);
            if (Math.Abs(order.OrderTotal * rate - amazon.OrderTotal) > 0.01m)
                mismatches.Add($"{amazon.OrderId}: total {order.OrderTotal * rate:0.00} in the store, {amazon.OrderTotal:0.00} on Amazon");
            if (Math.Abs(order.OrderTax * rate - tax) > 0.01m)
                mismatches.Add($"{amazon.OrderId}: tax {order.OrderTax * rate:0.00} in the store, {tax:0.00} on Amazon");
            var link = links.Single(l => l.OrderId == order.Id);
            if (amazon.Status == FulfillmentStatuses.Unshipped && link.IsOnHold != amazon.BuyerCancelRequested)
                mismatches.Add($"{amazon.OrderId}: on hold {link.IsOnHold} in the store, buyer cancellation requested {amazon.BuyerCancelRequested} on Amazon");
        }

        return mismatches;
    }
}
