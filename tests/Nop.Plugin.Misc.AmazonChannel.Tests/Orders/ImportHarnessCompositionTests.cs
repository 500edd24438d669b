using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The import harnesses (and the benchmark, which runs them) are composed from the plugin's own startup: every service
/// it registers resolves from their containers, and what they import with is what those containers build.
/// </summary>
public class ImportHarnessCompositionTests
{
    private const string ComposedNote = "note from a notes builder registered in the container";

    [Test]
    public void PluginStartup_RegistersTheImport()
    {
        Assert.That(PluginServiceComposition.PluginServiceTypes(),
            Is.SupersetOf(new[] { typeof(AmazonOrderImporter), typeof(AmazonOrderImportService), typeof(IAmazonOrderNotesBuilder) }));
    }

    [Test]
    public void EveryServiceThePluginStartupRegisters_ResolvesFromTheImportHarness()
    {
        using var harness = new ImportHarness();

        Assert.That(Unresolvable(harness.Services), Is.Empty);
        using var scope = harness.Services.CreateScope();
        Assert.That(scope.ServiceProvider.GetRequiredService<IAmazonOrderSource>(), Is.SameAs(harness.Source));
        Assert.That(scope.ServiceProvider.GetRequiredService<TimeProvider>(), Is.SameAs(harness.Time));
    }

    [Test]
    public void EveryServiceThePluginStartupRegisters_ResolvesFromTheEmulatorImportHarness()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 21, OrderCount = 1 });

        Assert.That(Unresolvable(harness.Import.Services), Is.Empty);
        using var scope = harness.Import.Services.CreateScope();
        Assert.That(scope.ServiceProvider.GetRequiredService<IAmazonOrderSource>(), Is.TypeOf<SpApiOrderSource>(), "the plugin's own source, over the emulator");
        Assert.That(scope.ServiceProvider.GetRequiredService<TimeProvider>(), Is.SameAs(harness.Emulator.Time));
    }

    [Test]
    public async Task TheImportHarness_ImportsWithTheContainersImporter()
    {
        using var harness = new ImportHarness(RegisterComposedNotesBuilder);
        harness.Store.AddProduct("SKU-1");

        await harness.ImportAsync(TestOrders.Order("116-0000001-0000001", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1")));
        harness.Source.Orders.Add(TestOrders.Order("116-0000001-0000002", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1"))
            with { LastUpdateDateUtc = harness.Time.GetUtcNow().UtcDateTime.AddHours(-1) });
        await harness.CreateImportService().ImportWindowAsync(harness.Account, "ATVPDKIKX0DER");

        Assert.That(harness.Store.Orders.Select(o => o.CustomOrderNumber), Is.EquivalentTo(new[] { "116-0000001-0000001", "116-0000001-0000002" }));
        Assert.That(harness.Store.Orders.Select(o => harness.Store.NotesOf(o)), Has.All.Contains(ComposedNote));
    }

    [Test]
    public async Task TheEmulatorImportHarness_ImportsWithTheContainersImporter()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 22, OrderCount = 5 }, RegisterComposedNotesBuilder);

        await harness.CreateImportService().ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");

        Assert.That(harness.Import.Store.Orders, Is.Not.Empty);
        Assert.That(harness.Import.Store.Orders.Select(o => harness.Import.Store.NotesOf(o)), Has.All.Contains(ComposedNote));
    }

    private static void RegisterComposedNotesBuilder(IServiceCollection services) =>
        services.AddScoped<IAmazonOrderNotesBuilder, ComposedNotesBuilder>();

    private static List<string> Unresolvable(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var failures = new List<string>();
        foreach (var serviceType in PluginServiceComposition.PluginServiceTypes())
        {
            try
            {
                if (scope.ServiceProvider.GetService(serviceType) is null)
                    failures.Add($"{serviceType.FullName}: not registered");
            }
            catch (InvalidOperationException exception)
            {
                failures.Add($"{serviceType.FullName}: {exception.Message}");
            }
        }
        return failures;
    }

    private sealed class ComposedNotesBuilder : IAmazonOrderNotesBuilder
    {
        public IReadOnlyList<string> Build(AmazonOrderSnapshot order) => [ComposedNote];
    }
}
