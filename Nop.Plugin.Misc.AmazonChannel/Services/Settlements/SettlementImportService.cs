using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>
/// The settlements flow of every enabled account: lists the settlement reports Amazon generated in the last
/// <see cref="LookbackDays"/> days (Amazon keeps them 90), reads each one not recorded yet, and records it
/// (<see cref="SettlementRecorder"/>, idempotent per settlement ID).
/// </summary>
public class SettlementImportService
{
    /// <summary>Amazon keeps settlement reports 90 days.</summary>
    public const int LookbackDays = 90;

    private static readonly TimeSpan _runLockTime = TimeSpan.FromHours(1);
    private readonly AmazonAccountService _accountService;
    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly ISettlementReportSource _source;
    private readonly SettlementRecorder _recorder;
    private readonly IRepository<AmazonSettlement> _settlements;
    private readonly AmazonSyncErrorService _errors;
    private readonly AmazonSyncLog _syncLog;
    private readonly ILocker _locker;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public SettlementImportService(AmazonAccountService accountService,
        AmazonChannelSettingsProvider settingsProvider,
        ISettlementReportSource source,
        SettlementRecorder recorder,
        IRepository<AmazonSettlement> settlements,
        AmazonSyncErrorService errors,
        AmazonSyncLog syncLog,
        ILocker locker,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _accountService = accountService;
        _settingsProvider = settingsProvider;
        _source = source;
        _recorder = recorder;
        _settlements = settlements;
        _errors = errors;
        _syncLog = syncLog;
        _locker = locker;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public Task<bool> ImportAllAsync(CancellationToken cancellationToken = default) =>
        _locker.PerformActionWithLockAsync("Nop.Plugin.Misc.AmazonChannel.SettlementImport", _runLockTime, async () =>
        {
            foreach (var account in await _accountService.GetAccountsAsync(enabledOnly: true))
            {
                if ((await _settingsProvider.ForAccountAsync(account)).DownloadSettlements)
                    await ImportAccountAsync(account, cancellationToken);
            }
        });

    public async Task<int> ImportAccountAsync(AmazonAccount account, CancellationToken cancellationToken)
    {
        var entry = await _syncLog.StartAsync(account.Id, "Settlements", "getReports");
        IReadOnlyList<SettlementReportInfo> reports;
        try
        {
            reports = await _source.ListAsync(account, _timeProvider.GetUtcNow().UtcDateTime.AddDays(-LookbackDays), cancellationToken);
        }
        catch (SettlementReportException exception)
        {
            await _errors.RecordAsync(account.Id, null, null, SettlementErrorCodes.ListFailed, [exception.Message]);
            await _syncLog.FinishAsync(entry, 0, 0, 0, false, exception.Message);
            return 0;
        }

        var knownReports = (await _settlements.GetAllAsync(query => query.Where(s => s.AccountId == account.Id && s.TransactionCount >= 0)))
            .Select(s => s.ReportId).ToHashSet(StringComparer.Ordinal);
        int recorded = 0, failed = 0;
        foreach (var report in reports.Where(r => !knownReports.Contains(r.ReportId)))
        {
            try
            {
                var parsed = SettlementReportParser.Parse(await _source.DownloadAsync(account, report.ReportId, cancellationToken), report.MarketplaceIds);
                var outcome = await _recorder.RecordAsync(account, report.ReportId, parsed);
                recorded += outcome.AlreadyRecorded ? 0 : 1;
                failed += outcome.Failed;
                await _logger.InformationAsync($"Amazon channel settlement {parsed.Summary.SettlementId}, account {account.Id}: {outcome.Transactions} transactions, "
                    + $"{outcome.OrdersMatched} matched to store orders, {outcome.AmazonSideRefundsApplied} Amazon-side refunds applied, {outcome.Failed} problems"
                    + (outcome.AlreadyRecorded ? " (already recorded)." : "."));
            }
            catch (Exception exception) when (exception is SettlementReportException or FormatException)
            {
                await _errors.RecordAsync(account.Id, null, null, SettlementErrorCodes.ReportUnreadable, [report.ReportId, exception.Message]);
                failed++;
            }
        }

        await _syncLog.FinishAsync(entry, reports.Count, recorded, failed, failed == 0, $"{recorded} settlements recorded, {failed} problems");
        return recorded;
    }
}
