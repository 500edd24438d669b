using Nop.Core.Caching;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>
/// The returns flow of every enabled account: per marketplace, the returns report of the last
/// <see cref="WindowDays"/> days (Amazon's limit per request), so a return's later status changes are read again and
/// applied; creating return requests is idempotent (<see cref="AmazonReturnProcessor"/>).
/// </summary>
public class ReturnsImportService
{
    /// <summary>Amazon's limit for one returns report.</summary>
    public const int WindowDays = 60;

    private static readonly TimeSpan _runLockTime = TimeSpan.FromHours(1);
    private readonly AmazonAccountService _accountService;
    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly IReturnsReportSource _source;
    private readonly AmazonReturnProcessor _processor;
    private readonly AmazonSyncErrorService _errors;
    private readonly AmazonSyncLog _syncLog;
    private readonly AmazonSyncCheckpointStore _checkpoints;
    private readonly ILocker _locker;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public ReturnsImportService(AmazonAccountService accountService,
        AmazonChannelSettingsProvider settingsProvider,
        IReturnsReportSource source,
        AmazonReturnProcessor processor,
        AmazonSyncErrorService errors,
        AmazonSyncLog syncLog,
        AmazonSyncCheckpointStore checkpoints,
        ILocker locker,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _accountService = accountService;
        _settingsProvider = settingsProvider;
        _source = source;
        _processor = processor;
        _errors = errors;
        _syncLog = syncLog;
        _checkpoints = checkpoints;
        _locker = locker;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public Task<bool> ImportAllAsync(CancellationToken cancellationToken = default) =>
        _locker.PerformActionWithLockAsync("Nop.Plugin.Misc.AmazonChannel.ReturnsImport", _runLockTime, async () =>
        {
            foreach (var account in await _accountService.GetAccountsAsync(enabledOnly: true))
            {
                var settings = await _settingsProvider.ForAccountAsync(account);
                if (!settings.DownloadReturns)
                    continue;
                foreach (var marketplaceId in account.GetMarketplaceIds())
                    await ImportMarketplaceAsync(account, settings, marketplaceId, cancellationToken);
            }
        });

    public async Task<ReturnsOutcome?> ImportMarketplaceAsync(AmazonAccount account, AmazonChannelSettings settings, string marketplaceId, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var entry = await _syncLog.StartAsync(account.Id, "Returns", "returns report");
        string? text;
        try
        {
            text = await _source.GetReturnsReportAsync(account, marketplaceId, now.AddDays(-WindowDays), now, cancellationToken);
        }
        catch (ReturnsReportException exception)
        {
            await _errors.RecordAsync(account.Id, null, null, ReturnErrorCodes.ReportFailed, [marketplaceId, exception.Message]);
            await _syncLog.FinishAsync(entry, 0, 0, 0, false, exception.Message);
            return null;
        }

        var parsed = ReturnsReportParser.Parse(text ?? string.Empty, MarketplaceAmountFormat.ForOrUnambiguous(marketplaceId));
        foreach (var error in parsed.Errors)
            await _errors.RecordAsync(account.Id, null, null, ReturnErrorCodes.BadRow, [error.RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message]);

        var outcome = await _processor.ProcessAsync(account, settings, parsed.Lines);
        var failed = outcome.Failed + parsed.Errors.Count;
        var summary = $"{outcome.Created} return requests created, {outcome.Updated} updated, {outcome.Skipped} lines skipped, {failed} failed";
        await _syncLog.FinishAsync(entry, parsed.Lines.Count + parsed.Errors.Count, outcome.Created + outcome.Updated + outcome.Skipped, failed, failed == 0, summary);
        await _checkpoints.SaveAsync(account.Id, marketplaceId, AmazonSyncKind.Returns, now);
        await _logger.InformationAsync($"Amazon channel returns, account {account.Id}, marketplace {marketplaceId}: {summary}.");
        return outcome;
    }
}
