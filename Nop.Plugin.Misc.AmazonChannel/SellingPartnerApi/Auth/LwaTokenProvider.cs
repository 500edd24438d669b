using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Auth;

/// <summary>
/// Gets access tokens for one account with the Login with Amazon refresh-token grant
/// (<c>POST https://api.amazon.com/auth/o2/token</c>, form-encoded), cached in the shared <see cref="LwaTokenCache"/>.
/// </summary>
internal sealed class LwaTokenProvider
{
    private readonly SellingPartnerApiOptions _options;
    private readonly ResilientSender _sender;
    private readonly LwaTokenCache _cache;
    private readonly string _key;

    public LwaTokenProvider(SellingPartnerApiOptions options, ResilientSender sender, LwaTokenCache cache)
    {
        _options = options;
        _sender = sender;
        _cache = cache;
        _key = LwaTokenCache.KeyFor(options.LwaTokenEndpoint, options.ClientId, options.ClientSecret, options.RefreshToken);
    }

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        _cache.GetTokenAsync(_key, RequestTokenAsync, _sender.Time, _options.TokenRefreshMargin, cancellationToken);

    /// <summary>Amazon rejected <paramref name="token"/>: the next call fetches a new one.</summary>
    public void Invalidate(string token) => _cache.Invalidate(_key, token);

    private async Task<LwaAccessToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _sender.SendAsync(LwaAuthorizationException.OperationName, _ => ValueTask.FromResult(CreateRequest()), null, null, cancellationToken).ConfigureAwait(false);
        var body = TryParse(result.Content);

        if (result.IsSuccess && !string.IsNullOrEmpty(body?.AccessToken))
        {
            var lifetime = TimeSpan.FromSeconds(body.ExpiresIn is > 0 ? body.ExpiresIn.Value : 3600);
            SpApiLog.TokenRefreshed(_sender.Logger, lifetime);
            return new LwaAccessToken(body.AccessToken, _sender.Time.GetUtcNow() + lifetime);
        }

        if (!string.IsNullOrEmpty(body?.Error))
        {
            SpApiLog.LwaRefused(_sender.Logger, body.Error, (int)result.StatusCode);
            throw new LwaAuthorizationException(body.Error, body.ErrorDescription, result.StatusCode, result.RequestId, result.Attempts);
        }

        if (result.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
            throw new LwaAuthorizationException("invalid_request", null, result.StatusCode, result.RequestId, result.Attempts);

        throw new SellingPartnerApiException(LwaAuthorizationException.OperationName, result.StatusCode, null, result.RequestId, result.Attempts,
            result.IsSuccess
                ? "Login with Amazon answered without an access token; check the token endpoint setting."
                : $"Login with Amazon could not issue an access token (HTTP {(int)result.StatusCode}, {result.Attempts} attempt(s)); try again later.");
    }

    private HttpRequestMessage CreateRequest()
    {
        var content = new FormUrlEncodedContent(
        [
            new("grant_type", "refresh_token"),
            new("refresh_token", _options.RefreshToken),
            new("client_id", _options.ClientId),
            new("client_secret", _options.ClientSecret)
        ]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "UTF-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, _options.LwaTokenEndpoint) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private static TokenResponse? TryParse(byte[] content)
    {
        if (content.Length == 0)
            return null;

        try
        {
            return JsonSerializer.Deserialize<TokenResponse>(content);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        [JsonPropertyName("expires_in")]
        public int? ExpiresIn { get; set; }

        [JsonPropertyName("error")]
        public string? Error { get; set; }

        [JsonPropertyName("error_description")]
        public string? ErrorDescription { get; set; }
    }
}
