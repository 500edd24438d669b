using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>
/// The single place where HTTP attempts are made, timed out, retried and logged: Selling Partner API calls, Login with
/// Amazon token requests and presigned document transfers all go through <see cref="SendAsync"/>.
/// Retries 429, 408 and 5xx (honouring Retry-After), timeouts and network errors; returns the last response otherwise.
/// Backoff waits run on the <see cref="TimeProvider"/>; the per-attempt timeout runs on the wall clock, because it
/// guards a real network wait (a virtual clock that jumps to the next timer would fire it at once).
/// </summary>
internal sealed class ResilientSender
{
    private readonly Func<HttpClient> _client;
    private readonly RetryStrategy _retry;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ResilientSender(Func<HttpClient> client, RetryStrategy retry, TimeSpan timeout, TimeProvider time, ILogger logger)
    {
        _client = client;
        _retry = retry;
        _timeout = timeout;
        _time = time;
        _logger = logger;
    }

    public TimeProvider Time => _time;

    public ILogger Logger => _logger;

    /// <summary>
    /// Sends the request <paramref name="createRequest"/> builds (once per attempt; it may wait for a rate limiter or a
    /// token, outside the attempt's timeout) and reads the whole response.
    /// </summary>
    /// <param name="onAttemptEnd">Called once after every attempt whose request was built: with the response, or null
    /// when none came (timeout, network error, cancellation). Runs before the retry decision.</param>
    /// <param name="transform">Turns a successful body into the value (for example gunzip); an
    /// <see cref="InvalidDataException"/> it throws counts as a transient failure (corrupt download).</param>
    public async Task<SpApiHttpResult> SendAsync(
        string operation,
        Func<CancellationToken, ValueTask<HttpRequestMessage>> createRequest,
        Action<SpApiHttpResult?>? onAttemptEnd,
        Func<SpApiHttpResult, SpApiHttpResult>? transform,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string reason;
            string? requestId = null;
            TimeSpan? retryAfter = null;
            Exception? failure = null;

            using (var request = await createRequest(cancellationToken).ConfigureAwait(false))
            using (var timeout = new CancellationTokenSource(_timeout))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                SpApiHttpResult? result = null;
                try
                {
                    using var response = await _client().SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
                    var content = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
                    result = new SpApiHttpResult(
                        response.StatusCode,
                        content,
                        response.Content.Headers.ContentType?.ToString(),
                        response.Content.Headers.ContentEncoding.FirstOrDefault(),
                        Header(response, SpApiHttpResult.RequestIdHeader),
                        Header(response, SpApiHttpResult.RateLimitLimitHeader),
                        attempt);
                    retryAfter = RetryStrategy.RetryAfter(response.Headers.RetryAfter, _time.GetUtcNow());
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    onAttemptEnd?.Invoke(null);
                    throw;
                }
                catch (OperationCanceledException ex)
                {
                    reason = "timeout";
                    failure = new TimeoutException($"No answer within the request timeout ({_timeout}).", ex);
                }
                catch (HttpRequestException ex)
                {
                    reason = "network error";
                    failure = ex;
                }
                catch (IOException ex)
                {
                    reason = "network error";
                    failure = ex;
                }

                onAttemptEnd?.Invoke(result);
                if (result is not null)
                {
                    requestId = result.RequestId;
                    SpApiLog.Responded(_logger, operation, attempt, (int)result.StatusCode, requestId);
                    reason = "HTTP " + ((int)result.StatusCode).ToString(CultureInfo.InvariantCulture);
                    if (!RetryStrategy.IsRetryable(result.StatusCode))
                    {
                        if (!result.IsSuccess || transform is null)
                            return result;
                        try
                        {
                            return transform(result);
                        }
                        catch (InvalidDataException ex)
                        {
                            reason = "unreadable content";
                            failure = ex;
                        }
                    }
                    else if (attempt > _retry.MaxRetries)
                    {
                        SpApiLog.GaveUp(_logger, operation, attempt, reason, requestId);
                        return result;
                    }
                }
                else
                {
                    reason = failure is TimeoutException ? "timeout" : "network error";
                }

                if (failure is not null && attempt > _retry.MaxRetries)
                {
                    SpApiLog.GaveUp(_logger, operation, attempt, reason, requestId);
                    throw new SellingPartnerApiException(operation, null, null, requestId, attempt,
                        failure is InvalidDataException
                            ? $"Amazon Selling Partner API operation {operation} returned unreadable content after {attempt} attempt(s): {failure.Message}"
                            : null,
                        failure);
                }
            }

            var delay = _retry.NextDelay(attempt, retryAfter);
            SpApiLog.Retrying(_logger, operation, attempt, reason, requestId, delay);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
