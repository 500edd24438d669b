namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// A stable sync-error code (for example <c>Fulfillment.CarrierNotMapped</c>) and the broad kind it belongs to. The
/// admin sees the code's locale resource (<see cref="AmazonSyncError.ResourceKeyFor"/>) with the error's arguments in its
/// placeholders, so the text can be translated; the code never changes once released.
/// </summary>
public readonly record struct SyncErrorCode(string Value, AmazonSyncErrorKind Kind)
{
    public override string ToString() => Value;
}
