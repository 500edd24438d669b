using AmazonSpApi.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// Amazon refuses a window ending later than two minutes before its own clock. A store whose clock runs a little ahead
/// of Amazon's must still be able to download: the import ends its windows 30 seconds earlier than Amazon's limit.
/// </summary>
public class ClockSkewTests
{
    [TestCase(20)]
    [TestCase(-20)]
    public async Task AStoreClockSecondsOffAmazons_StillDownloadsEveryRun(int storeAheadSeconds)
    {
        var skew = TimeSpan.FromSeconds(storeAheadSeconds);
        EmulatorImportHarness? created = null;
        created = new EmulatorImportHarness(new EmulatorOptions { Seed = 31, OrderCount = 20 },
            services => services.AddSingleton<TimeProvider>(_ => new SkewedTimeProvider(created!.Emulator.Time, skew)));
        using var harness = created;
        var service = harness.CreateImportService();

        await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");
        harness.Emulator.Time.Advance(TimeSpan.FromMinutes(30));
        var later = await service.ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");

        Assert.That(later!.Method, Is.EqualTo(AmazonOrderImportService.SearchOrdersMethod));
        Assert.That(await harness.Import.OpenErrorsAsync(), Is.Empty, "no window refused by Amazon");
        var imported = harness.Import.Store.Orders.Select(o => o.CustomOrderNumber).ToHashSet();
        Assert.That(harness.OrdersThatMustBeImported().Select(o => o.OrderId), Is.SubsetOf(imported));
        var checkpoint = (await harness.Import.Database.GetRepository<AmazonSyncCheckpoint>().GetAllAsync(q => q)).Single(c => c.SyncKind == AmazonSyncKind.Orders);
        Assert.That(checkpoint.FailedRuns, Is.Zero);
    }

    /// <summary>The emulator's virtual clock, read by the store with an offset; timers and waits run on the emulator's clock.</summary>
    private sealed class SkewedTimeProvider(TimeProvider inner, TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + offset;

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            inner.CreateTimer(callback, state, dueTime, period);
    }
}
