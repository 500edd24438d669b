using System.Globalization;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>
/// Records outbox and fulfillment sync errors by code and arguments (never buyer data). The message is the code's
/// English locale resource with the arguments filled in, so the admin list reads well in any language pack later.
/// </summary>
public class OutboxErrorRecorder
{
    private readonly AmazonSyncErrorService _syncErrors;
    private readonly IRepository<AmazonOrderLink> _links;

    public OutboxErrorRecorder(AmazonSyncErrorService syncErrors, IRepository<AmazonOrderLink> links)
    {
        _syncErrors = syncErrors;
        _links = links;
    }

    public static string ResourceKey(string code) => $"{AmazonChannelDefaults.LocalePrefix}.SyncErrors.{code}";

    /// <summary>The English text of a code with its arguments.</summary>
    public static string Format(string code, params object?[] arguments) =>
        AmazonChannelLocaleResources.All.TryGetValue(ResourceKey(code), out var template)
            ? string.Format(CultureInfo.InvariantCulture, template, arguments)
            : $"{code} ({string.Join(", ", arguments)})";

    /// <summary>The sync error kind of a rejected request of a kind.</summary>
    public static AmazonSyncErrorKind RejectionKind(AmazonOutboundRequestKind kind) => kind switch
    {
        AmazonOutboundRequestKind.ShipmentConfirmation => AmazonSyncErrorKind.ShipmentRejected,
        AmazonOutboundRequestKind.Cancellation => AmazonSyncErrorKind.CancellationRejected,
        AmazonOutboundRequestKind.Refund => AmazonSyncErrorKind.RefundRejected,
        _ => AmazonSyncErrorKind.AmazonApiError
    };

    public async Task RecordAsync(int accountId, int? orderLinkId, string? amazonOrderId, AmazonSyncErrorKind kind, string code, params object?[] arguments)
    {
        var link = orderLinkId is null ? null : (await _links.GetAllAsync(query => query.Where(l => l.Id == orderLinkId))).FirstOrDefault();
        await _syncErrors.RecordAsync(accountId, link, amazonOrderId, kind, Format(code, arguments), code);
    }
}
