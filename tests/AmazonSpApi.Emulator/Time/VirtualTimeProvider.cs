namespace AmazonSpApi.Emulator;

/// <summary>
/// A clock that only moves when told to (<see cref="Advance"/>) or when a timer created from it comes due.
/// Waiting costs no real time: a timer with a finite due time fires at once on the thread pool after moving the clock
/// forward to its due time (clock = max(clock, dueAt)). So <c>Task.Delay(TimeSpan.FromHours(1), provider)</c> completes
/// immediately in real time while virtual time moves by one hour. Periodic timers re-arm the same way. Disposed or
/// changed timers never fire for their old schedule. Thread-safe.
/// </summary>
/// <remarks>
/// Because every due timer fires promptly, do not use this provider for timeouts that are meant not to elapse
/// (a <c>CancellationTokenSource(timeout, provider)</c> cancels almost at once, with the clock moved by the timeout).
/// </remarks>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now;

    public VirtualTimeProvider(DateTimeOffset start)
    {
        _now = start.ToUniversalTime();
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
            return _now;
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>One timestamp tick is one <see cref="TimeSpan"/> tick of virtual time.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward. Timers are not fired by this call (they fire on their own, promptly).</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_lock)
            _now += by;
    }

    /// <summary>Moves the clock to <paramref name="target"/> when that is later than now; never moves it back.</summary>
    public void AdvanceTo(DateTimeOffset target)
    {
        lock (_lock)
        {
            if (target > _now)
                _now = target;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class VirtualTimer(VirtualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private readonly Lock _gate = new();
        private long _generation;
        private bool _disposed;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            long generation;
            DateTimeOffset dueAt;
            lock (_gate)
            {
                if (_disposed)
                    return false;
                generation = ++_generation;
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                    return true;
                ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
                dueAt = owner.GetUtcNow() + dueTime;
            }

            Schedule(generation, dueAt);
            return true;
        }

        private void Schedule(long generation, DateTimeOffset dueAt) =>
            ThreadPool.UnsafeQueueUserWorkItem(_ => Fire(generation, dueAt), null);

        private void Fire(long generation, DateTimeOffset dueAt)
        {
            TimeSpan period;
            lock (_gate)
            {
                if (_disposed || generation != _generation)
                    return;
                period = _period;
            }

            owner.AdvanceTo(dueAt);
            callback(state);

            if (period == Timeout.InfiniteTimeSpan || period <= TimeSpan.Zero)
                return;
            lock (_gate)
            {
                if (_disposed || generation != _generation)
                    return;
            }

            Schedule(generation, dueAt + period);
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _generation++;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
