using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

/// <summary>Daily schedule task: warns about LWA client secrets that expire within 30 or 7 days, or have expired.</summary>
public class CredentialExpiryTask : IScheduleTask
{
    private readonly AmazonAccountService _accountService;
    private readonly CredentialExpiryService _expiryService;

    public CredentialExpiryTask(AmazonAccountService accountService, CredentialExpiryService expiryService)
    {
        _accountService = accountService;
        _expiryService = expiryService;
    }

    public async Task ExecuteAsync()
    {
        foreach (var account in await _accountService.GetAccountsAsync(enabledOnly: true))
            await _expiryService.CheckAsync(account);
    }
}
