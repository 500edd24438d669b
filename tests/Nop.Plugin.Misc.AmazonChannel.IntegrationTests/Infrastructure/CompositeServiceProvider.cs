using Microsoft.Extensions.DependencyInjection;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;

/// <summary>
/// One view over two containers: the plugin's own (<paramref name="plugin"/>, built from the plugin's startup and the
/// registrations nopCommerce's engine makes for plugins) and nopCommerce's test container (BaseNopTest's). A service
/// the plugin container registers comes from it; every other service comes from the nopCommerce scope paired with
/// the plugin scope (<see cref="NopScope"/>), so nopCommerce's scoped services live exactly as long as the plugin's.
/// Constructors of the plugin's services receive this view (see <see cref="PluginServiceProviderBuilder"/>), so a plugin
/// service gets nopCommerce's services and nopCommerce's own instances are never owned, or disposed, by the plugin container.
/// </summary>
public sealed class CompositeServiceProvider : IServiceProvider, IServiceProviderIsService, IServiceScopeFactory
{
    private readonly IServiceProvider _plugin;
    private readonly PluginServiceRegistry _registry;

    public CompositeServiceProvider(IServiceProvider plugin, PluginServiceRegistry registry)
    {
        _plugin = plugin;
        _registry = registry;
    }

    /// <summary>The nopCommerce scope paired with the current plugin scope (the root pairs with a root-level scope).</summary>
    public IServiceProvider Nop => _plugin.GetRequiredService<NopScope>().Services;

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IServiceProvider) || serviceType == typeof(IServiceProviderIsService) || serviceType == typeof(IServiceScopeFactory))
            return this;

        return _registry.IsPluginService(serviceType) ? _plugin.GetService(serviceType) : Nop.GetService(serviceType);
    }

    public bool IsService(Type serviceType) =>
        serviceType == typeof(IServiceProvider) || serviceType == typeof(IServiceScopeFactory) || serviceType == typeof(IServiceProviderIsService)
        || _registry.IsPluginService(serviceType)
        || (Nop.GetService<IServiceProviderIsService>()?.IsService(serviceType) ?? false);

    /// <summary>A plugin scope with its own nopCommerce scope.</summary>
    public IServiceScope CreateScope() => new CompositeScope(_plugin.GetRequiredService<IServiceScopeFactory>().CreateScope(), _registry);

    private sealed class CompositeScope : IServiceScope
    {
        private readonly IServiceScope _pluginScope;

        public CompositeScope(IServiceScope pluginScope, PluginServiceRegistry registry)
        {
            _pluginScope = pluginScope;
            ServiceProvider = new CompositeServiceProvider(pluginScope.ServiceProvider, registry);
        }

        public IServiceProvider ServiceProvider { get; }

        // Disposes the plugin scope's services, then its NopScope (nopCommerce's scoped services).
        public void Dispose() => _pluginScope.Dispose();
    }
}

/// <summary>The nopCommerce scope of one plugin scope; owned (and disposed) by the plugin scope.</summary>
public sealed class NopScope : IDisposable
{
    private readonly IServiceScope _scope;

    public NopScope(IServiceProvider nopRoot)
    {
        _scope = nopRoot.CreateScope();
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public void Dispose() => _scope.Dispose();
}

/// <summary>Which service types the plugin container answers for (closed, open generic, and collections of them).</summary>
public sealed class PluginServiceRegistry
{
    private readonly HashSet<Type> _types;

    public PluginServiceRegistry(IEnumerable<ServiceDescriptor> descriptors)
    {
        _types = [.. descriptors.Select(d => d.ServiceType)];
    }

    public bool IsPluginService(Type serviceType)
    {
        if (_types.Contains(serviceType))
            return true;

        if (!serviceType.IsGenericType)
            return false;

        var definition = serviceType.GetGenericTypeDefinition();
        if (definition == typeof(IEnumerable<>))
            return IsPluginService(serviceType.GetGenericArguments()[0]);

        return _types.Contains(definition);
    }
}
