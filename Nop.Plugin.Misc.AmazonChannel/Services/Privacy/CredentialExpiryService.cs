using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

/// <summary>The state of an account's LWA client secret.</summary>
public enum CredentialExpiryStage
{
    Valid,
    ExpiresIn30Days,
    ExpiresIn7Days,
    Expired
}

/// <summary>
/// Amazon requires rotating the LWA client secret about every 180 days. From the date the secret was set
/// (<see cref="AmazonAccount.LwaClientSecretSetOnUtc"/>, else the account's creation), warns 30 and 7 days ahead and
/// after expiry: once per stage, as a sync error (the admin's list) and a warning in nopCommerce's log (System > Log).
/// A new secret (more than 30 days left) resolves the warnings.
/// </summary>
public class CredentialExpiryService
{
    public const int SecretLifetimeDays = 180;

    private readonly AmazonSyncErrorService _errors;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public CredentialExpiryService(AmazonSyncErrorService errors, ILogger logger, TimeProvider timeProvider)
    {
        _errors = errors;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public static DateTime ExpiresOnUtc(AmazonAccount account) => (account.LwaClientSecretSetOnUtc ?? account.CreatedOnUtc).AddDays(SecretLifetimeDays);

    public static CredentialExpiryStage StageOf(AmazonAccount account, DateTime nowUtc)
    {
        var left = ExpiresOnUtc(account) - nowUtc;
        return left <= TimeSpan.Zero ? CredentialExpiryStage.Expired
            : left <= TimeSpan.FromDays(7) ? CredentialExpiryStage.ExpiresIn7Days
            : left <= TimeSpan.FromDays(30) ? CredentialExpiryStage.ExpiresIn30Days
            : CredentialExpiryStage.Valid;
    }

    /// <summary>Checks one account; returns its stage and whether a new warning was given.</summary>
    public async Task<(CredentialExpiryStage Stage, bool Warned)> CheckAsync(AmazonAccount account)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var stage = StageOf(account, now);
        var expires = ExpiresOnUtc(account).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var open = (await _errors.GetOpenErrorsAsync()).Where(e => e.AccountId == account.Id).ToList();

        if (stage == CredentialExpiryStage.Valid)
        {
            await _errors.ResolveAsync(account.Id, null, PrivacyErrorCodes.SecretExpiresSoon);
            await _errors.ResolveAsync(account.Id, null, PrivacyErrorCodes.SecretExpired);
            return (stage, false);
        }

        var (code, arguments) = stage == CredentialExpiryStage.Expired
            ? (PrivacyErrorCodes.SecretExpired, new[] { account.Name, (account.LwaClientSecretSetOnUtc ?? account.CreatedOnUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), expires })
            : (PrivacyErrorCodes.SecretExpiresSoon, new[] { account.Name, stage == CredentialExpiryStage.ExpiresIn7Days ? "7" : "30", expires });

        if (open.Any(e => e.Code == code.Value && e.GetArguments().SequenceEqual(arguments)))
            return (stage, false);

        if (stage == CredentialExpiryStage.Expired)
            await _errors.ResolveAsync(account.Id, null, PrivacyErrorCodes.SecretExpiresSoon);
        var error = await _errors.RecordAsync(account.Id, null, null, code, arguments);
        await _logger.WarningAsync($"Amazon channel: {error.Message}");
        return (stage, true);
    }
}
