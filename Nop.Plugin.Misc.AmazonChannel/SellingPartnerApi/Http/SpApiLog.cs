using Microsoft.Extensions.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>
/// Every log line of the client. Only operation names, statuses, request IDs, attempts and delays are logged: never
/// URLs (presigned URLs carry credentials), headers, tokens, secrets or bodies (they hold buyer data).
/// </summary>
internal static class SpApiLog
{
    private static readonly Action<ILogger, string, int, int, string?, Exception?> _responded =
        LoggerMessage.Define<string, int, int, string?>(LogLevel.Debug, new EventId(1, "SpApiResponse"),
            "SP-API {Operation} attempt {Attempt} answered {StatusCode} (request id {RequestId})");

    private static readonly Action<ILogger, string, int, string, string?, TimeSpan, Exception?> _retrying =
        LoggerMessage.Define<string, int, string, string?, TimeSpan>(LogLevel.Warning, new EventId(2, "SpApiRetry"),
            "SP-API {Operation} attempt {Attempt} failed ({Reason}, request id {RequestId}); retrying in {Delay}");

    private static readonly Action<ILogger, string, int, string, string?, Exception?> _gaveUp =
        LoggerMessage.Define<string, int, string, string?>(LogLevel.Warning, new EventId(3, "SpApiGaveUp"),
            "SP-API {Operation} failed after {Attempts} attempt(s) ({Reason}, request id {RequestId})");

    private static readonly Action<ILogger, string, double, double, Exception?> _rateAdapted =
        LoggerMessage.Define<string, double, double>(LogLevel.Debug, new EventId(4, "SpApiRateAdapted"),
            "SP-API {Operation} rate limit adapted from {OldRate} to {NewRate} requests per second");

    private static readonly Action<ILogger, TimeSpan, Exception?> _tokenRefreshed =
        LoggerMessage.Define<TimeSpan>(LogLevel.Debug, new EventId(5, "LwaTokenRefreshed"),
            "Login with Amazon access token refreshed, valid for {Lifetime}");

    private static readonly Action<ILogger, string, int, Exception?> _lwaRefused =
        LoggerMessage.Define<string, int>(LogLevel.Error, new EventId(6, "LwaRefused"),
            "Login with Amazon refused the token request: {LwaError} (HTTP {StatusCode})");

    private static readonly Action<ILogger, string, TimeSpan, Exception?> _rateLimited =
        LoggerMessage.Define<string, TimeSpan>(LogLevel.Debug, new EventId(7, "SpApiRateLimited"),
            "SP-API {Operation} waits {Delay} for its rate limit");

    private static readonly Action<ILogger, string, Exception?> _tokenRejected =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(8, "SpApiTokenRejected"),
            "SP-API {Operation} rejected the cached access token; refreshing it once");

    public static void Responded(ILogger logger, string operation, int attempt, int statusCode, string? requestId) =>
        _responded(logger, operation, attempt, statusCode, requestId, null);

    public static void Retrying(ILogger logger, string operation, int attempt, string reason, string? requestId, TimeSpan delay) =>
        _retrying(logger, operation, attempt, reason, requestId, delay, null);

    public static void GaveUp(ILogger logger, string operation, int attempts, string reason, string? requestId) =>
        _gaveUp(logger, operation, attempts, reason, requestId, null);

    public static void RateAdapted(ILogger logger, string operation, double oldRate, double newRate) =>
        _rateAdapted(logger, operation, oldRate, newRate, null);

    public static void TokenRefreshed(ILogger logger, TimeSpan lifetime) => _tokenRefreshed(logger, lifetime, null);

    public static void LwaRefused(ILogger logger, string error, int statusCode) => _lwaRefused(logger, error, statusCode, null);

    public static void RateLimited(ILogger logger, string operation, TimeSpan delay) => _rateLimited(logger, operation, delay, null);

    public static void TokenRejected(ILogger logger, string operation) => _tokenRejected(logger, operation, null);
}
