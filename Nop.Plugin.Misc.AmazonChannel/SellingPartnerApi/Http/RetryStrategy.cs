using System.Net;
using System.Net.Http.Headers;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>Which failures are retried and how long to wait: exponential backoff with jitter, or Retry-After.</summary>
public sealed class RetryStrategy
{
    private readonly Func<double> _random;

    public RetryStrategy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay, Func<double>? random = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        MaxRetries = maxRetries;
        BaseDelay = baseDelay;
        MaxDelay = maxDelay;
        _random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>A Retry-After longer than this is treated as this (a broken header must not park a job for days).</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(15);

    public int MaxRetries { get; }

    public TimeSpan BaseDelay { get; }

    public TimeSpan MaxDelay { get; }

    public static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based): half the exponential step plus a random half.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var step = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(step / 2 + _random() * step / 2);
    }

    /// <summary>The server's Retry-After (seconds or HTTP date) relative to <paramref name="now"/>, if any.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        TimeSpan? delay = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null
        };
        if (delay is null)
            return null;

        return delay.Value < TimeSpan.Zero ? TimeSpan.Zero : delay.Value > MaxRetryAfter ? MaxRetryAfter : delay.Value;
    }

    /// <summary>The wait before the next attempt: Retry-After when the server sent one, otherwise the backoff.</summary>
    public TimeSpan NextDelay(int attempt, TimeSpan? retryAfter) => retryAfter ?? Backoff(attempt);
}
