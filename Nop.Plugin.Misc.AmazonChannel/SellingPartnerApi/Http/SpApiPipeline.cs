using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Auth;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.RateLimiting;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>
/// The request pipeline of one client: per attempt it waits for the (seller, operation) token bucket, adds the access
/// token (or a Restricted Data Token) in <c>x-amz-access-token</c>, sends through the <see cref="ResilientSender"/>
/// (timeouts, retries, logging), adapts the bucket to <c>x-amzn-RateLimit-Limit</c>, and turns failures into
/// <see cref="SellingPartnerApiException"/>.
/// </summary>
internal sealed class SpApiPipeline
{
    public const string AccessTokenHeader = "x-amz-access-token";
    public const string UserAgent = "Nop.Plugin.Misc.AmazonChannel/1.0 (Language=csharp)";

    private readonly Uri _endpoint;
    private readonly string _sellerId;
    private readonly ResilientSender _sender;
    private readonly LwaTokenProvider _tokens;
    private readonly RateLimiterRegistry _rateLimiters;

    public SpApiPipeline(SellingPartnerApiOptions options, ResilientSender sender, LwaTokenProvider tokens, RateLimiterRegistry rateLimiters)
    {
        _endpoint = options.ResolveEndpoint();
        _sellerId = options.SellerId;
        _sender = sender;
        _tokens = tokens;
        _rateLimiters = rateLimiters;
    }

    public ResilientSender Sender => _sender;

    /// <summary>Calls of the operation this seller could send now without waiting for its rate limit.</summary>
    public int CallsAvailableNow(SpApiOperation operation) =>
        (int)Math.Max(0, Math.Floor(_rateLimiters.GetBucket(_sellerId, operation).Available));

    /// <summary>Sends the request and deserializes the successful response body.</summary>
    public async Task<T> SendAsync<T>(SpApiRequest request, CancellationToken cancellationToken)
    {
        var result = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return SpApiJson.Deserialize<T>(result.Text);
        }
        catch (JsonException ex)
        {
            throw new SellingPartnerApiException(request.Operation.Name, result.StatusCode, null, result.RequestId, result.Attempts,
                $"Amazon Selling Partner API operation {request.Operation.Name} returned a body that is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Sends the request; throws <see cref="SellingPartnerApiException"/> unless the status is 2xx.</summary>
    public async Task<SpApiHttpResult> SendAsync(SpApiRequest request, CancellationToken cancellationToken)
    {
        var operation = request.Operation;
        var bucket = _rateLimiters.GetBucket(_sellerId, operation);
        var body = request.Body is null ? null : JsonSerializer.SerializeToUtf8Bytes(request.Body, request.Body.GetType(), SpApiJson.Options);
        var pathAndQuery = request.BuildPathAndQuery();
        string? sentToken = null;
        TokenBucket.Lease? lease = null;

        async ValueTask<HttpRequestMessage> CreateAsync(CancellationToken ct)
        {
            lease = await bucket.AcquireAsync(ct, wait => SpApiLog.RateLimited(_sender.Logger, operation.Name, wait)).ConfigureAwait(false);
            try
            {
                sentToken = request.RestrictedDataToken ?? await _tokens.GetAccessTokenAsync(ct).ConfigureAwait(false);
            }
            catch
            {
                lease.NotSent();
                throw;
            }

            var message = new HttpRequestMessage(operation.HttpMethod, new Uri(_endpoint.AbsoluteUri.TrimEnd('/') + pathAndQuery));
            message.Headers.TryAddWithoutValidation(AccessTokenHeader, sentToken);
            message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (body is not null)
            {
                message.Content = new ByteArrayContent(body);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
            }

            return message;
        }

        void OnAttemptEnd(SpApiHttpResult? result)
        {
            if (result?.StatusCode == HttpStatusCode.TooManyRequests)
                lease?.Throttled();
            else
                lease?.Consumed();

            if (RateLimiterRegistry.ParseRateHeader(result?.RateLimitHeader) is { } rate && Math.Abs(rate - bucket.Rate) > 1e-9)
            {
                SpApiLog.RateAdapted(_sender.Logger, operation.Name, bucket.Rate, rate);
                bucket.UpdateRate(rate);
            }
        }

        var response = await _sender.SendAsync(operation.Name, CreateAsync, OnAttemptEnd, null, cancellationToken).ConfigureAwait(false);
        if (!IsRejectedAccessToken(request, response) || sentToken is null)
            return response.IsSuccess ? response : throw Failure(operation.Name, response, advice: null);

        // A token revoked or expired early: drop it and try exactly once more with a fresh one.
        SpApiLog.TokenRejected(_sender.Logger, operation.Name);
        _tokens.Invalidate(sentToken);
        response = await _sender.SendAsync(operation.Name, CreateAsync, OnAttemptEnd, null, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
            return response;

        // A 401 keeps its own advice (credentials); a 403 naming the token again means the authorization itself is gone.
        var tokenRejectedAgain = response.StatusCode == HttpStatusCode.Forbidden && IsRejectedAccessToken(request, response);
        throw Failure(operation.Name, response, tokenRejectedAgain ? RejectedAccessToken.Advice : null);
    }

    private static SellingPartnerApiException Failure(string operation, SpApiHttpResult response, string? advice)
    {
        var errors = response.ParseErrors();
        return new SellingPartnerApiException(operation, response.StatusCode, errors, response.RequestId, response.Attempts,
            SellingPartnerApiException.BuildMessage(operation, response.StatusCode, errors, response.RequestId, response.Attempts, advice));
    }

    // 403 is also "missing role"; only a message or details about the token itself are worth a refresh.
    private static bool IsRejectedAccessToken(SpApiRequest request, SpApiHttpResult response) =>
        request.RestrictedDataToken is null && RejectedAccessToken.Is(response.StatusCode, response.ParseErrors());
}
