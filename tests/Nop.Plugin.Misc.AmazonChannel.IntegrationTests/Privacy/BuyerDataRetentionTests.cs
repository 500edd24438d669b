using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Services.Privacy;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Privacy;

/// <summary>
/// The buyer-data purge on nopCommerce's own tables and services (SQLite through linq2db, nopCommerce's column
/// rules): names, e-mails, phones and street lines go, what tax records need stays, and a second run changes nothing.
/// </summary>
public class BuyerDataRetentionTests : PluginTestBase
{
    protected override Task AfterInstallAsync(PluginHost host) => ReadFirstWindowWithSearchOrdersAsync(host);

    [Test]
    public async Task ShippedOrdersPastRetention_LoseTheBuyersData_KeepTaxFacts_AndASecondRunChangesNothing()
    {
        var store = await EmulatorStore.CreateAsync(StartHost, new EmulatorOptions { Seed = 401, OrderCount = 40, SellerId = "A401EMU", Mix = new OrderMixOptions { BuyerCancelRequested = 0, PendingFirst = 0 } });
        await store.ImportWindowAsync();
        var shipped = store.OrdersThatMustBeImported().Where(o => o.Status == FulfillmentStatuses.Shipped).Select(o => o.OrderId).ToList();
        var unshipped = store.OrdersThatMustBeImported().Where(o => o.Status == FulfillmentStatuses.Unshipped).Select(o => o.OrderId).ToList();
        Assert.That(shipped, Is.Not.Empty, "the seed must give shipped orders");
        Assert.That(unshipped, Is.Not.Empty, "the seed must give unshipped orders");

        var before = new Dictionary<string, (int? CountryId, string? Zip, decimal Total)>();
        foreach (var id in shipped)
        {
            var order = (await store.StoreOrderAsync(id))!;
            var address = await AddressAsync(store, order.BillingAddressId);
            Assert.That(address.FirstName + address.LastName, Is.Not.Empty, "the import wrote the buyer's name");
            before[id] = (address.CountryId, address.ZipPostalCode, order.OrderTotal);
        }

        store.Emulator.Time.Advance(TimeSpan.FromDays(31));
        var first = await EraseAsync(store);
        var second = await EraseAsync(store);

        Assert.That(first.Orders, Is.GreaterThanOrEqualTo(shipped.Count));
        Assert.That(second.Orders, Is.Zero, "erasure is recorded and never repeated");
        foreach (var id in shipped)
        {
            var order = (await store.StoreOrderAsync(id))!;
            var address = await AddressAsync(store, order.BillingAddressId);
            Assert.That(new[] { address.FirstName, address.LastName, address.Email, address.PhoneNumber, address.Address1, address.Company },
                Has.All.Null.Or.Empty, id);
            Assert.That((address.CountryId, address.ZipPostalCode, order.OrderTotal), Is.EqualTo(before[id]), id);

            using var scope = store.Host.CreateScope();
            var customer = await scope.ServiceProvider.GetRequiredService<ICustomerService>().GetCustomerByIdAsync(order.CustomerId);
            Assert.That(customer.Email, Is.Null.Or.Empty, id);
        }

        foreach (var id in unshipped)
        {
            var order = (await store.StoreOrderAsync(id))!;
            var address = await AddressAsync(store, order.ShippingAddressId ?? order.BillingAddressId);
            Assert.That(address.FirstName + address.LastName, Is.Not.Empty, $"{id} is not shipped yet: its buyer data stays");
        }
    }

    private static async Task<ErasureOutcome> EraseAsync(EmulatorStore store)
    {
        using var scope = store.Host.CreateScope();
        var settings = await scope.ServiceProvider.GetRequiredService<ISettingService>().LoadSettingAsync<AmazonChannelSettings>();
        return await scope.ServiceProvider.GetRequiredService<BuyerDataRetentionService>().EraseExpiredAsync(store.Account, settings);
    }

    private static async Task<Nop.Core.Domain.Common.Address> AddressAsync(EmulatorStore store, int addressId)
    {
        using var scope = store.Host.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAddressService>().GetAddressByIdAsync(addressId);
    }
}
