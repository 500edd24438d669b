using System.Diagnostics;
using AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

[TestFixture]
public class VirtualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Delay_of_one_hour_completes_at_once_and_moves_the_clock_by_one_hour()
    {
        var time = new VirtualTimeProvider(Start);
        var watch = Stopwatch.StartNew();

        await Task.Delay(TimeSpan.FromHours(1), time);

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(time.GetUtcNow(), Is.EqualTo(Start.AddHours(1)));
    }

    [Test]
    public void Advance_moves_clock_and_timestamps_consistently()
    {
        var time = new VirtualTimeProvider(Start);
        var before = time.GetTimestamp();

        time.Advance(TimeSpan.FromMinutes(3));

        Assert.That(time.GetUtcNow(), Is.EqualTo(Start.AddMinutes(3)));
        Assert.That(time.GetElapsedTime(before), Is.EqualTo(TimeSpan.FromMinutes(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => time.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Test]
    public async Task Disposed_and_changed_timers_do_not_fire_for_their_old_schedule()
    {
        var time = new VirtualTimeProvider(Start);
        var fired = 0;
        var disposed = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        Assert.That(disposed.Change(TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan), Is.False);

        var changed = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        changed.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        await Task.Delay(50);

        Assert.That(fired, Is.Zero);
        Assert.That(time.GetUtcNow(), Is.EqualTo(Start));
    }

    [Test]
    public async Task Periodic_timer_rearms_in_virtual_time()
    {
        var time = new VirtualTimeProvider(Start);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10), time);

        for (var i = 0; i < 3; i++)
            Assert.That(await timer.WaitForNextTickAsync(), Is.True);

        Assert.That(time.GetUtcNow(), Is.GreaterThanOrEqualTo(Start.AddMinutes(30)));
    }

    [Test]
    public async Task Clock_never_moves_backwards_when_a_shorter_timer_fires_later()
    {
        var time = new VirtualTimeProvider(Start);
        var longDelay = Task.Delay(TimeSpan.FromHours(2), time);
        var shortDelay = Task.Delay(TimeSpan.FromSeconds(1), time);

        await Task.WhenAll(longDelay, shortDelay);

        Assert.That(time.GetUtcNow(), Is.EqualTo(Start.AddHours(2)));
    }
}
