using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Directory;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Plugin;

/// <summary>
/// The plugin's startup registers everything its schedule tasks need, given what nopCommerce itself registers
/// (its services, settings and repositories), and mapping steps can be replaced.
/// </summary>
public class DependencyRegistrationTests
{
    [Test]
    public void ScheduleTasksAndServices_ResolveFromTheStartupRegistrations()
    {
        using var database = new TestDatabase();
        using var provider = BuildProvider(database, _ => { });
        using var scope = provider.CreateScope();

        Assert.That(ActivatorUtilities.CreateInstance<OrderImportTask>(scope.ServiceProvider), Is.Not.Null);
        Assert.That(ActivatorUtilities.CreateInstance<HistoryCleanupTask>(scope.ServiceProvider), Is.Not.Null);
        Assert.That(scope.ServiceProvider.GetRequiredService<IAmazonOrderSource>(), Is.TypeOf<SpApiOrderSource>());
    }

    [Test]
    public void AMappingStep_RegisteredBeforeThePlugin_ReplacesTheDefault()
    {
        using var database = new TestDatabase();
        var custom = new Mock<IAmazonProductResolver>().Object;
        using var provider = BuildProvider(database, services => services.AddScoped(_ => custom));
        using var scope = provider.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<IAmazonProductResolver>(), Is.SameAs(custom));
        Assert.That(scope.ServiceProvider.GetRequiredService<IAmazonCustomerResolver>(), Is.TypeOf<AmazonCustomerResolver>());
    }

    private static ServiceProvider BuildProvider(TestDatabase database, Action<IServiceCollection> before)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        before(services);

        // What nopCommerce registers for every plugin.
        services.AddSingleton(database);
        services.AddScoped(typeof(IRepository<>), typeof(SqliteRepository<>));
        services.AddSingleton(AmazonChannelDefaults.CreateDefaultSettings());
        services.AddSingleton(new CurrencySettings { PrimaryStoreCurrencyId = 1 });
        foreach (var nopService in new[]
                 {
                     typeof(IOrderService), typeof(IOrderProcessingService), typeof(IAddressService), typeof(ICustomerService), typeof(IProductService),
                     typeof(IProductAttributeService), typeof(ICountryService), typeof(IStateProvinceService), typeof(ICurrencyService), typeof(IStoreContext),
                     typeof(IEventPublisher), typeof(ILocker), typeof(ILogger), typeof(ILocalizationService), typeof(IEncryptionService)
                 })
        {
            var mock = (Mock)Activator.CreateInstance(typeof(Mock<>).MakeGenericType(nopService))!;
            services.AddSingleton(nopService, mock.Object);
        }

        new PluginNopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
