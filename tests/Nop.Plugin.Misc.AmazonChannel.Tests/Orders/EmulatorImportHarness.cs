using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The whole import against the SP-API emulator: the plugin's client, order source and import service over the
/// emulator's in-process handler, in the emulator's virtual time, into the fake nopCommerce store.
/// </summary>
public sealed class EmulatorImportHarness : IDisposable
{
    public EmulatorImportHarness(EmulatorOptions options)
    {
        Emulator = new SpApiEmulator(options);
        Import = new ImportHarness();
        Import.Account.LwaClientId = options.ClientId;
        Import.Account.LwaClientSecretEncrypted = options.ClientSecret;
        Import.Account.RefreshTokenEncrypted = options.RefreshToken;
        Import.Account.SellerId = options.SellerId;
        Import.Account.MarketplaceIds = string.Join(',', options.MarketplaceIds);
        Import.Database.GetRepository<AmazonAccount>().Update(Import.Account);

        foreach (var sku in Emulator.State.OrdersInCreationOrder.SelectMany(o => o.Items).Select(i => i.Sku).Distinct())
            Import.Store.AddProduct(sku);
        foreach (var currency in Emulator.State.Marketplaces.Select(m => m.CurrencyCode).Distinct().Where(c => Import.Store.Currencies.All(x => x.CurrencyCode != c)))
            Import.Store.Currencies.Add(new Nop.Core.Domain.Directory.Currency { Id = 100 + Import.Store.Currencies.Count, CurrencyCode = currency, Rate = 1.25m });
        foreach (var country in Emulator.State.OrdersInCreationOrder.Select(o => o.ShippingAddress.CountryCode).Distinct().Where(c => Import.Store.Countries.All(x => x.TwoLetterIsoCode != c)))
            Import.Store.Countries.Add(new Nop.Core.Domain.Directory.Country { Id = 100 + Import.Store.Countries.Count, TwoLetterIsoCode = country, Name = country });

        var factory = new SellingPartnerApiClientFactory(Emulator.CreateHandler(), Emulator.Time);
        var clients = new AmazonClientProvider(factory, Import.AccountService(Emulator.Time), Import.Settings);
        Source = new SpApiOrderSource(clients, new AmazonSyncErrorService(Import.Repository<Domain.AmazonSyncError>(), Emulator.Time));
    }

    public SpApiEmulator Emulator { get; }

    public ImportHarness Import { get; }

    public SpApiOrderSource Source { get; }

    public AmazonOrderImportService CreateImportService() => Import.CreateImportService(Source, Emulator.Time);

    /// <summary>Amazon orders the import must turn into store orders with the default settings.</summary>
    public IReadOnlyList<EmulatedOrder> OrdersThatMustBeImported() => Emulator.State.OrdersInCreationOrder
        .Where(o => !o.IsFba && o.Status is FulfillmentStatuses.Unshipped or FulfillmentStatuses.PartiallyShipped or FulfillmentStatuses.Shipped)
        .ToList();

    public int SellingPartnerApiCalls => Emulator.Requests.Count(r => r.Operation is not ("lwaToken" or "downloadDocument" or "uploadDocument"));

    public void Dispose() => Import.Dispose();
}
