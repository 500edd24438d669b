namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>Counts of one import window.</summary>
public sealed record OrderImportSummary(string Method, int Read, int Created, int Updated, int Failed, int Skipped, DateTime SyncedUpToUtc);

/// <summary>What one window did, and which orders it had to hold back (a transient failure, another node's lock).</summary>
internal sealed class ImportTally
{
    public int Read;
    public int Created;
    public int Updated;
    public int Failed;
    public int Skipped;

    /// <summary>Orders not processed for a transient reason, with their last-update time.</summary>
    public Dictionary<string, DateTime> Held { get; } = new(StringComparer.Ordinal);

    public int Succeeded => Created + Updated + Skipped;

    public DateTime? EarliestHeldUtc => Held.Count == 0 ? null : Held.Values.Min().AddSeconds(-1);

    public void Count(OrderImportOutcome outcome, AmazonOrderSnapshot order)
    {
        switch (outcome)
        {
            case OrderImportOutcome.Created: Created++; break;
            case OrderImportOutcome.Updated or OrderImportOutcome.Stale: Updated++; break;
            // Set aside with a sync error (link Failed): the window moves on.
            case OrderImportOutcome.Failed: Failed++; break;
            case OrderImportOutcome.Busy: Hold(order); break;
            default: Skipped++; break;
        }
    }

    public void Hold(AmazonOrderSnapshot order)
    {
        Failed++;
        Held[order.AmazonOrderId] = Held.TryGetValue(order.AmazonOrderId, out var earlier) && earlier < order.LastUpdateDateUtc ? earlier : order.LastUpdateDateUtc;
    }

    public OrderImportSummary ToSummary(string method, DateTime syncedUpTo) => new(method, Read, Created, Updated, Failed, Skipped, syncedUpTo);
}
