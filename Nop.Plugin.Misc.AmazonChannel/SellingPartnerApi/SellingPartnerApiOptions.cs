namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

/// <summary>The Selling Partner API region a seller's refresh token was issued for.</summary>
public enum SellingPartnerRegion
{
    /// <summary>North America (CA, US, MX, BR).</summary>
    NorthAmerica,

    /// <summary>Europe (ES, UK, FR, NL, DE, IT, SE, PL, EG, TR, AE, IN).</summary>
    Europe,

    /// <summary>Far East (SG, AU, JP).</summary>
    FarEast
}

/// <summary>Settings of one Selling Partner API client (one seller account in one region).</summary>
public sealed class SellingPartnerApiOptions
{
    /// <summary>The default Login with Amazon token endpoint (the same for every region).</summary>
    public static readonly Uri DefaultLwaTokenEndpoint = new("https://api.amazon.com/auth/o2/token");

    public SellingPartnerRegion Region { get; set; } = SellingPartnerRegion.NorthAmerica;

    /// <summary>Call Amazon's static sandbox hosts instead of production.</summary>
    public bool UseSandbox { get; set; }

    /// <summary>Replaces the regional host (for example a local emulator). Wins over <see cref="Region"/> and <see cref="UseSandbox"/>.</summary>
    public Uri? EndpointOverride { get; set; }

    public Uri LwaTokenEndpoint { get; set; } = DefaultLwaTokenEndpoint;

    /// <summary>Login with Amazon app client identifier.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Login with Amazon app client secret. Never logged.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The seller's refresh token (Atzr|...). Never logged.</summary>
    public string RefreshToken { get; set; } = string.Empty;

    /// <summary>The merchant token (seller ID); keys the shared rate limiters.</summary>
    public string SellerId { get; set; } = string.Empty;

    /// <summary>Retries after the first attempt for throttling, server errors, timeouts and network errors.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First backoff delay; doubled on every further retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of a computed backoff delay (a server's Retry-After is honoured even when longer).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one HTTP attempt (request and response body).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>How long before its expiry a cached access token is renewed.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Default interval between getReport / getFeed polls of the convenience helpers.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Default time after which the convenience helpers stop polling and throw a <see cref="TimeoutException"/>.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The base address of the Selling Partner API for these options (facts sheet §2.1).</summary>
    public Uri ResolveEndpoint() => EndpointOverride ?? ResolveEndpoint(Region, UseSandbox);

    public static Uri ResolveEndpoint(SellingPartnerRegion region, bool sandbox)
    {
        var code = region switch
        {
            SellingPartnerRegion.NorthAmerica => "na",
            SellingPartnerRegion.Europe => "eu",
            SellingPartnerRegion.FarEast => "fe",
            _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown Selling Partner API region.")
        };

        return new Uri(sandbox ? $"https://sandbox.sellingpartnerapi-{code}.amazon.com" : $"https://sellingpartnerapi-{code}.amazon.com");
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first missing or invalid setting.</summary>
    public void Validate()
    {
        Require(ClientId, nameof(ClientId));
        Require(ClientSecret, nameof(ClientSecret));
        Require(RefreshToken, nameof(RefreshToken));
        Require(SellerId, nameof(SellerId));
        if (MaxRetries < 0)
            throw new ArgumentException("MaxRetries must not be negative.", nameof(MaxRetries));
        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay)
            throw new ArgumentException("BaseDelay must not be negative and MaxDelay must not be below BaseDelay.", nameof(BaseDelay));
        if (RequestTimeout <= TimeSpan.Zero)
            throw new ArgumentException("RequestTimeout must be positive.", nameof(RequestTimeout));
        if (PollInterval <= TimeSpan.Zero || PollTimeout <= TimeSpan.Zero)
            throw new ArgumentException("PollInterval and PollTimeout must be positive.", nameof(PollInterval));
        if (EndpointOverride is { IsAbsoluteUri: false })
            throw new ArgumentException("EndpointOverride must be an absolute URI.", nameof(EndpointOverride));
    }

    private static void Require(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"The Selling Partner API setting {name} is required.", name);
    }
}
