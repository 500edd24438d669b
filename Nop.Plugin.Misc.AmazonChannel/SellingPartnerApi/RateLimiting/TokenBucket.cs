namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.RateLimiting;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>, modelled on Amazon's usage plans: it holds at most
/// <see cref="Burst"/> tokens and refills at <see cref="Rate"/> tokens per second; the rate can change on the fly
/// (from <c>x-amzn-RateLimit-Limit</c>).
/// </summary>
/// <remarks>
/// A request holds a <see cref="Lease"/> while it is in flight and its token is only taken from the level when the
/// answer is back. A request is admitted when <c>level - in flight &gt;= 1</c>. Amazon takes the token at some moment
/// between send and answer, so this model never shows more tokens than Amazon's bucket has, even when requests are
/// delayed on the way or the clock jumps (virtual time): no request is sent that Amazon's bucket could not serve.
/// </remarks>
public sealed class TokenBucket
{
    /// <summary>Added to every wait so rounding on either side never lets a request arrive a hair too early.</summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(50);

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private double _level;
    private double _rate;
    private int _inFlight;
    private DateTimeOffset _updated;

    public TokenBucket(double rate, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        _time = time;
        _rate = rate;
        Burst = burst;
        PublishedRate = rate;
        _level = burst;
        _updated = time.GetUtcNow();
    }

    /// <summary>The bucket size; never exceeded, whatever the rate header says.</summary>
    public int Burst { get; }

    /// <summary>The rate the bucket was seeded with (Amazon's published default).</summary>
    public double PublishedRate { get; }

    /// <summary>The current refill rate in tokens per second.</summary>
    public double Rate
    {
        get { lock (_gate) return _rate; }
    }

    /// <summary>Tokens a new request could use now (the level minus the requests in flight).</summary>
    public double Available
    {
        get
        {
            lock (_gate)
            {
                Refill();
                return _level - _inFlight;
            }
        }
    }

    /// <summary>Requests admitted and not answered yet.</summary>
    public int InFlight
    {
        get { lock (_gate) return _inFlight; }
    }

    /// <summary>Waits (on the time provider) until a token is available and admits one request.</summary>
    /// <param name="onWait">Told how long the caller is about to wait, each time it must wait.</param>
    public async ValueTask<Lease> AcquireAsync(CancellationToken cancellationToken, Action<TimeSpan>? onWait = null)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wait = TryAdmit();
            if (wait is null)
                return new Lease(this);

            onWait?.Invoke(wait.Value);
            await Task.Delay(wait.Value, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adopts the rate Amazon reported in <c>x-amzn-RateLimit-Limit</c>; the burst stays as published.</summary>
    public void UpdateRate(double rate)
    {
        if (double.IsNaN(rate) || double.IsInfinity(rate) || rate <= 0)
            return;

        lock (_gate)
        {
            Refill();
            _rate = rate;
        }
    }

    /// <summary>Null when a request was admitted; otherwise how long to wait before asking again.</summary>
    private TimeSpan? TryAdmit()
    {
        lock (_gate)
        {
            Refill();
            var available = _level - _inFlight;
            if (available >= 1)
            {
                _inFlight++;
                return null;
            }

            return TimeSpan.FromSeconds((1 - available) / _rate) + SafetyMargin;
        }
    }

    private void Complete(LeaseOutcome outcome)
    {
        lock (_gate)
        {
            Refill();
            _inFlight--;
            switch (outcome)
            {
                case LeaseOutcome.Consumed:
                    _level -= 1;
                    break;
                case LeaseOutcome.Throttled:
                    // Amazon's bucket is empty now: so is ours (apart from what the requests in flight will take).
                    _level = Math.Min(_level, _inFlight);
                    break;
            }
        }
    }

    private void Refill()
    {
        var now = _time.GetUtcNow();
        var elapsed = (now - _updated).TotalSeconds;
        if (elapsed <= 0)
            return;

        _level = Math.Min(Burst, _level + elapsed * _rate);
        _updated = now;
    }

    private enum LeaseOutcome
    {
        NotSent,
        Consumed,
        Throttled
    }

    /// <summary>One admitted request. Complete it exactly once: answered, throttled, or never sent.</summary>
    public sealed class Lease
    {
        private readonly TokenBucket _bucket;
        private int _completed;

        internal Lease(TokenBucket bucket) => _bucket = bucket;

        /// <summary>The request reached Amazon (any answer but 429, or no answer at all): its token is spent.</summary>
        public void Consumed() => Complete(LeaseOutcome.Consumed);

        /// <summary>Amazon answered 429.</summary>
        public void Throttled() => Complete(LeaseOutcome.Throttled);

        /// <summary>The request was never sent (cancelled, or no access token): the token goes back.</summary>
        public void NotSent() => Complete(LeaseOutcome.NotSent);

        private void Complete(LeaseOutcome outcome)
        {
            if (Interlocked.Exchange(ref _completed, 1) == 0)
                _bucket.Complete(outcome);
        }
    }
}
