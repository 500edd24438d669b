namespace Nop.Core.Caching;

/// <summary>Builds parameterised cache keys.</summary>
public partial interface ICacheKeyService
{
    CacheKey PrepareKey(CacheKey cacheKey, params object[] cacheKeyParameters);

    CacheKey PrepareKeyForDefaultCache(CacheKey cacheKey, params object[] cacheKeyParameters);
}
