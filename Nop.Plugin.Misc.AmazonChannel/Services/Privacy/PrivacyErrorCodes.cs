using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

/// <summary>Sync error codes of the credential rotation check (PrivacyLocaleResources).</summary>
public static class PrivacyErrorCodes
{
    /// <summary>{0} account name, {1} days left (30 or 7: the warning given), {2} expiry date (yyyy-MM-dd, UTC).</summary>
    public static readonly SyncErrorCode SecretExpiresSoon = new("Credentials.SecretExpiresSoon", AmazonSyncErrorKind.InvalidCredentials);

    /// <summary>{0} account name, {1} the date the secret was set, {2} the date it expired (yyyy-MM-dd, UTC).</summary>
    public static readonly SyncErrorCode SecretExpired = new("Credentials.SecretExpired", AmazonSyncErrorKind.InvalidCredentials);
}
