using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Plugin;

public class HistoryCleanupServiceTests : DatabaseTestBase
{
    private static readonly DateTime _now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private HistoryCleanupService _service = null!;
    private int _accountId;

    [SetUp]
    public async Task SetUp()
    {
        _service = new HistoryCleanupService(Database.GetRepository<AmazonOutboundRequest>(), Database.GetRepository<AmazonSyncError>(),
            Database.GetRepository<AmazonSyncLogEntry>(), new FixedTimeProvider(_now));
        _accountId = (await EntityFactory.InsertAccountAsync(Database)).Id;
    }

    [Test]
    public async Task RemovesOnlyConfirmedRequestsPastRetention()
    {
        await InsertRequestAsync("old-accepted", AmazonOutboundRequestState.Accepted, completedDaysAgo: 100);
        await InsertRequestAsync("old-cancelled", AmazonOutboundRequestState.Cancelled, completedDaysAgo: 100);
        await InsertRequestAsync("recent-accepted", AmazonOutboundRequestState.Accepted, completedDaysAgo: 10);
        await InsertRequestAsync("old-rejected", AmazonOutboundRequestState.Rejected, completedDaysAgo: 100);
        await InsertRequestAsync("old-submitted", AmazonOutboundRequestState.Submitted, completedDaysAgo: null, createdDaysAgo: 100);
        await InsertRequestAsync("old-pending", AmazonOutboundRequestState.Pending, completedDaysAgo: null, createdDaysAgo: 100);

        var result = await _service.CleanupAsync(90);

        var left = await Database.GetRepository<AmazonOutboundRequest>().GetAllAsync(query => query.OrderBy(r => r.IdempotencyKey));
        Assert.That(result.OutboundRequests, Is.EqualTo(2));
        Assert.That(left.Select(r => r.IdempotencyKey), Is.EqualTo(new[] { "old-pending", "old-rejected", "old-submitted", "recent-accepted" }));
    }

    [Test]
    public async Task KeepsAnAnswerWhoseStoreSideTheSweepMayStillFinish()
    {
        await InsertRequestAsync("unhandled-2-days", AmazonOutboundRequestState.Accepted, completedDaysAgo: 2, handled: false);
        await InsertRequestAsync("handled-2-days", AmazonOutboundRequestState.Accepted, completedDaysAgo: 2);
        await InsertRequestAsync("unhandled-30-days", AmazonOutboundRequestState.Accepted, completedDaysAgo: 30, handled: false);

        await _service.CleanupAsync(1);

        var left = await Database.GetRepository<AmazonOutboundRequest>().GetAllAsync(query => query.OrderBy(r => r.IdempotencyKey));
        Assert.That(left.Select(r => r.IdempotencyKey), Is.EqualTo(new[] { "unhandled-2-days" }));
    }

    [Test]
    public async Task RemovesOnlyResolvedErrorsAndLogLinesPastRetention()
    {
        var errors = Database.GetRepository<AmazonSyncError>();
        await errors.InsertAsync(new AmazonSyncError { AccountId = _accountId, Message = "old resolved", IsResolved = true, ResolvedOnUtc = _now.AddDays(-91), OccurredOnUtc = _now.AddDays(-95) });
        await errors.InsertAsync(new AmazonSyncError { AccountId = _accountId, Message = "old open", IsResolved = false, OccurredOnUtc = _now.AddDays(-200) });
        await errors.InsertAsync(new AmazonSyncError { AccountId = _accountId, Message = "recent resolved", IsResolved = true, ResolvedOnUtc = _now.AddDays(-1), OccurredOnUtc = _now.AddDays(-95) });
        var log = Database.GetRepository<AmazonSyncLogEntry>();
        await log.InsertAsync(new AmazonSyncLogEntry { AccountId = _accountId, Operation = "Orders", StartedOnUtc = _now.AddDays(-91) });
        await log.InsertAsync(new AmazonSyncLogEntry { AccountId = _accountId, Operation = "Orders", StartedOnUtc = _now.AddDays(-89) });

        var result = await _service.CleanupAsync(90);

        Assert.That(result.SyncErrors, Is.EqualTo(1));
        Assert.That(result.SyncLogEntries, Is.EqualTo(1));
        Assert.That((await errors.GetAllAsync(query => query)).Select(e => e.Message), Is.EquivalentTo(new[] { "old open", "recent resolved" }));
    }

    [Test]
    public void RejectsRetentionBelowOneDay()
    {
        Assert.That(async () => await _service.CleanupAsync(0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    private Task InsertRequestAsync(string key, AmazonOutboundRequestState state, int? completedDaysAgo, int createdDaysAgo = 120, bool handled = true) =>
        Database.GetRepository<AmazonOutboundRequest>().InsertAsync(new AmazonOutboundRequest
        {
            AccountId = _accountId,
            AmazonOrderId = "113-0000000-0000000",
            IdempotencyKey = key,
            Kind = AmazonOutboundRequestKind.ShipmentConfirmation,
            State = state,
            Payload = "{}",
            CreatedOnUtc = _now.AddDays(-createdDaysAgo),
            UpdatedOnUtc = _now.AddDays(-createdDaysAgo),
            CompletedOnUtc = completedDaysAgo is null ? null : _now.AddDays(-completedDaysAgo.Value),
            HandledOnUtc = completedDaysAgo is null || !handled ? null : _now.AddDays(-completedDaysAgo.Value)
        });

    private sealed class FixedTimeProvider(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow);
    }
}
