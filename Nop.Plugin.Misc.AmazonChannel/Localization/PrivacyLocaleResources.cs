using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>Strings of the buyer-data retention and credential-expiry flows.</summary>
internal static class PrivacyLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        const string p = AmazonChannelDefaults.LocalePrefix;
        resources[$"{p}.Settings.BuyerDataRetentionDays"] = "Keep buyer data (days after shipment)";
        resources[$"{p}.Settings.BuyerDataRetentionDays.Hint"] = "Days after an Amazon order is shipped or cancelled before the buyer's name, e-mail, phone and addresses are erased. Amazon's Data Protection Policy allows at most 30; country, region, postal code and amounts are kept for tax records.";
        resources[$"{p}.Settings.BuyerDataRetentionDays.Range"] = "Buyer data may be kept between {0} and {1} days (Amazon's Data Protection Policy).";

        resources[AmazonSyncError.ResourceKeyFor(PrivacyErrorCodes.SecretExpiresSoon.Value)] =
            "The LWA client secret of Amazon account '{0}' expires in less than {1} days, on {2}. Before then: in Seller Central open Apps and Services > Develop Apps, choose 'Edit App' > 'View' next to LWA credentials, and generate a new client secret; then enter it as the account's LWA client secret in the Amazon channel configuration and save.";
        resources[AmazonSyncError.ResourceKeyFor(PrivacyErrorCodes.SecretExpired.Value)] =
            "The LWA client secret of Amazon account '{0}' (set on {1}) expired on {2}: Amazon refuses it, and no orders, returns or settlements are read until it is replaced. In Seller Central open Apps and Services > Develop Apps, choose 'Edit App' > 'View' next to LWA credentials, generate a new client secret, then enter it as the account's LWA client secret in the Amazon channel configuration and save. The next run resumes where it stopped.";
    }
}
