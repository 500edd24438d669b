namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The order reports of a window read through reports, as they are requested: each report ID is saved (on the
/// window's checkpoint) the moment Amazon returns it, so a run that dies, times out or loses its lock continues with
/// the same reports instead of requesting new ones.
/// </summary>
public sealed class OrderReportProgress
{
    private readonly Dictionary<string, string> _reportIds;
    private readonly Func<string, Task> _saveAsync;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="stored">The saved form (<see cref="Serialize"/>), or null for a window without reports yet.</param>
    /// <param name="saveAsync">Persists the saved form.</param>
    public OrderReportProgress(string? stored, Func<string, Task> saveAsync)
    {
        _reportIds = Parse(stored);
        _saveAsync = saveAsync;
    }

    /// <summary>No persistence: every report is requested anew (callers that do not resume).</summary>
    public static OrderReportProgress None() => new(null, _ => Task.CompletedTask);

    public string? ReportIdOf(string reportType) => _reportIds.GetValueOrDefault(reportType);

    public async Task SetReportIdAsync(string reportType, string reportId)
    {
        await _gate.WaitAsync();
        try
        {
            _reportIds[reportType] = reportId;
            await _saveAsync(Serialize());
        }
        finally
        {
            _gate.Release();
        }
    }

    public string Serialize() => string.Join('\n', _reportIds.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));

    private static Dictionary<string, string> Parse(string? stored) =>
        (stored ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
}
