namespace AmazonSpApi.Emulator;

internal enum FaultKind
{
    None,
    Throttle,
    ServerError500,
    ServiceUnavailable503,
    Timeout,
}

/// <summary>
/// Seeded fault decisions. The n-th call of an operation draws from (seed, operation, n), so a run is reproducible
/// as long as each operation is called in the same sequence, whatever the interleaving with other operations.
/// </summary>
internal sealed class FaultInjector(int seed, FaultOptions options)
{
    private readonly Dictionary<string, long> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _storms = new(StringComparer.Ordinal);

    /// <summary>Starts (or extends) a storm of <paramref name="count"/> consecutive 429s for the next calls of an operation.</summary>
    public void StartStorm(string operation, int count) =>
        _storms[operation] = (_storms.TryGetValue(operation, out var left) ? left : 0) + count;

    /// <summary>Counts the call and decides its request-level fault.</summary>
    public FaultKind NextRequestFault(string operation, out long callIndex)
    {
        callIndex = _calls.TryGetValue(operation, out var n) ? n : 0;
        _calls[operation] = callIndex + 1;

        if (callIndex == 0 && options.Throttle429Storm > 0 && (options.StormOperations.Count == 0 || options.StormOperations.Contains(operation)))
            StartStorm(operation, options.Throttle429Storm);
        if (_storms.TryGetValue(operation, out var left) && left > 0)
        {
            _storms[operation] = left - 1;
            return FaultKind.Throttle;
        }

        if (options.ExemptOperations.Contains(operation))
            return FaultKind.None;
        var draw = StableRandom.Draw(seed, "fault:" + operation, callIndex);
        if (draw < options.Throttle429)
            return FaultKind.Throttle;
        draw -= options.Throttle429;
        if (draw < options.ServerError5xx)
            return StableRandom.Draw(seed, "fault5xx:" + operation, callIndex) < 0.5 ? FaultKind.ServerError500 : FaultKind.ServiceUnavailable503;
        draw -= options.ServerError5xx;
        return draw < options.Timeout ? FaultKind.Timeout : FaultKind.None;
    }

    /// <summary>Independent yes/no draw for a named fault at a given index (documents, pages, reports).</summary>
    public bool Decide(string fault, string key, long index, double probability) =>
        probability > 0 && StableRandom.Draw(seed, fault + ":" + key, index) < probability;

    public int Calls(string operation) => _calls.TryGetValue(operation, out var n) ? (int)n : 0;
}
