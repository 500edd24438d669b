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
/// backlog): its store orders must carry Amazon's totals and holds exactly as the searchOrders path does.
/// </summary>
public class ReportPathImportTests : PluginTestBase
{
    [TestCase("ATVPDKIKX0DER", AmazonRegion.NorthAmerica, 501, TestName = "ReportPath_AmazonCom_TotalsAndHolds", Ignore = "Known defect (import hardening): on the report path the shipping report's lines replace the tracking report's and lose its gift-wrap price, and no flat file tells the buyer's cancellation request, so those orders are not held")]
    [TestCase("A1PA6795UKMFR9", AmazonRegion.Europe, 502, TestName = "ReportPath_AmazonDe_TotalsAndHolds", Ignore = "Known defect (import hardening): EU reports' item-price includes VAT and the parser adds item-tax on top (VAT counted twice on the report path); an order updated after the window end waits for the next run")]
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

        using var scope = store.Host.CreateScope();
        var currencyService = scope.ServiceProvider.GetRequiredService<ICurrencyService>();
        var primary = await currencyService.GetCurrencyByIdAsync(scope.ServiceProvider.GetRequiredService<CurrencySettings>().PrimaryStoreCurrencyId);
        var links = scope.ServiceProvider.GetRequiredService<IRepository<AmazonOrderLink>>();
        var mismatches = new List<string>();
        foreach (var amazon in store.OrdersThatMustBeImported())
        {
            var order = await store.StoreOrderAsync(amazon.OrderId);
            Assert.That(order, Is.Not.Null, amazon.OrderId);
            var rate = (await currencyService.GetCurrencyByCodeAsync(amazon.CurrencyCode)).Rate / primary.Rate;
            if (Math.Abs(order!.OrderTotal * rate - amazon.OrderTotal) > 0.01m)
                mismatches.Add($"{amazon.OrderId}: total {order.OrderTotal * rate:0.00} {amazon.CurrencyCode} in the store, {amazon.OrderTotal:0.00} on Amazon");
            if (Math.Abs(order.OrderTax * rate - amazon.Items.Sum(i => i.ItemTax + i.ShippingTax)) > 0.01m)
                mismatches.Add($"{amazon.OrderId}: tax {order.OrderTax * rate:0.00} in the store, {amazon.Items.Sum(i => i.ItemTax + i.ShippingTax):0.00} on Amazon");
            var link = (await links.GetAllAsync(q => q.Where(l => l.OrderId == order.Id))).Single();
            if (amazon.Status == FulfillmentStatuses.Unshipped && link.IsOnHold != amazon.BuyerCancelRequested)
                mismatches.Add($"{amazon.OrderId}: on hold {link.IsOnHold} in the store, buyer cancellation requested {amazon.BuyerCancelRequested} on Amazon");
        }

        Assert.That(mismatches, Is.Empty);
    }
}
