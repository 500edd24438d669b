namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>Thrown where a test simulates the process dying.</summary>
public sealed class SimulatedCrashException(string step) : Exception($"Simulated crash at {step}");

/// <summary>
/// Counts every persisted step (store writes and plugin table writes) and can crash at the Nth one, so a test can
/// stop an import at each step in turn and run it again.
/// </summary>
public sealed class CrashPlan
{
    private readonly object _sync = new();

    public int? CrashAt { get; set; }

    /// <summary>Called with each step's name before it is persisted (e.g. to stop a run at a chosen step).</summary>
    public Action<string>? OnStep { get; set; }

    public int Steps { get; private set; }

    public List<string> Log { get; } = [];

    public void Step(string name)
    {
        lock (_sync)
        {
            Steps++;
            Log.Add(name);
            OnStep?.Invoke(name);
            if (CrashAt == Steps)
            {
                CrashAt = null;
                throw new SimulatedCrashException(name);
            }
        }
    }

    public void Reset()
    {
        lock (_sync)
        {
            Steps = 0;
            Log.Clear();
        }
    }
}
