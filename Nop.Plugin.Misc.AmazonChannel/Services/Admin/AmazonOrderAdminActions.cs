using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>
/// The grid's bookkeeping actions on Amazon order links: archive, unarchive, resolve. They change only the plugin's
/// own rows, never the store order or anything on Amazon.
/// </summary>
public class AmazonOrderAdminActions
{
    private readonly IRepository<AmazonOrderLink> _linkRepository;
    private readonly AmazonSyncErrorService _syncErrorService;
    private readonly TimeProvider _timeProvider;

    public AmazonOrderAdminActions(IRepository<AmazonOrderLink> linkRepository, AmazonSyncErrorService syncErrorService, TimeProvider timeProvider)
    {
        _linkRepository = linkRepository;
        _syncErrorService = syncErrorService;
        _timeProvider = timeProvider;
    }

    public Task<AmazonOrderLink?> GetLinkAsync(int id) => _linkRepository.GetByIdAsync(id)!;

    /// <summary>Archives or unarchives the given links; returns how many changed.</summary>
    public async Task<int> SetArchivedAsync(IReadOnlyCollection<int> linkIds, bool archived)
    {
        if (linkIds.Count == 0)
            return 0;
        var ids = linkIds.ToArray();
        var links = await _linkRepository.GetAllAsync(query => query.Where(link => ids.Contains(link.Id) && link.IsArchived != archived));
        foreach (var link in links)
        {
            link.IsArchived = archived;
            link.UpdatedOnUtc = UtcNow();
        }
        if (links.Count > 0)
            await _linkRepository.UpdateAsync(links, false);
        return links.Count;
    }

    /// <summary>
    /// The admin has dealt with the order's problem outside the plugin: its open sync errors are resolved and its last
    /// error cleared; a failed order becomes "not imported" (listed only) so it leaves the Errors tab. Retry stays possible.
    /// </summary>
    public async Task<bool> ResolveAsync(int linkId)
    {
        var link = await _linkRepository.GetByIdAsync(linkId);
        if (link is null)
            return false;

        await _syncErrorService.ResolveForOrderLinkAsync(link.Id);
        link.LastError = null;
        if (link.SyncStatus == AmazonOrderSyncStatus.Failed)
            link.SyncStatus = AmazonOrderSyncStatus.NotImported;
        link.UpdatedOnUtc = UtcNow();
        await _linkRepository.UpdateAsync(link, false);
        return true;
    }

    private DateTime UtcNow() => _timeProvider.GetUtcNow().UtcDateTime;
}
