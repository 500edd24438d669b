using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>
/// The general sync-error codes, one per kind, whose only argument is a message already written for the admin (callers
/// that have no code of their own yet). Flow-specific codes have their own resources in each flow's file.
/// </summary>
internal static class SyncErrorLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        foreach (var kind in Enum.GetValues<AmazonSyncErrorKind>())
            resources[AmazonSyncError.ResourceKeyFor(AmazonSyncErrorService.GeneralCode(kind).Value)] = "{0}";
    }
}
