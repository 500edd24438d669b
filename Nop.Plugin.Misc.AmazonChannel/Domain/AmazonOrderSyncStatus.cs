namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Where an Amazon order stands in the plugin's sync, shown in the Amazon orders grid.
/// </summary>
public enum AmazonOrderSyncStatus
{
    /// <summary>Seen on Amazon, not yet eligible for a store order (e.g. Pending).</summary>
    Waiting = 10,

    /// <summary>Mapped to a store order.</summary>
    Imported = 20,

    /// <summary>Kept in the grid only ("create native store orders" is off, or an FBA order not imported).</summary>
    NotImported = 30,

    /// <summary>Could not be mapped; see the sync errors.</summary>
    Failed = 40
}
