using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Directory;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Services.Directory;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Orders;

/// <summary>
/// The first download of an account with the default settings goes through the order reports (a 7-day window is a
/// backlog): its store orders must carry Amazon's totals and holds exactly as the searchOrders path does. An order Amazon
/// changed after the window's end (now - 2 minutes) is imported by the next run. Unit-test twin: ReportPathMoneyTests.
/// </summary>
public class ReportPathImportTests : PluginTestBase
{
    [TestCase("ATVPDKIKX0DER", AmazonRegion.NorthAmerica, 501, TestName = "ReportPath_AmazonCom_TotalsAndHolds")]
    [TestCase("A1PA6795UKMFR9", AmazonRegion.Europe, 502, TestName = "ReportPath_AmazonDe_TotalsAndHolds")]
    public async Task FirstDownloadThroughReports_KeepsAmazonsTotalsAndBuyerCancellationRequests(string marketplaceId, AmazonRegion region, int seed)
    {
        var store = await EmulatorStore.CreateAsync(StartHost, new EmulatorOptions
        {
            Seed = seed,
            OrderCount = 40,
            MarketplaceIds = [marketplaceId],
            SellerId = $"A{seed}EMU",
            Mix = new OrderMixOptions { GiftMessage = 0.3, BuyerCancelRequested = 0.2 }
        }, region);

        var summary = await store.ImportWindowAsync();
        Assert.That(summary!.Method, Is.EqualTo(AmazonOrderImportService.ReportMethod));

        var expected = store.OrdersThatMustBeImported();
        Assert.That(await MismatchesAsync(store, expected.Where(o => o.LastUpdatedTime.UtcDateTime <= summary.SyncedUpToUtc)), Is.Empty);

        // Amazon refuses windows ending later than now - 2 minutes: what changed after the window's end waits for the next run.
        store.Emulator.Time.Advance(TimeSpan.FromMinutes(5));
        var next = await store.ImportWindowAsync();
        Assert.That(await MismatchesAsync(store, expected.Where(o => o.LastUpdatedTime.UtcDateTime <= next!.SyncedUpToUtc)), Is.Empty);
    }

    private static async Task<List<string>> MismatchesAsync(EmulatorStore store, IEnumerable<EmulatedOrder> expected)
    {
        using var scope = store.Host.CreateScope();
        var currencyService = scope.ServiceProvider.GetRequiredService<ICurrencyService>();
        var primary = await currencyService.GetCurrencyByIdAsync(scope.ServiceProvider.GetRequiredService<CurrencySettings>().PrimaryStoreCurrencyId);
        var links = scope.ServiceProvider.GetRequiredService<IRepository<AmazonOrderLink>>();
        var mismatches = new List<string>();
        foreach (var amazon in expected)
        {
            var order = await store.StoreOrderAsync(amazon.OrderId);
            if (order is null)
            {
                mismatches.Add($"{amazon.OrderId}: not imported");
                continue;
            }

            var rate = (await currencyService.GetCurrencyByCodeAsync(amazon.CurrencyCode)).Rate / primary.Rate;
            if (Math.Abs(order.OrderTotal * rate - amazon.OrderTotal) > 0.01m)
                mismatches.Add($"{amazon.OrderId}: total {order.OrderTotal * rate:0.00} {amazon.CurrencyCode} in the store, {amazon.OrderTotal:0.00} on Amazon");
            if (Math.Abs(order.OrderTax * rate - amazon.Items.Sum(i => i.ItemTax + i.ShippingTax)) > 0.01m)
                mismatches.Add($"{amazon.OrderId}: tax {order.OrderTax * rate:0.00} in the store, {amazon.Items.Sum(i => i.ItemTax + i.ShippingTax):0.00} on Amazon");
            var link = (await links.GetAllAsync(q => q.Where(l => l.OrderId == order.Id))).Single();
            if (amazon.Status == FulfillmentStatuses.Unshipped && link.IsOnHold != amazon.BuyerCancelRequested)
                mismatches.Add($"{amazon.OrderId}: on hold {link.IsOnHold} in the store, buyer cancellation requested {amazon.BuyerCancelRequested} on Amazon");
        }

        return mismatches;
    }
}
