using FluentMigrator;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Conventions;
using FluentMigrator.Runner.Generators;
using FluentMigrator.Runner.Initialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Services.Events;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Data.Migrations;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;

/// <summary>
/// Builds the plugin's container as nopCommerce's engine would fill it for the plugin, beside BaseNopTest's container
/// (which is built once, in a static constructor, without any plugin startup):
/// <list type="bullet">
/// <item>the plugin's own <see cref="INopStartup"/>s, in their <see cref="INopStartup.Order"/> (NopEngine.ConfigureServices);</item>
/// <item>every event consumer the type finder sees, scoped, as Nop.Web.Framework's NopStartup registers them (so
/// nopCommerce's EventPublisher, which resolves consumers through <see cref="EngineContext"/>, reaches the plugin's
/// consumers and still reaches nopCommerce's own);</item>
/// <item>FluentMigrator scanning every assembly with a <see cref="MigrationBase"/>, as NopDbStartup does (BaseNopTest
/// scans only assemblies holding a ForwardOnlyMigration, which leaves out the plugin's schema migration), on the
/// test base's SQLite database, and nopCommerce's <see cref="PluginService"/> on it, so installing runs the
/// plugin's migration through nopCommerce's own IMigrationManager;</item>
/// <item>the test's own replacements last (the emulator's HTTP handler and virtual clock).</item>
/// </list>
/// Everything else is nopCommerce's: see <see cref="CompositeServiceProvider"/>.
/// </summary>
public static class PluginServiceProviderBuilder
{
    public static (ServiceProvider Container, CompositeServiceProvider Root) Build(IServiceProvider nopRoot, Action<IServiceCollection>? configure = null)
    {
        var typeFinder = nopRoot.GetRequiredService<ITypeFinder>();
        var services = new ServiceCollection();

        AddConsumers(services, typeFinder);
        AddMigrations(services, typeFinder);
        services.AddTransient<IPluginService, PluginService>();

        var configuration = new ConfigurationBuilder().Build();
        var pluginAssembly = typeof(AmazonChannelPlugin).Assembly;
        foreach (var startup in typeFinder.FindClassesOfType<INopStartup>()
                     .Where(type => type.Assembly == pluginAssembly)
                     .Select(type => (INopStartup)Activator.CreateInstance(type)!)
                     .OrderBy(startup => startup.Order))
            startup.ConfigureServices(services, configuration);

        configure?.Invoke(services);

        services.AddScoped(_ => new NopScope(nopRoot));

        var registry = new PluginServiceRegistry(services);
        IServiceCollection container = new ServiceCollection();
        foreach (var descriptor in services)
            container.Add(ThroughComposite(descriptor, registry));

        var provider = container.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = false, ValidateOnBuild = false });
        return (provider, new CompositeServiceProvider(provider, registry));
    }

    /// <summary>
    /// Services whose constructors may need nopCommerce's services get them through the composite view: their
    /// implementation types are constructed by <see cref="ActivatorUtilities"/> against it (which picks the
    /// constructor as the container would), factories receive it; FluentMigrator's too, so migrations it creates may
    /// take nopCommerce's services as nopCommerce's own do. .NET's registrations (options, logging, HTTP client
    /// factory) only depend on each other and stay as they are.
    /// </summary>
    private static ServiceDescriptor ThroughComposite(ServiceDescriptor descriptor, PluginServiceRegistry registry)
    {
        if (descriptor.IsKeyedService)
            return descriptor;

        if (descriptor.ImplementationFactory is { } factory)
            return new ServiceDescriptor(descriptor.ServiceType, sp => factory(new CompositeServiceProvider(sp, registry)), descriptor.Lifetime);

        if (descriptor.ImplementationType is { IsGenericTypeDefinition: false } type && !IsFrameworkType(type))
            return new ServiceDescriptor(descriptor.ServiceType, sp => ActivatorUtilities.CreateInstance(new CompositeServiceProvider(sp, registry), type), descriptor.Lifetime);

        return descriptor;
    }

    private static bool IsFrameworkType(Type type)
    {
        var name = type.Assembly.GetName().Name ?? string.Empty;
        return name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft", StringComparison.Ordinal);
    }

    /// <summary>Nop.Web.Framework's NopStartup: every consumer the type finder sees, scoped, once per consumed event type.</summary>
    private static void AddConsumers(IServiceCollection services, ITypeFinder typeFinder)
    {
        foreach (var consumer in typeFinder.FindClassesOfType(typeof(IConsumer<>)))
        {
            foreach (var consumed in consumer.FindInterfaces((type, criteria) => type.IsGenericType && ((Type)criteria!).IsAssignableFrom(type.GetGenericTypeDefinition()), typeof(IConsumer<>)))
                services.AddScoped(consumed, consumer);
        }
    }

    /// <summary>Nop.Data's NopDbStartup (every assembly with a migration), on the SQLite processor the test base uses.</summary>
    private static void AddMigrations(IServiceCollection services, ITypeFinder typeFinder)
    {
        var migrationAssemblies = typeFinder.FindClassesOfType<MigrationBase>()
            .Select(type => type.Assembly)
            .Where(assembly => assembly.FullName?.Contains("FluentMigrator.Runner", StringComparison.Ordinal) != true)
            .Distinct()
            .ToArray();

        services
            .AddFluentMigratorCore()
            .AddScoped<IConnectionStringAccessor>(_ => DataSettingsManager.LoadSettings())
            .AddScoped<IMigrationManager, MigrationManager>()
            .AddScoped(sp => new Lazy<IMigrationManager>(sp.GetRequiredService<IMigrationManager>))
            .AddTransient(sp => new Lazy<IVersionLoader>(sp.GetRequiredService<IVersionLoader>))
            .AddScoped<IConventionSet>(sp => new NopConventionSet(sp.GetRequiredService<INopDataProvider>()))
            .ConfigureRunner(runner => runner
                .WithVersionTable(new MigrationVersionInfo())
                .AddSQLite()
                .ScanIn(migrationAssemblies).For.Migrations());
        services.AddOptions<GeneratorOptions>().Configure(options => options.CompatibilityMode = CompatibilityMode.LOOSE);
    }
}
