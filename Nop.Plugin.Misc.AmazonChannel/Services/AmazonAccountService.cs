using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// Reads and writes Amazon accounts. The LWA client secret and the refresh token are encrypted with nopCommerce's
/// encryption key before they reach the database and are decrypted only when a client needs them.
/// </summary>
public class AmazonAccountService
{
    private readonly IRepository<AmazonAccount> _accountRepository;
    private readonly IEncryptionService _encryptionService;
    private readonly TimeProvider _timeProvider;

    public AmazonAccountService(IRepository<AmazonAccount> accountRepository, IEncryptionService encryptionService, TimeProvider timeProvider)
    {
        _accountRepository = accountRepository;
        _encryptionService = encryptionService;
        _timeProvider = timeProvider;
    }

    /// <summary>Plain-text credentials of one account; never store, log or display them.</summary>
    public sealed record Credentials(string ClientId, string ClientSecret, string RefreshToken)
    {
        public override string ToString() => $"Credentials {{ ClientId = {ClientId}, ClientSecret = ***, RefreshToken = *** }}";
    }

    public Task<AmazonAccount?> GetAccountByIdAsync(int accountId) => _accountRepository.GetByIdAsync(accountId)!;

    public Task<IList<AmazonAccount>> GetAccountsAsync(bool enabledOnly = false) =>
        _accountRepository.GetAllAsync(query => (enabledOnly ? query.Where(account => account.Enabled) : query).OrderBy(account => account.Name));

    public async Task InsertAccountAsync(AmazonAccount account, string clientSecret, string refreshToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        SetSecrets(account, clientSecret, refreshToken);
        account.CreatedOnUtc = account.UpdatedOnUtc = UtcNow();
        await _accountRepository.InsertAsync(account, false);
    }

    /// <summary>Saves the account; secrets passed as null or empty keep their stored values (the admin form never echoes them).</summary>
    public async Task UpdateAccountAsync(AmazonAccount account, string? newClientSecret = null, string? newRefreshToken = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!string.IsNullOrEmpty(newClientSecret))
        {
            account.LwaClientSecretEncrypted = _encryptionService.EncryptText(newClientSecret);
            account.LwaClientSecretSetOnUtc = UtcNow();
        }
        if (!string.IsNullOrEmpty(newRefreshToken))
            account.RefreshTokenEncrypted = _encryptionService.EncryptText(newRefreshToken);

        account.UpdatedOnUtc = UtcNow();
        await _accountRepository.UpdateAsync(account, false);
    }

    public Task DeleteAccountAsync(AmazonAccount account) => _accountRepository.DeleteAsync(account, false);

    public Credentials GetCredentials(AmazonAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new Credentials(account.LwaClientId,
            _encryptionService.DecryptText(account.LwaClientSecretEncrypted),
            _encryptionService.DecryptText(account.RefreshTokenEncrypted));
    }

    private void SetSecrets(AmazonAccount account, string clientSecret, string refreshToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        account.LwaClientSecretEncrypted = _encryptionService.EncryptText(clientSecret);
        account.LwaClientSecretSetOnUtc = UtcNow();
        account.RefreshTokenEncrypted = _encryptionService.EncryptText(refreshToken);
    }

    private DateTime UtcNow() => _timeProvider.GetUtcNow().UtcDateTime;
}
