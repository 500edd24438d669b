using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The order import composed as nopCommerce composes it (<see cref="PluginServiceComposition"/>): the plugin's own
/// registrations over the plugin's tables on the SQLite test database, nopCommerce's services from
/// <see cref="FakeNopStore"/>, the harness's settings, time, locker and <see cref="FakeOrderSource"/>, every write
/// counted by one <see cref="CrashPlan"/>. Importers and import services are resolved from that container.
/// </summary>
public sealed class ImportHarness : IDisposable
{
    private readonly Action<IServiceCollection>? _hostOverrides;
    private readonly Lazy<ServiceProvider> _services;
    private readonly List<IDisposable> _owned = [];

    /// <param name="hostOverrides">
    /// Registrations made after the harness's own and before the plugin's: they replace the harness's test doubles and
    /// the plugin's TryAdd defaults (e.g. another time provider, a custom mapping step).
    /// </param>
    public ImportHarness(Action<IServiceCollection>? hostOverrides = null)
    {
        _hostOverrides = hostOverrides;
        Database = new TestDatabase();
        Store = new FakeNopStore(Crash);
        _services = new Lazy<ServiceProvider>(() => Compose(Store.Locker));
        Settings = AmazonChannelDefaults.CreateDefaultSettings();
        Account = new AmazonAccount { Name = "US", SellerId = "A1SELLER", Region = AmazonRegion.NorthAmerica, MarketplaceIds = "ATVPDKIKX0DER", LwaClientId = "client", LwaClientSecretEncrypted = "x", RefreshTokenEncrypted = "y", Enabled = true };
        Database.GetRepository<AmazonAccount>().Insert(Account);
    }

    public TestDatabase Database { get; }

    public CrashPlan Crash { get; } = new();

    public FakeNopStore Store { get; }

    public AmazonChannelSettings Settings { get; }

    public AmazonAccount Account { get; }

    public FakeOrderSource Source { get; } = new();

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The container of this web node, built on first use.</summary>
    public IServiceProvider Services => _services.Value;

    /// <summary>
    /// A fresh importer, as a new request scope (or a restarted process) would build it. With its own
    /// <paramref name="locker"/>, it belongs to another web node: a container of its own over the same database and store.
    /// </summary>
    public AmazonOrderImporter CreateImporter(ILocker? locker = null) =>
        Resolve<AmazonOrderImporter>(locker is null ? _services.Value : Own(Compose(locker)));

    /// <summary>A fresh import service, in a new request scope.</summary>
    public AmazonOrderImportService CreateImportService() => Resolve<AmazonOrderImportService>(_services.Value);

    public Task<OrderImportOutcome> ImportAsync(AmazonOrderSnapshot order) => CreateImporter().ImportAsync(Account, order);

    public async Task<AmazonOrderLink> LinkAsync(string amazonOrderId) =>
        (await Database.GetRepository<AmazonOrderLink>().GetAllAsync(q => q.Where(l => l.AmazonOrderId == amazonOrderId))).Single();

    public async Task<IList<AmazonOrderItemLink>> ItemLinksAsync(int linkId) =>
        await Database.GetRepository<AmazonOrderItemLink>().GetAllAsync(q => q.Where(i => i.OrderLinkId == linkId));

    public Task<IList<AmazonSyncError>> OpenErrorsAsync() => Database.GetRepository<AmazonSyncError>().GetAllAsync(q => q.Where(e => !e.IsResolved));

    public void Dispose()
    {
        lock (_owned)
        {
            // Scopes first, then the extra nodes' containers, in reverse order of creation.
            for (var i = _owned.Count - 1; i >= 0; i--)
                _owned[i].Dispose();
            _owned.Clear();
        }
        if (_services.IsValueCreated)
            _services.Value.Dispose();
        Database.Dispose();
    }

    private ServiceProvider Compose(ILocker locker) => PluginServiceComposition.Compose(services =>
    {
        services.AddTestDatabase(Database, Crash);
        Store.RegisterIn(services);
        services.AddSingleton(Settings);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(locker);
        services.AddSingleton<IAmazonOrderSource>(Source);
        _hostOverrides?.Invoke(services);
    });

    private T Resolve<T>(ServiceProvider container) where T : notnull =>
        Own(container.CreateScope()).ServiceProvider.GetRequiredService<T>();

    private TDisposable Own<TDisposable>(TDisposable disposable) where TDisposable : IDisposable
    {
        lock (_owned)
            _owned.Add(disposable);
        return disposable;
    }
}
