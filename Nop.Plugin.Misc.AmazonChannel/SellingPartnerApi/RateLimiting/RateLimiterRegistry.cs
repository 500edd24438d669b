using System.Collections.Concurrent;
using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.RateLimiting;

/// <summary>
/// The process-wide token buckets, one per (seller, operation). Register it as a singleton and give it to every client
/// so two clients or accounts of the same seller share one budget and never exceed the burst together.
/// </summary>
public sealed class RateLimiterRegistry
{
    /// <summary>An upper bound for the rate header: a garbled value must not switch throttling off.</summary>
    public const double MaxAcceptedRate = 100;

    private readonly ConcurrentDictionary<(string SellerId, string Operation), TokenBucket> _buckets = new();
    private readonly TimeProvider _time;

    public RateLimiterRegistry(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public TimeProvider TimeProvider => _time;

    /// <summary>The bucket of a seller's operation, created full from the operation's published rate and burst.</summary>
    public TokenBucket GetBucket(string sellerId, SpApiOperation operation) =>
        _buckets.GetOrAdd((sellerId.Trim().ToUpperInvariant(), operation.RateLimitKey), static (_, state) => new TokenBucket(state.op.Rate, state.op.Burst, state.time), (op: operation, time: _time));

    /// <summary>Parses an <c>x-amzn-RateLimit-Limit</c> value (requests per second); null when absent or unusable.</summary>
    public static double? ParseRateHeader(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
            return null;
        if (double.IsNaN(rate) || double.IsInfinity(rate) || rate <= 0)
            return null;

        return Math.Min(rate, MaxAcceptedRate);
    }
}
