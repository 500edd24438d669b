namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>State of a refund ledger line.</summary>
public enum AmazonRefundLedgerEntryStatus
{
    /// <summary>Requested, not yet confirmed by Amazon: it already counts against what is left, so two requests cannot both spend it.</summary>
    Reserved = 10,

    /// <summary>Confirmed by Amazon (processing report, settlement) or a charge.</summary>
    Confirmed = 20,

    /// <summary>Rejected by Amazon or by an admin: no longer counts.</summary>
    Released = 30
}
