using System.Collections.Concurrent;
using Nop.Core.Caching;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Outbox;

/// <summary>
/// nopCommerce's distributed-cache locker as the nodes of a web farm see it: one lock table shared by every node that is
/// handed this instance; a held resource makes every other caller skip (false, the action not run); the lock is
/// released when the action ends, even by an exception; a lock not released (its node died) expires after the
/// expiration time on <paramref name="time"/>, and may then be taken again.
/// </summary>
public sealed class ExpiringLocker(TimeProvider time) : ILocker
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _held = new();

    public int Skipped;

    public async Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action)
    {
        if (!TryTake(resource, expirationTime))
        {
            Interlocked.Increment(ref Skipped);
            return false;
        }

        try
        {
            await action();
            return true;
        }
        finally
        {
            _held.TryRemove(resource, out _);
        }
    }

    /// <summary>A node that died while holding the lock: the entry stays until it expires.</summary>
    public void HoldAsIfDead(string resource, TimeSpan expirationTime) => TryTake(resource, expirationTime);

    public Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action, CancellationTokenSource cancellationTokenSource = default!) =>
        action(cancellationTokenSource?.Token ?? CancellationToken.None);

    public Task CancelTaskAsync(string key, TimeSpan expirationTime) => Task.CompletedTask;

    public Task<bool> IsTaskRunningAsync(string key) => Task.FromResult(_held.TryGetValue(key, out var until) && until > time.GetUtcNow());

    private bool TryTake(string resource, TimeSpan expirationTime)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            if (_held.TryGetValue(resource, out var until))
            {
                if (until > now)
                    return false;
                if (_held.TryUpdate(resource, now + expirationTime, until))
                    return true;
                continue;
            }

            if (_held.TryAdd(resource, now + expirationTime))
                return true;
        }
    }
}
