using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Caching;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

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
        Assert.That(ActivatorUtilities.CreateInstance<Nop.Plugin.Misc.AmazonChannel.Services.Returns.ReturnsImportTask>(scope.ServiceProvider), Is.Not.Null);
        Assert.That(ActivatorUtilities.CreateInstance<Nop.Plugin.Misc.AmazonChannel.Services.Settlements.SettlementImportTask>(scope.ServiceProvider), Is.Not.Null);
        Assert.That(ActivatorUtilities.CreateInstance<Nop.Plugin.Misc.AmazonChannel.Services.Privacy.BuyerDataRetentionTask>(scope.ServiceProvider), Is.Not.Null);
        Assert.That(ActivatorUtilities.CreateInstance<Nop.Plugin.Misc.AmazonChannel.Services.Privacy.CredentialExpiryTask>(scope.ServiceProvider), Is.Not.Null);
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

    private static ServiceProvider BuildProvider(TestDatabase database, Action<IServiceCollection> before) =>
        PluginServiceComposition.Compose(services =>
        {
            before(services);

            // What nopCommerce registers for every plugin.
            services.AddTestDatabase(database);
            new FakeNopStore(new CrashPlan()).RegisterIn(services);
            services.AddSingleton(AmazonChannelDefaults.CreateDefaultSettings());
            services.AddSingleton<ILocker>(new InMemoryLocker());
        });
}
