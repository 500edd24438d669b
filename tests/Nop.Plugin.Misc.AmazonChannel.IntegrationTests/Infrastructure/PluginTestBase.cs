using Microsoft.Extensions.DependencyInjection;
using Nop.Tests;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;

/// <summary>
/// A fixture on nopCommerce's test engine with the plugin installed through nopCommerce's plugin service for the
/// fixture's lifetime and uninstalled afterwards. A test starts its own <see cref="PluginHost"/> (the plugin container
/// with the test's replacements), as a restarted process would build it; it is stopped after the test.
/// </summary>
public abstract class PluginTestBase : BaseNopTest
{
    private PluginHost? _host;

    protected PluginHost Host => _host ?? throw new InvalidOperationException("Call StartHost first.");

    [OneTimeSetUp]
    public async Task InstallPlugin()
    {
        using var host = PluginHost.Start(ServiceProvider);
        await host.InstallAsync();
        await AfterInstallAsync(host);
    }

    /// <summary>Settings of the fixture (uninstalling deletes them, so they need no restoring).</summary>
    protected virtual Task AfterInstallAsync(PluginHost host) => Task.CompletedTask;

    /// <summary>The first download of an account reads its whole window with searchOrders instead of the order report.</summary>
    protected static async Task ReadFirstWindowWithSearchOrdersAsync(PluginHost host)
    {
        using var scope = host.CreateScope();
        var settingService = scope.ServiceProvider.GetRequiredService<Nop.Services.Configuration.ISettingService>();
        var settings = await settingService.LoadSettingAsync<AmazonChannelSettings>();
        settings.BacklogThresholdHours = 24 * 30;
        await settingService.SaveSettingAsync(settings);
    }

    [OneTimeTearDown]
    public async Task UninstallPlugin()
    {
        using var host = PluginHost.Start(ServiceProvider);
        await host.UninstallAsync();
    }

    [SetUp]
    public void ClearEvents() => EventLog.Clear();

    [TearDown]
    public void StopHost()
    {
        _host?.Dispose();
        _host = null;
    }

    /// <summary>Starts the plugin host for this test; <paramref name="configure"/> runs after the plugin's startup.</summary>
    protected PluginHost StartHost(Action<IServiceCollection>? configure = null)
    {
        _host?.Dispose();
        _host = PluginHost.Start(ServiceProvider, configure);
        return _host;
    }
}
