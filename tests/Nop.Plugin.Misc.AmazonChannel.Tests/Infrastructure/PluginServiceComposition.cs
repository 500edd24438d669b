using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

/// <summary>
/// The plugin's services composed as a nopCommerce host composes them: first what the host registers for every plugin
/// (here the caller's test doubles: repositories, settings, nopCommerce's services), then the plugin's own
/// <see cref="PluginNopStartup"/>. The import harnesses, the benchmark and the registration tests all build their
/// services here, so a service the startup registers reaches each of them with no further wiring.
/// </summary>
public static class PluginServiceComposition
{
    /// <summary>
    /// Builds the container, validated as a strict host would: every registration must be constructible and no scoped
    /// service may be taken from the root. Registrations made by <paramref name="registerHost"/> come before the
    /// plugin's, so they replace the plugin's TryAdd defaults (mapping steps, order source, time provider).
    /// </summary>
    public static ServiceProvider Compose(Action<IServiceCollection> registerHost)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        registerHost(services);
        AddPluginServices(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The plugin's startup, as nopCommerce runs it after its own registrations.</summary>
    public static void AddPluginServices(IServiceCollection services) =>
        new PluginNopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());

    /// <summary>The service types the plugin's startup registers (open generic infrastructure types left out).</summary>
    public static IReadOnlyList<Type> PluginServiceTypes()
    {
        var services = new ServiceCollection();
        AddPluginServices(services);
        return services.Select(descriptor => descriptor.ServiceType).Where(type => !type.IsGenericTypeDefinition).Distinct().ToList();
    }
}
