using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The whole import against the SP-API emulator: the import harness's container with the plugin's own client factory
/// and order source (the startup's defaults) calling the emulator's in-process handler, in the emulator's virtual time,
/// into the fake nopCommerce store.
/// </summary>
public sealed class EmulatorImportHarness : IDisposable
{
    /// <param name="hostOverrides">Further registrations before the plugin's, as for <see cref="ImportHarness"/>.</param>
    public EmulatorImportHarness(EmulatorOptions options, Action<IServiceCollection>? hostOverrides = null)
    {
        Emulator = new SpApiEmulator(options);
        Import = new ImportHarness(services =>
        {
            services.AddSingleton<TimeProvider>(Emulator.Time);
            services.RemoveAll<IAmazonOrderSource>();
            services.AddSellingPartnerApiHandler(Emulator.CreateHandler());
            hostOverrides?.Invoke(services);
        });
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
    }

    public SpApiEmulator Emulator { get; }

    public ImportHarness Import { get; }

    /// <summary>A fresh import service, in a new request scope of the harness's container.</summary>
    public AmazonOrderImportService CreateImportService() => Import.CreateImportService();

    /// <summary>Amazon orders the import must turn into store orders with the default settings.</summary>
    public IReadOnlyList<EmulatedOrder> OrdersThatMustBeImported() => Emulator.State.OrdersInCreationOrder
        .Where(o => !o.IsFba && o.Status is FulfillmentStatuses.Unshipped or FulfillmentStatuses.PartiallyShipped or FulfillmentStatuses.Shipped)
        .ToList();

    public int SellingPartnerApiCalls => Emulator.Requests.Count(r => r.Operation is not ("lwaToken" or "downloadDocument" or "uploadDocument"));

    public void Dispose() => Import.Dispose();
}
