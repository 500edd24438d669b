using System.Globalization;

namespace AmazonSpApi.Emulator;

/// <summary>Amazon's default usage plan of one operation (facts sheet §2.3, read from the models' "Usage Plan" tables).</summary>
public sealed record UsagePlan(double Rate, int Burst)
{
    /// <summary>Value of the <c>x-amzn-RateLimit-Limit</c> header.</summary>
    public string HeaderValue => Rate.ToString("0.0###", CultureInfo.InvariantCulture);
}

public static class UsagePlans
{
    public static readonly IReadOnlyDictionary<string, UsagePlan> ByOperation = new Dictionary<string, UsagePlan>
    {
        ["searchOrders"] = new(0.0056, 20),
        ["getOrder"] = new(0.5, 30),
        ["confirmShipment"] = new(2, 10),
        ["createFeedDocument"] = new(0.5, 15),
        ["createFeed"] = new(0.0083, 15),
        ["getFeed"] = new(2, 15),
        ["getFeeds"] = new(0.0222, 10),
        ["cancelFeed"] = new(2, 15),
        ["getFeedDocument"] = new(0.0222, 10),
        ["createReport"] = new(0.0167, 15),
        ["getReport"] = new(2, 15),
        ["getReports"] = new(0.0222, 10),
        ["cancelReport"] = new(0.0222, 10),
        ["getReportDocument"] = new(0.0167, 15),
        ["createRestrictedDataToken"] = new(1, 10),
        ["getMarketplaceParticipations"] = new(0.016, 15),
        ["getAccount"] = new(0.016, 15),
    };

    public static UsagePlan? For(string operation) => ByOperation.TryGetValue(operation, out var plan) ? plan : null;
}

/// <summary>Token bucket per (seller, operation) in virtual time: starts full at burst, refills at rate per second.</summary>
internal sealed class RateLimiter
{
    private readonly Dictionary<(string Seller, string Operation), Bucket> _buckets = [];

    public bool TryAcquire(string sellerId, string operation, UsagePlan plan, DateTimeOffset now)
    {
        if (!_buckets.TryGetValue((sellerId, operation), out var bucket))
            _buckets[(sellerId, operation)] = bucket = new Bucket { Tokens = plan.Burst, Last = now };

        var elapsed = (now - bucket.Last).TotalSeconds;
        if (elapsed > 0)
        {
            bucket.Tokens = Math.Min(plan.Burst, bucket.Tokens + elapsed * plan.Rate);
            bucket.Last = now;
        }

        // Small epsilon: 180 s at 0.0056/s is 1.008 tokens, but float sums may land a hair under a whole token.
        if (bucket.Tokens + 1e-9 < 1)
            return false;
        bucket.Tokens -= 1;
        return true;
    }

    private sealed class Bucket
    {
        public double Tokens;
        public DateTimeOffset Last;
    }
}
