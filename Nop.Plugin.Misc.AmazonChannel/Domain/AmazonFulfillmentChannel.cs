namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Who fulfils an Amazon order: the merchant (MFN, "fulfilled by merchant") or Amazon (AFN, FBA).
/// </summary>
public enum AmazonFulfillmentChannel
{
    Merchant = 10,
    Amazon = 20
}
