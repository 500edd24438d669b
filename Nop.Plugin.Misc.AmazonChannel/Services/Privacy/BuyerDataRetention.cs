namespace Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

/// <summary>Amazon's Data Protection Policy limit and the setting's clamp.</summary>
public static class BuyerDataRetention
{
    /// <summary>Personal data of an order is kept no longer than 30 days after shipment or delivery.</summary>
    public const int PolicyMaximumDays = 30;

    /// <summary>The configured days within 1..30: a longer (or missing) value never keeps data past the policy.</summary>
    public static int ClampDays(int configured) => configured < 1 ? PolicyMaximumDays : Math.Min(configured, PolicyMaximumDays);
}
