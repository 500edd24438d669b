using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Domain.Catalog;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;

/// <summary>
/// The SP-API emulator in process (its HTTP handler behind the plugin's client factory, its virtual clock as the
/// plugin's <see cref="TimeProvider"/>), an Amazon account for its seller, and a store product (managed stock) for each of
/// its SKUs, in nopCommerce's sample store. The database lives for the whole test run: products are reused by SKU and
/// every test reads stock as a difference; each test uses its own account (so its own store order GUIDs).
/// </summary>
public sealed class EmulatorStore
{
    public const int InitialStock = 10_000;

    private EmulatorStore(SpApiEmulator emulator, PluginHost host)
    {
        Emulator = emulator;
        Host = host;
    }

    public SpApiEmulator Emulator { get; }

    public PluginHost Host { get; }

    public AmazonAccount Account { get; private set; } = null!;

    public Dictionary<string, Product> Products { get; } = new(StringComparer.Ordinal);

    /// <summary>The plugin's replacements: emulator handler and clock.</summary>
    public static Action<IServiceCollection> Services(SpApiEmulator emulator) => services =>
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(emulator.Time));
        services.Replace(ServiceDescriptor.Singleton(new SellingPartnerApiClientFactory(emulator.CreateHandler(), emulator.Time)));
    };

    public static async Task<EmulatorStore> CreateAsync(Func<Action<IServiceCollection>, PluginHost> startHost, EmulatorOptions options, AmazonRegion region = AmazonRegion.NorthAmerica)
    {
        var emulator = new SpApiEmulator(options);
        var store = new EmulatorStore(emulator, startHost(Services(emulator)));

        using var scope = store.Host.CreateScope();
        var account = new AmazonAccount
        {
            Name = $"Emulator {options.Seed}",
            SellerId = options.SellerId,
            Region = region,
            MarketplaceIds = string.Join(',', options.MarketplaceIds),
            LwaClientId = options.ClientId,
            Enabled = true
        };
        await scope.ServiceProvider.GetRequiredService<AmazonAccountService>().InsertAccountAsync(account, options.ClientSecret, options.RefreshToken);
        store.Account = account;

        await store.AddProductsForNewSkusAsync();
        return store;
    }

    /// <summary>A store product for every emulator SKU that has none yet (after <see cref="SpApiEmulator.AddOrders"/>).</summary>
    public async Task AddProductsForNewSkusAsync()
    {
        using var scope = Host.CreateScope();
        var productService = scope.ServiceProvider.GetRequiredService<IProductService>();
        foreach (var sku in Emulator.State.OrdersInCreationOrder.SelectMany(o => o.Items).Select(i => i.Sku).Distinct().Where(sku => !Products.ContainsKey(sku)))
            Products[sku] = await productService.GetProductBySkuAsync(sku) ?? await InsertProductAsync(productService, sku);
    }

    /// <summary>A fresh scope's import service, as the schedule task gets one.</summary>
    public async Task<OrderImportSummary?> ImportWindowAsync(string? marketplaceId = null)
    {
        using var scope = Host.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<AmazonOrderImportService>();
        return await service.ImportWindowAsync(Account, marketplaceId ?? Emulator.Options.MarketplaceIds[0]);
    }

    /// <summary>Amazon orders the import must turn into store orders with the default settings.</summary>
    public IReadOnlyList<EmulatedOrder> OrdersThatMustBeImported() => Emulator.State.OrdersInCreationOrder
        .Where(o => !o.IsFba && o.Status is FulfillmentStatuses.Unshipped or FulfillmentStatuses.PartiallyShipped or FulfillmentStatuses.Shipped)
        .ToList();

    /// <summary>The store order of an Amazon order of this account, read through nopCommerce's order service.</summary>
    public async Task<Nop.Core.Domain.Orders.Order?> StoreOrderAsync(string amazonOrderId)
    {
        using var scope = Host.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IOrderService>().GetOrderByGuidAsync(DeterministicGuid.ForOrder(Account.Id, amazonOrderId));
    }

    /// <summary>Current stock of every emulator SKU, read through nopCommerce's product service.</summary>
    public async Task<Dictionary<string, int>> StockAsync()
    {
        using var scope = Host.CreateScope();
        var productService = scope.ServiceProvider.GetRequiredService<IProductService>();
        var stock = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (sku, product) in Products)
            stock[sku] = (await productService.GetProductByIdAsync(product.Id)).StockQuantity;
        return stock;
    }

    public async Task SetSettingAsync(Action<AmazonChannelSettings> change)
    {
        using var scope = Host.CreateScope();
        var settingService = scope.ServiceProvider.GetRequiredService<ISettingService>();
        var settings = await settingService.LoadSettingAsync<AmazonChannelSettings>();
        change(settings);
        await settingService.SaveSettingAsync(settings);
    }

    private static async Task<Product> InsertProductAsync(IProductService productService, string sku)
    {
        var product = new Product
        {
            Name = "Amazon " + sku,
            Sku = sku,
            ProductType = ProductType.SimpleProduct,
            ProductTemplateId = 1,
            VisibleIndividually = true,
            Published = true,
            ManageInventoryMethod = ManageInventoryMethod.ManageStock,
            StockQuantity = InitialStock,
            OrderMinimumQuantity = 1,
            OrderMaximumQuantity = 10_000,
            Price = 20m,
            ProductCost = 5m,
            Weight = 1m,
            CreatedOnUtc = DateTime.UtcNow,
            UpdatedOnUtc = DateTime.UtcNow
        };
        await productService.InsertProductAsync(product);
        return product;
    }
}
