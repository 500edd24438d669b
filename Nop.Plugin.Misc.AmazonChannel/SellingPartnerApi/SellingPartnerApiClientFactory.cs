using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Auth;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.RateLimiting;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Sellers;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Tokens;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

/// <summary>
/// Builds <see cref="SellingPartnerApiClient"/>s, one per account, that share the process-wide rate limiters and
/// token cache. Register one factory as a singleton.
/// </summary>
public sealed class SellingPartnerApiClientFactory
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client used for all calls.</summary>
    public const string HttpClientName = "AmazonSellingPartnerApi";

    private readonly Func<HttpClient> _httpClient;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;

    /// <summary>Uses one handler for every call (tests, the emulator, or a host without IHttpClientFactory).</summary>
    public SellingPartnerApiClientFactory(
        HttpMessageHandler handler,
        TimeProvider? time = null,
        ILoggerFactory? loggerFactory = null,
        RateLimiterRegistry? rateLimiters = null,
        LwaTokenCache? tokenCache = null)
        : this(CreateFixedClient(handler), time, loggerFactory, rateLimiters, tokenCache)
    {
    }

    /// <summary>Takes a named client (<see cref="HttpClientName"/>) from the host's <see cref="IHttpClientFactory"/> per call.</summary>
    public SellingPartnerApiClientFactory(
        IHttpClientFactory httpClientFactory,
        TimeProvider? time = null,
        ILoggerFactory? loggerFactory = null,
        RateLimiterRegistry? rateLimiters = null,
        LwaTokenCache? tokenCache = null)
        : this(() => ConfigureClient(httpClientFactory.CreateClient(HttpClientName)), time, loggerFactory, rateLimiters, tokenCache)
    {
    }

    private SellingPartnerApiClientFactory(Func<HttpClient> httpClient, TimeProvider? time, ILoggerFactory? loggerFactory, RateLimiterRegistry? rateLimiters, LwaTokenCache? tokenCache)
    {
        _httpClient = httpClient;
        _time = time ?? rateLimiters?.TimeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        RateLimiters = rateLimiters ?? new RateLimiterRegistry(_time);
        TokenCache = tokenCache ?? new LwaTokenCache();
    }

    /// <summary>The shared (seller, operation) token buckets.</summary>
    public RateLimiterRegistry RateLimiters { get; }

    /// <summary>The shared access-token cache.</summary>
    public LwaTokenCache TokenCache { get; }

    /// <summary>Jitter source for retry delays (tests make it deterministic).</summary>
    internal Func<double>? Random { get; set; }

    /// <summary>A client for one account. The options are copied; later changes to them have no effect.</summary>
    public SellingPartnerApiClient Create(SellingPartnerApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var snapshot = Copy(options);

        var logger = _loggerFactory.CreateLogger("Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi");
        var retry = new RetryStrategy(snapshot.MaxRetries, snapshot.BaseDelay, snapshot.MaxDelay, Random);
        var sender = new ResilientSender(_httpClient, retry, snapshot.RequestTimeout, _time, logger);
        var tokens = new LwaTokenProvider(snapshot, sender, TokenCache);
        var pipeline = new SpApiPipeline(snapshot, sender, tokens, RateLimiters);
        var documents = new DocumentTransfer(sender);
        var tokensClient = new TokensClient(pipeline);

        return new SellingPartnerApiClient(
            snapshot.SellerId,
            snapshot.ResolveEndpoint(),
            new OrdersClient(pipeline),
            new ReportsClient(pipeline, documents, tokensClient, snapshot),
            new FeedsClient(pipeline, documents, snapshot),
            tokensClient,
            new SellersClient(pipeline));
    }

    private static Func<HttpClient> CreateFixedClient(HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var client = ConfigureClient(new HttpClient(handler, disposeHandler: false));
        return () => client;
    }

    private static HttpClient ConfigureClient(HttpClient client)
    {
        // Timeouts are per attempt, on the TimeProvider, in ResilientSender.
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }

    private static SellingPartnerApiOptions Copy(SellingPartnerApiOptions options) => new()
    {
        Region = options.Region,
        UseSandbox = options.UseSandbox,
        EndpointOverride = options.EndpointOverride,
        LwaTokenEndpoint = options.LwaTokenEndpoint,
        ClientId = options.ClientId,
        ClientSecret = options.ClientSecret,
        RefreshToken = options.RefreshToken,
        SellerId = options.SellerId,
        MaxRetries = options.MaxRetries,
        BaseDelay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        RequestTimeout = options.RequestTimeout,
        TokenRefreshMargin = options.TokenRefreshMargin,
        PollInterval = options.PollInterval,
        PollTimeout = options.PollTimeout
    };
}
