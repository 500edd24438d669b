using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// When an account's LWA client secret was set, and which expiry warnings were given. One row per account; a change
/// of the stored (encrypted) secret is seen through its fingerprint and restarts the 180 days.
/// </summary>
public class AmazonCredentialRotation : BaseEntity
{
    public int AccountId { get; set; }

    /// <summary>SHA-256 of the encrypted secret as stored: it changes with the secret and reveals nothing of it.</summary>
    public string SecretFingerprint { get; set; } = string.Empty;

    public DateTime SecretSetOnUtc { get; set; }

    /// <summary>The last warning given: 0 none, 30 or 7 days ahead, -1 expired.</summary>
    public int LastWarningDays { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
