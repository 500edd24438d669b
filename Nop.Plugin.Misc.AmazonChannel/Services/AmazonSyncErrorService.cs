using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// Sync errors an admin must see. The same open error is recorded once (its time is refreshed), so a failing order
/// read every 30 minutes does not flood the list.
/// </summary>
public class AmazonSyncErrorService
{
    private readonly IRepository<AmazonSyncError> _errorRepository;
    private readonly TimeProvider _timeProvider;

    public AmazonSyncErrorService(IRepository<AmazonSyncError> errorRepository, TimeProvider timeProvider)
    {
        _errorRepository = errorRepository;
        _timeProvider = timeProvider;
    }

    public async Task<AmazonSyncError> RecordAsync(int accountId, AmazonOrderLink? link, string? amazonOrderId, AmazonSyncErrorKind kind, string message, string? details = null)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var kindId = (int)kind;
        var linkId = link?.Id;
        var open = (await _errorRepository.GetAllAsync(query => query.Where(error =>
            !error.IsResolved && error.AccountId == accountId && error.OrderLinkId == linkId && error.AmazonOrderId == amazonOrderId && error.KindId == kindId))).FirstOrDefault(error => error.Message == message);

        if (open is not null)
        {
            open.OccurredOnUtc = now;
            open.Details = details;
            await _errorRepository.UpdateAsync(open, false);
            return open;
        }

        var error = new AmazonSyncError
        {
            AccountId = accountId,
            OrderLinkId = linkId,
            AmazonOrderId = amazonOrderId,
            Kind = kind,
            Message = message,
            Details = details,
            OccurredOnUtc = now
        };
        await _errorRepository.InsertAsync(error, false);
        return error;
    }

    /// <summary>Marks every open error of an order resolved (after a successful import or by an admin).</summary>
    public async Task<int> ResolveForOrderLinkAsync(int orderLinkId)
    {
        var open = await _errorRepository.GetAllAsync(query => query.Where(error => !error.IsResolved && error.OrderLinkId == orderLinkId));
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        foreach (var error in open)
        {
            error.IsResolved = true;
            error.ResolvedOnUtc = now;
        }

        if (open.Count > 0)
            await _errorRepository.UpdateAsync(open, false);
        return open.Count;
    }

    public Task<IList<AmazonSyncError>> GetOpenErrorsAsync(int? orderLinkId = null) =>
        _errorRepository.GetAllAsync(query => query
            .Where(error => !error.IsResolved && (orderLinkId == null || error.OrderLinkId == orderLinkId))
            .OrderByDescending(error => error.OccurredOnUtc));
}
