namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Why an Amazon order (or a sync run) could not be processed. Each kind has its own fix in docs/order-import.md.
/// </summary>
public enum AmazonSyncErrorKind
{
    UnknownSku = 10,
    InvalidAddress = 20,
    UnknownCurrency = 30,
    UnknownCountry = 40,
    AmazonApiError = 50,
    Throttled = 60,
    InvalidCredentials = 70,
    MalformedData = 80,
    ShipmentRejected = 90,
    CancellationRejected = 100,
    RefundRejected = 110,
    Other = 1000
}
