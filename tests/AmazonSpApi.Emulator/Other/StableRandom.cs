namespace AmazonSpApi.Emulator;

/// <summary>
/// Small deterministic random source (SplitMix64) that is identical on every runtime and platform, unlike
/// <see cref="Random"/> and <see cref="HashCode"/>. Streams are derived from (seed, purpose, index) so that adding
/// orders or calls never changes earlier draws.
/// </summary>
internal sealed class StableRandom
{
    private ulong _state;

    public StableRandom(ulong seed) => _state = seed;

    public static StableRandom For(int seed, string purpose, long index) =>
        new(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ Fnv(purpose) ^ Mix((ulong)index + 0x632BE59BD9B4E019UL)));

    /// <summary>A single uniform draw in [0, 1) for (seed, purpose, index).</summary>
    public static double Draw(int seed, string purpose, long index) => For(seed, purpose, index).NextDouble();

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) =>
        maxExclusive <= min ? min : min + (int)(NextUInt64() % (ulong)(maxExclusive - min));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    public string Digits(int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
            chars[i] = (char)('0' + Next(0, 10));
        return new string(chars);
    }

    public string Alphanumeric(int count)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
            chars[i] = alphabet[Next(0, alphabet.Length)];
        return new string(chars);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
