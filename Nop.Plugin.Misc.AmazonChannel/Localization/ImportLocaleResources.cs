using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>The order import's sync-error texts, one per code of <see cref="ImportErrorCodes"/>.</summary>
internal static class ImportLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        foreach (var (code, text) in ImportErrorCodes.Templates)
            resources[AmazonSyncError.ResourceKeyFor(code.Value)] = text;
    }
}
