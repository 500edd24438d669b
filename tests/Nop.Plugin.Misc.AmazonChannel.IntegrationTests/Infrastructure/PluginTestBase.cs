using Microsoft.Extensions.DependencyInjection;
using Nop.Tests;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;

/// <summary>
/// A fixture on nopCommerce's test engine with the plugin installed through nopCommerce's plugin service for the
/// fixture's lifetime, uninstalled afterwards. Each test gets a fresh <see cref="Host"/> (the plugin container with the
/// test's replacements, see <see cref="ConfigureServices"/>), as a restarted process would build it.
/// </summary>
public abstract class PluginTestBase : BaseNopTest
{
    protected PluginHost Host { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task InstallPlugin()
    {
        using var host = PluginHost.Start(ServiceProvider);
        await host.InstallAsync();
    }

    [OneTimeTearDown]
    public async Task UninstallPlugin()
    {
        using var host = PluginHost.Start(ServiceProvider);
        await host.UninstallAsync();
    }

    [SetUp]
    public void StartHost() => Host = PluginHost.Start(ServiceProvider, ConfigureServices);

    [TearDown]
    public void StopHost() => Host.Dispose();

    /// <summary>The test's replacements, applied after the plugin's startup.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected T Resolve<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
