namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>Where a refund ledger line comes from.</summary>
public enum AmazonRefundLedgerSource
{
    /// <summary>What the buyer paid for the component (read from Amazon's order).</summary>
    Charge = 10,

    /// <summary>A refund this plugin sent (POST_PAYMENT_ADJUSTMENT_DATA).</summary>
    PluginRefund = 20,

    /// <summary>A refund Amazon's settlement report shows that this plugin did not send (Seller Central, A-to-z, returns).</summary>
    AmazonSettlement = 30,

    /// <summary>A refund known from another Amazon source (returns report, an admin's manual entry).</summary>
    Other = 40
}
