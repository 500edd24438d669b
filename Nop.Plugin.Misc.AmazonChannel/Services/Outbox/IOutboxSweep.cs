using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// Finds what a flow owes Amazon but never recorded (an event lost to a crash) and records it; run by the outbox for
/// each account, under the account's lock, before anything is sent.
/// </summary>
public interface IOutboxSweep
{
    /// <summary>How many requests were recorded.</summary>
    Task<int> RunAsync(AmazonAccount account);
}
