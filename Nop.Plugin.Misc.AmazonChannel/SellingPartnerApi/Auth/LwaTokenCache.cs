using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Auth;

/// <summary>An access token and the moment it expires.</summary>
public sealed record LwaAccessToken(string Value, DateTimeOffset ExpiresAt);

/// <summary>
/// The process-wide cache of Login with Amazon access tokens, one per credential set (token endpoint, client ID,
/// client secret, refresh token; the key is a hash, never the secret itself). Register it as a singleton: clients of the same account
/// share one token, and concurrent callers that find it missing or expiring trigger exactly one refresh.
/// </summary>
public sealed class LwaTokenCache
{
    /// <summary>How long a refused token request (invalid_grant, invalid_client) is answered from memory.</summary>
    public static readonly TimeSpan RefusalMemory = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The cache key of a credential set: a SHA-256 of the parts, so no secret sits in the key.</summary>
    public static string KeyFor(Uri tokenEndpoint, string clientId, string clientSecret, string refreshToken)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{tokenEndpoint}\n{clientId}\n{clientSecret}\n{refreshToken}"));
        return Convert.ToHexString(bytes);
    }

    /// <summary>
    /// The cached token when it is valid for longer than <paramref name="refreshMargin"/>; otherwise one caller runs
    /// <paramref name="refresh"/> while the others wait for its result.
    /// </summary>
    public async ValueTask<string> GetTokenAsync(
        string key,
        Func<CancellationToken, Task<LwaAccessToken>> refresh,
        TimeProvider time,
        TimeSpan refreshMargin,
        CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(key, static _ => new Entry());
        var current = entry.Token;
        if (IsFresh(current, time, refreshMargin))
            return current!.Value;

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = entry.Token;
            if (IsFresh(current, time, refreshMargin))
                return current!.Value;

            // Callers that queued behind a refused refresh get the same answer instead of asking again at once.
            if (entry.Refusal is { } refusal && time.GetUtcNow() < refusal.Until)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(refusal.Error);

            try
            {
                var token = await refresh(cancellationToken).ConfigureAwait(false);
                entry.Token = token;
                entry.Refusal = null;
                return token.Value;
            }
            catch (LwaAuthorizationException ex)
            {
                entry.Refusal = (ex, time.GetUtcNow() + RefusalMemory);
                throw;
            }
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> (Amazon rejected it) unless another caller already replaced it.</summary>
    public void Invalidate(string key, string token)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Token is { } current && current.Value == token)
            Interlocked.CompareExchange(ref entry.TokenField, null, current);
    }

    /// <summary>Drops every cached token (for example after the account's credentials changed).</summary>
    public void Clear() => _entries.Clear();

    private static bool IsFresh(LwaAccessToken? token, TimeProvider time, TimeSpan margin) =>
        token is not null && token.ExpiresAt - margin > time.GetUtcNow();

    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public LwaAccessToken? TokenField;
        public (LwaAuthorizationException Error, DateTimeOffset Until)? Refusal;

        public LwaAccessToken? Token
        {
            get => Volatile.Read(ref TokenField);
            set => Volatile.Write(ref TokenField, value);
        }
    }
}
