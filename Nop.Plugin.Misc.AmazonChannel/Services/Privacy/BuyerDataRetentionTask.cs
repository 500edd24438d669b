using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

/// <summary>Daily schedule task: erases the buyer data of Amazon orders past the retention period, for every account.</summary>
public class BuyerDataRetentionTask : IScheduleTask
{
    private readonly AmazonAccountService _accountService;
    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly BuyerDataRetentionService _retentionService;

    public BuyerDataRetentionTask(AmazonAccountService accountService, AmazonChannelSettingsProvider settingsProvider, BuyerDataRetentionService retentionService)
    {
        _accountService = accountService;
        _settingsProvider = settingsProvider;
        _retentionService = retentionService;
    }

    // Disabled accounts too: their orders' buyer data expires all the same.
    public async Task ExecuteAsync()
    {
        foreach (var account in await _accountService.GetAccountsAsync())
            await _retentionService.EraseExpiredAsync(account, await _settingsProvider.ForAccountAsync(account));
    }
}
