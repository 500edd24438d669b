using System.Text.Json;
using System.Web;

namespace AmazonSpApi.Emulator;

/// <summary>Restricted resource granted by an RDT (Tokens API <c>RestrictedResource</c>).</summary>
internal sealed record GrantedResource(string Method, string Path, string[] DataElements);

internal sealed record IssuedToken(string Token, string SellerId, DateTimeOffset ExpiresAt, bool IsRestricted, IReadOnlyList<GrantedResource> Resources, string? Scope);

/// <summary>
/// Login with Amazon token endpoint (<c>POST https://api.amazon.com/auth/o2/token</c>) plus access-token and
/// restricted-data-token checks for SP-API calls.
/// </summary>
internal sealed class LwaAuthority(EmulatorOptions options, int seed)
{
    private readonly Dictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private long _issued;
    private int _revocationsLeft = options.Faults.RevokeAccessTokens;

    /// <summary>The next <paramref name="count"/> calls with a live access token revoke it (403 with Amazon's details).</summary>
    public void ArmRevocations(int count) => _revocationsLeft += Math.Max(0, count);

    /// <summary>Amazon's <c>details</c> of a 403 for an unknown or revoked access token.</summary>
    public const string RevokedDetails = "The access token you provided is revoked, malformed or invalid.";

    public EmulatorResponse HandleTokenRequest(EmulatorRequest request, DateTimeOffset now)
    {
        if (request.Method != "POST")
            return OAuthError(405, "invalid_request", "The token endpoint only accepts POST.");
        if (!TryReadFields(request, out var fields))
            return OAuthError(400, "invalid_request", "The request body could not be parsed; send application/x-www-form-urlencoded or application/json.");

        fields.TryGetValue("grant_type", out var grantType);
        fields.TryGetValue("client_id", out var clientId);
        fields.TryGetValue("client_secret", out var clientSecret);
        if (string.IsNullOrEmpty(grantType))
            return OAuthError(400, "invalid_request", "The request is missing a required parameter : grant_type");
        if (grantType is not ("refresh_token" or "client_credentials"))
            return OAuthError(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server");
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(clientSecret))
            return OAuthError(400, "invalid_request", "The request is missing a required parameter : client_id or client_secret");
        if (clientId != options.ClientId || clientSecret != options.ClientSecret)
            return OAuthError(401, "invalid_client", "Client authentication failed");

        if (grantType == "client_credentials")
        {
            fields.TryGetValue("scope", out var scope);
            if (string.IsNullOrEmpty(scope) || !scope.StartsWith("sellingpartnerapi::", StringComparison.Ordinal))
                return OAuthError(400, "invalid_scope", "An unknown scope was specified.");
            var grantless = Issue("Atza|", now, options.AccessTokenLifetime, false, [], scope);
            return EmulatorResponse.Json(200, new LwaTokenResponse(grantless.Token, "bearer", (int)options.AccessTokenLifetime.TotalSeconds, null));
        }

        fields.TryGetValue("refresh_token", out var refreshToken);
        if (string.IsNullOrEmpty(refreshToken))
            return OAuthError(400, "invalid_request", "The request is missing a required parameter : refresh_token");
        if (fields.ContainsKey("scope"))
            return OAuthError(400, "invalid_request", "The request has an invalid parameter : scope");
        if (refreshToken != options.RefreshToken)
            return OAuthError(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");

        var token = Issue("Atza|", now, options.AccessTokenLifetime, false, [], null);
        return EmulatorResponse.Json(200, new LwaTokenResponse(token.Token, "bearer", (int)options.AccessTokenLifetime.TotalSeconds, refreshToken));
    }

    public IssuedToken IssueRestricted(DateTimeOffset now, IReadOnlyList<GrantedResource> resources) =>
        Issue("Atz.sprdt|", now, options.RestrictedDataTokenLifetime, true, resources, null);

    /// <summary>Validates <c>x-amz-access-token</c> for a call. Returns the token, or an error response.</summary>
    public (IssuedToken? Token, EmulatorResponse? Error) Authorize(EmulatorRequest request, DateTimeOffset now, bool requiresRestricted)
    {
        var value = request.Header("x-amz-access-token");
        if (string.IsNullOrEmpty(value))
            return (null, EmulatorResponse.Unauthorized("The request is missing the x-amz-access-token header."));
        if (!_tokens.TryGetValue(value, out var token))
            return (null, EmulatorResponse.Unauthorized(RevokedDetails));
        if (now >= token.ExpiresAt)
            return (null, EmulatorResponse.Unauthorized("The access token you provided has expired."));
        if (token.Scope is not null)
            return (null, EmulatorResponse.Unauthorized("A grantless token cannot be used for this operation."));
        if (!token.IsRestricted && _revocationsLeft > 0)
        {
            _revocationsLeft--;
            _tokens.Remove(value);
            return (null, EmulatorResponse.Unauthorized(RevokedDetails));
        }
        if (token.IsRestricted && !token.Resources.Any(r => Covers(r, request.Method, request.Path, allowPlaceholders: !requiresRestricted)))
            return (null, EmulatorResponse.Unauthorized(requiresRestricted
                ? "The restricted data token does not grant access to this resource (restricted report documents need the specific document path)."
                : "The restricted data token does not grant access to this resource."));
        if (requiresRestricted && !token.IsRestricted)
            return (null, EmulatorResponse.Unauthorized("This resource contains restricted data: use a restricted data token for this exact path."));
        return (token, null);
    }

    private static bool Covers(GrantedResource resource, string method, string path, bool allowPlaceholders)
    {
        if (!string.Equals(resource.Method, method, StringComparison.OrdinalIgnoreCase))
            return false;
        var granted = resource.Path.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        if (granted.Length != actual.Length)
            return false;
        for (var i = 0; i < granted.Length; i++)
        {
            var g = granted[i];
            if (allowPlaceholders && g.StartsWith('{') && g.EndsWith('}'))
                continue;
            if (!string.Equals(g, Uri.UnescapeDataString(actual[i]), StringComparison.Ordinal))
                return false;
        }

        return true;
    }

    private IssuedToken Issue(string prefix, DateTimeOffset now, TimeSpan lifetime, bool restricted, IReadOnlyList<GrantedResource> resources, string? scope)
    {
        var n = ++_issued;
        var random = StableRandom.For(seed, "token", n);
        var token = new IssuedToken($"{prefix}{options.SellerId}|{n}|{random.Alphanumeric(48)}", options.SellerId, now + lifetime, restricted, resources, scope);
        _tokens[token.Token] = token;
        return token;
    }

    private static bool TryReadFields(EmulatorRequest request, out Dictionary<string, string> fields)
    {
        fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = request.BodyText.Trim();
        try
        {
            if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true || text.StartsWith('{'))
            {
                using var doc = JsonDocument.Parse(text);
                foreach (var p in doc.RootElement.EnumerateObject())
                    fields[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
                return true;
            }

            var parsed = HttpUtility.ParseQueryString(text);
            foreach (var key in parsed.AllKeys)
            {
                if (key is not null)
                    fields[key] = parsed[key] ?? "";
            }

            return fields.Count > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static EmulatorResponse OAuthError(int status, string error, string description) =>
        EmulatorResponse.Json(status, new OAuthErrorBody(error, description));

    private sealed record OAuthErrorBody(
        [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
        [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);
}

internal sealed record LwaTokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string? RefreshToken);
