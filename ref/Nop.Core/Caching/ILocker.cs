namespace Nop.Core.Caching;

/// <summary>Distributed lock and background-task heartbeat.</summary>
public partial interface ILocker
{
    /// <summary>Runs the action under an exclusive lock; the result tells whether the lock was acquired.</summary>
    Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action);

    /// <summary>Runs a background task while keeping a heartbeat key alive so that others don't start it too.</summary>
    Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action, CancellationTokenSource cancellationTokenSource = default);

    /// <summary>Asks a running background task to stop at its next heartbeat.</summary>
    Task CancelTaskAsync(string key, TimeSpan expirationTime);

    /// <summary>Whether the background task with the key is running.</summary>
    Task<bool> IsTaskRunningAsync(string key);
}
