using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Outbox;

/// <summary>
/// The outbox over the SP-API emulator: the import harness's database, fake store, settings and crash plan, and web
/// nodes composed like nopCommerce composes the plugin, each with the locker it is given (shared = a distributed lock,
/// own = nodes that do not share one). <paramref name="extraServices"/> adds e.g. an outbound handler or test doubles.
/// </summary>
public sealed class OutboxHarness : IDisposable
{
    private readonly Action<IServiceCollection>? _extraServices;
    private readonly List<IDisposable> _owned = [];
    private readonly Lazy<ServiceProvider> _node;

    public OutboxHarness(EmulatorOptions options, Action<IServiceCollection>? extraServices = null)
    {
        _extraServices = extraServices;
        Emulated = new EmulatorImportHarness(options);
        _node = new Lazy<ServiceProvider>(() => Own(ComposeNode(Locker)));
    }

    public EmulatorImportHarness Emulated { get; }

    public SpApiEmulator Emulator => Emulated.Emulator;

    public ImportHarness Import => Emulated.Import;

    public AmazonAccount Account => Import.Account;

    public AmazonChannelSettings Settings => Import.Settings;

    /// <summary>The locker of the default node (a distributed lock when handed to other nodes too).</summary>
    public InMemoryLocker Locker { get; } = new();

    public CrashPlan Crash => Import.Crash;

    /// <summary>A service from a new request scope of the default node, or of a node of its own with <paramref name="locker"/>.</summary>
    public T Resolve<T>(ILocker? locker = null) where T : notnull
    {
        var container = locker is null ? _node.Value : Own(ComposeNode(locker));
        return Own(container.CreateScope()).ServiceProvider.GetRequiredService<T>();
    }

    public Task<bool> RunOutboxAsync(ILocker? locker = null) => Resolve<OutboxProcessor>(locker).RunAccountAsync(Account);

    public Task<IList<AmazonOutboundRequest>> RequestsAsync() => Import.Database.GetRepository<AmazonOutboundRequest>().GetAllAsync(q => q.OrderBy(r => r.Id));

    public Task<IList<AmazonOutboundFeed>> FeedsAsync() => Import.Database.GetRepository<AmazonOutboundFeed>().GetAllAsync(q => q.OrderBy(r => r.Id));

    public Task<IList<AmazonSyncError>> OpenErrorsAsync() => Import.OpenErrorsAsync();

    public int Calls(string operation) => Emulator.Requests.Count(r => r.Operation == operation && r.StatusCode is >= 200 and < 300);

    /// <summary>Runs the outbox every <paramref name="step"/> of virtual time until nothing is owed or <paramref name="limit"/> passed.</summary>
    public async Task RunUntilSettledAsync(TimeSpan step, TimeSpan limit, ILocker? locker = null)
    {
        var end = Emulator.Time.GetUtcNow() + limit;
        while (Emulator.Time.GetUtcNow() < end)
        {
            await RunOutboxAsync(locker);
            if ((await RequestsAsync()).All(r => r.State is AmazonOutboundRequestState.Accepted or AmazonOutboundRequestState.Rejected or AmazonOutboundRequestState.Blocked or AmazonOutboundRequestState.Cancelled))
                return;
            Emulator.Time.Advance(step);
        }
    }

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
            _owned[i].Dispose();
        Emulated.Dispose();
    }

    private ServiceProvider ComposeNode(ILocker locker) => PluginServiceComposition.Compose(services =>
    {
        services.AddTestDatabase(Import.Database, Import.Crash);
        Import.Store.RegisterIn(services);
        services.AddSingleton(Import.Settings);
        services.AddSingleton<TimeProvider>(Emulator.Time);
        services.AddSingleton(locker);
        services.AddSellingPartnerApiHandler(Emulator.CreateHandler());
        _extraServices?.Invoke(services);
    });

    private TDisposable Own<TDisposable>(TDisposable disposable) where TDisposable : IDisposable
    {
        lock (_owned)
            _owned.Add(disposable);
        return disposable;
    }
}
