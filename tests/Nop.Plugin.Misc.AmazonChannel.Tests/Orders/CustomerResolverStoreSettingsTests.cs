using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The customer of an imported order follows the settings of the account's store, not the ambient settings of
/// whichever store the background task (or admin request) runs in.
/// </summary>
public class CustomerResolverStoreSettingsTests : ImportTestBase
{
    [Test]
    public async Task TwoStores_EachMapsCustomersByItsOwnSettings()
    {
        Harness.Store.Customers.Add(new Customer { Id = 77, Email = "amazon-store-one@store.test" });
        // The ambient settings say: one guest per buyer. Store 1 says: one shared customer. Store 2 says: guests.
        Harness.Settings.CustomerMapping = CustomerMappingMode.GuestPerBuyerEmail;
        var storeOne = AmazonChannelDefaults.CreateDefaultSettings();
        storeOne.CustomerMapping = CustomerMappingMode.SharedCustomer;
        storeOne.SharedCustomerId = 77;
        var storeTwo = AmazonChannelDefaults.CreateDefaultSettings();
        storeTwo.CustomerMapping = CustomerMappingMode.GuestPerBuyerEmail;
        storeTwo.SharedCustomerId = 77;
        Harness.Store.StoreSettings[1] = storeOne;
        Harness.Store.StoreSettings[2] = storeTwo;
        var accountOne = Harness.Account;
        accountOne.StoreId = 1;
        Harness.Database.GetRepository<AmazonAccount>().Update(accountOne);
        var accountTwo = new AmazonAccount
        {
            Name = "US 2", SellerId = "A2SELLER", Region = AmazonRegion.NorthAmerica, MarketplaceIds = "ATVPDKIKX0DER", StoreId = 2,
            LwaClientId = "client", LwaClientSecretEncrypted = "x", RefreshTokenEncrypted = "y", Enabled = true
        };
        Harness.Database.GetRepository<AmazonAccount>().Insert(accountTwo);
        var importer = Harness.CreateImporter();

        await importer.ImportAsync(accountOne, TestOrders.Order("111-0000007-0000001") with { BuyerEmail = "one@marketplace.amazon.com" });
        await importer.ImportAsync(accountTwo, TestOrders.Order("111-0000007-0000002") with { BuyerEmail = "two@marketplace.amazon.com" });

        var byNumber = Harness.Store.Orders.ToDictionary(order => order.CustomOrderNumber);
        Assert.That(byNumber["111-0000007-0000001"].CustomerId, Is.EqualTo(77), "store 1: the shared customer, though the ambient settings say guests");
        var guest = Harness.Store.Customers.Single(customer => customer.Id == byNumber["111-0000007-0000002"].CustomerId);
        Assert.That((guest.Id == 77, guest.Email), Is.EqualTo((false, "two@marketplace.amazon.com")), "store 2: a guest for the buyer");
        Assert.That(Harness.Store.Customers.Select(customer => customer.Email), Has.None.EqualTo("one@marketplace.amazon.com"));
    }

    [Test]
    public async Task ASharedCustomerMissingInTheAccountsStore_IsThatStoresError_WhateverTheAmbientSettingsSay()
    {
        Harness.Settings.CustomerMapping = CustomerMappingMode.GuestPerBuyerEmail;
        var storeTwo = AmazonChannelDefaults.CreateDefaultSettings();
        storeTwo.CustomerMapping = CustomerMappingMode.SharedCustomer;
        storeTwo.SharedCustomerId = 404;
        Harness.Store.StoreSettings[2] = storeTwo;
        Harness.Account.StoreId = 2;
        Harness.Database.GetRepository<AmazonAccount>().Update(Harness.Account);

        var outcome = await Harness.ImportAsync(TestOrders.Order("111-0000007-0000003"));

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Failed));
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((error.Code, error.GetArguments()), Is.EqualTo(("Import.SharedCustomerMissing", (IReadOnlyList<string>)["404"])));
        Assert.That(Harness.Store.Customers, Is.Empty, "no guest was created from the ambient settings");
    }
}
