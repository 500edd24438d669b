using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

/// <summary>
/// The open "client secret expires soon / has expired" warnings of every account, in the admin's language: shown as
/// nopCommerce notifications where the owner fixes them (the configure page), beside the sync errors that hold them.
/// </summary>
public class CredentialExpiryNotices
{
    private static readonly string[] _codes = [PrivacyErrorCodes.SecretExpiresSoon.Value, PrivacyErrorCodes.SecretExpired.Value];

    private readonly IRepository<AmazonSyncError> _errorRepository;
    private readonly AmazonSyncErrorText _errorText;

    public CredentialExpiryNotices(IRepository<AmazonSyncError> errorRepository, AmazonSyncErrorText errorText)
    {
        _errorRepository = errorRepository;
        _errorText = errorText;
    }

    public async Task<IReadOnlyList<string>> GetOpenAsync()
    {
        var open = await _errorRepository.GetAllAsync(query => query
            .Where(error => !error.IsResolved && _codes.Contains(error.Code))
            .OrderBy(error => error.AccountId));

        var notices = new List<string>(open.Count);
        foreach (var error in open)
            notices.Add(await _errorText.GetAsync(error));
        return notices;
    }
}
