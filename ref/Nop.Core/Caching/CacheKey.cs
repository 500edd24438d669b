namespace Nop.Core.Caching;

/// <summary>Key (and lifetime) of a cached object.</summary>
public partial class CacheKey
{
    public CacheKey(string key)
    {
        Key = key;
    }

    public string Key { get; protected set; }

    /// <summary>Cache time in minutes. (nopCommerce defaults it from AppSettings' CacheConfig; the stand-in leaves 0.)</summary>
    public int CacheTime { get; set; }
}
