namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// The flows that read from Amazon incrementally, each with its own checkpoint.
/// </summary>
public enum AmazonSyncKind
{
    Orders = 10,
    Returns = 20,
    Settlements = 30
}
