using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Infrastructure;
using Nop.Services.Customers;
using Nop.Services.Logging;
using Nop.Services.Plugins;
using Nop.Tests;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;

/// <summary>
/// The plugin loaded into BaseNopTest's engine: its container (<see cref="PluginServiceProviderBuilder"/>) swapped into
/// <see cref="EngineContext"/> behind an engine like BaseNopTest's own, and nopCommerce's plugin list holding the
/// plugin's descriptor (from its plugin.json) so nopCommerce's <see cref="IPluginService"/> installs and uninstalls it.
/// Disposing puts BaseNopTest's engine back.
/// </summary>
public sealed class PluginHost : IDisposable
{
    private readonly IServiceProvider _nopRoot;
    private readonly ServiceProvider _container;

    private PluginHost(IServiceProvider nopRoot, Action<IServiceCollection>? configure)
    {
        _nopRoot = nopRoot;
        (_container, Services) = PluginServiceProviderBuilder.Build(nopRoot, configure);
        EngineContext.Replace(new BaseNopTest.NopTestEngine(Services));
        Singleton<IPluginsInfo>.Instance = PluginList.Instance;
    }

    /// <summary>The composite root: what <see cref="EngineContext.Current"/> resolves from while the host lives.</summary>
    public CompositeServiceProvider Services { get; }

    public static PluginHost Start(IServiceProvider nopRoot, Action<IServiceCollection>? configure = null) => new(nopRoot, configure);

    /// <summary>A request-like scope: a plugin scope with its own nopCommerce scope.</summary>
    public IServiceScope CreateScope() => Services.CreateScope();

    public PluginDescriptor Descriptor => PluginList.Instance.Descriptor;

    /// <summary>What the admin's Install button and the next start do: PreparePluginToInstallAsync, then InstallPluginsAsync.</summary>
    public async Task InstallAsync()
    {
        using var scope = CreateScope();
        var pluginService = scope.ServiceProvider.GetRequiredService<IPluginService>();
        var admin = await scope.ServiceProvider.GetRequiredService<ICustomerService>().GetCustomerByEmailAsync(NopTestsDefaults.AdminEmail);
        var since = DateTime.UtcNow.AddSeconds(-1);

        await pluginService.PreparePluginToInstallAsync(AmazonChannelDefaults.SystemName, admin);
        await pluginService.InstallPluginsAsync();

        if (!Descriptor.Installed)
            throw new InvalidOperationException($"nopCommerce did not install the plugin. {await LastErrorSinceAsync(scope, since)}");
    }

    /// <summary>What the admin's Uninstall button and the next start do: PreparePluginToUninstallAsync, then UninstallPluginsAsync.</summary>
    public async Task UninstallAsync()
    {
        using var scope = CreateScope();
        var pluginService = scope.ServiceProvider.GetRequiredService<IPluginService>();
        var since = DateTime.UtcNow.AddSeconds(-1);

        await pluginService.PreparePluginToUninstallAsync(AmazonChannelDefaults.SystemName);
        await pluginService.UninstallPluginsAsync();

        if (Descriptor.Installed)
            throw new InvalidOperationException($"nopCommerce did not uninstall the plugin. {await LastErrorSinceAsync(scope, since)}");
    }

    /// <summary>Errors nopCommerce logged (its plugin service and event publisher log instead of throwing).</summary>
    public async Task<IList<string>> ErrorsLoggedSinceAsync(DateTime sinceUtc)
    {
        using var scope = CreateScope();
        var logs = await scope.ServiceProvider.GetRequiredService<ILogger>().GetAllLogsAsync(fromUtc: sinceUtc, logLevel: Nop.Core.Domain.Logging.LogLevel.Error);
        return logs.Select(log => $"{log.ShortMessage}: {log.FullMessage}").ToList();
    }

    private async Task<string> LastErrorSinceAsync(IServiceScope scope, DateTime since)
    {
        var errors = await ErrorsLoggedSinceAsync(since);
        return errors.Count == 0 ? "Nothing was logged." : string.Join(Environment.NewLine, errors);
    }

    public void Dispose()
    {
        EngineContext.Replace(new BaseNopTest.NopTestEngine(_nopRoot));
        _container.Dispose();
    }

    /// <summary>
    /// nopCommerce's plugin list with only this plugin, its descriptor read from the plugin.json the in-tree build put
    /// into Nop.Web/Plugins/Misc.AmazonChannel (where nopCommerce reads it), kept in memory: PluginsInfo.SaveAsync
    /// would write App_Data/plugins.json of the tree's Nop.Web. One per test run, as nopCommerce keeps one per process.
    /// </summary>
    private sealed class PluginList : PluginsInfo
    {
        public static readonly PluginList Instance = new();

        private PluginList() : base(CommonHelper.DefaultFileProvider)
        {
            var path = _fileProvider.MapPath($"{NopPluginDefaults.Path}/{AmazonChannelDefaults.SystemName}/{NopPluginDefaults.DescriptionFileName}");
            if (!File.Exists(path))
                throw new FileNotFoundException($"The plugin is not built into the tree's Nop.Web ({path} is missing): build Nop.Plugin.Misc.AmazonChannel.csproj in the tree first.", path);
            Descriptor = PluginDescriptor.GetPluginDescriptorFromText(File.ReadAllText(path));
            Descriptor.PluginType = typeof(AmazonChannelPlugin);
            Descriptor.ReferencedAssembly = typeof(AmazonChannelPlugin).Assembly;
            Descriptor.OriginalAssemblyFile = typeof(AmazonChannelPlugin).Assembly.Location;
            Descriptor.Installed = false;
            PluginDescriptors = [(Descriptor, false)];
        }

        public PluginDescriptor Descriptor { get; }

        public override Task SaveAsync() => Task.CompletedTask;

        public override void Save()
        {
        }
    }
}
