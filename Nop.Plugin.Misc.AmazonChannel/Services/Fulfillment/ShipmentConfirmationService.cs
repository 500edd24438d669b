using System.Globalization;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>
/// Records what a store shipment owes Amazon in the outbox (never calls Amazon: the admin request that marks a
/// shipment shipped does not wait). One confirmation per shipment ("shipment:{id}"); a tracking number set or changed
/// after it was sent is one update per tracking number ("shipment:{id}:tracking:{number}"), sent with the same
/// packageReferenceId so Amazon edits the package.
/// </summary>
public class ShipmentConfirmationService
{
    private readonly ShipmentConfirmationPlanner _planner;
    private readonly OutboxStore _outbox;
    private readonly OutboxErrorRecorder _errors;
    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly AmazonAccountService _accounts;

    public ShipmentConfirmationService(ShipmentConfirmationPlanner planner, OutboxStore outbox, OutboxErrorRecorder errors,
        AmazonChannelSettingsProvider settingsProvider, AmazonAccountService accounts)
    {
        _planner = planner;
        _outbox = outbox;
        _errors = errors;
        _settingsProvider = settingsProvider;
        _accounts = accounts;
    }

    public static string KeyFor(int shipmentId) => "shipment:" + shipmentId.ToString(CultureInfo.InvariantCulture);

    public static string UpdateKeyFor(int shipmentId, string trackingNumber) => $"{KeyFor(shipmentId)}:tracking:{trackingNumber}";

    /// <summary>The shipment was marked shipped: record its confirmation (once).</summary>
    public async Task<AmazonOutboundRequest?> ShipmentSentAsync(Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        if (shipment.ShippedDateUtc is null || await _planner.FindLinkAsync(shipment.OrderId) is not { } link)
            return null;
        var existing = await _outbox.FindAsync(link.AccountId, KeyFor(shipment.Id));
        if (existing is not null)
            return existing;
        var settings = await SettingsAsync(link);
        if (settings is null)
            return null;

        var plan = await _planner.PlanAsync(link, shipment, settings, isUpdate: false);
        var (request, created) = await _outbox.RecordAsync(NewRequest(link, KeyFor(shipment.Id), plan));
        if (created)
            await ReportBlockAsync(plan);
        return request;
    }

    /// <summary>A tracking number was set or changed: rebuild a confirmation not yet sent, or record an update of a sent one.</summary>
    public async Task<AmazonOutboundRequest?> TrackingNumberSetAsync(Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        if (shipment.ShippedDateUtc is null || await _planner.FindLinkAsync(shipment.OrderId) is not { } link)
            return null;
        var existing = await _outbox.FindAsync(link.AccountId, KeyFor(shipment.Id));
        if (existing is null)
            return await ShipmentSentAsync(shipment);
        var settings = await SettingsAsync(link);
        if (settings is null)
            return existing;

        switch (existing.State)
        {
            case AmazonOutboundRequestState.Pending or AmazonOutboundRequestState.Blocked:
                var replanned = await _planner.PlanAsync(link, shipment, settings, isUpdate: false);
                Apply(existing, replanned);
                await _outbox.UpdateAsync(existing);
                await ReportBlockAsync(replanned);
                return existing;
            case AmazonOutboundRequestState.Submitted or AmazonOutboundRequestState.AwaitingVerification or AmazonOutboundRequestState.Accepted:
                var sent = ShipmentConfirmationPayload.FromJson(existing.Payload);
                var tracking = shipment.TrackingNumber?.Trim();
                if (string.IsNullOrEmpty(tracking) || tracking == sent.TrackingNumber)
                    return existing;
                var plan = await _planner.PlanAsync(link, shipment, settings, isUpdate: true);
                var (update, created) = await _outbox.RecordAsync(NewRequest(link, UpdateKeyFor(shipment.Id, tracking), plan));
                if (created)
                    await ReportBlockAsync(plan);
                return update;
            default:
                return existing;
        }
    }

    /// <summary>Rebuilds a request from its shipment (admin Retry); null = may be sent, otherwise why it stays blocked.</summary>
    public async Task<OutboundBlock?> ReplanAsync(AmazonOutboundRequest request, Shipment? shipment)
    {
        var link = shipment is null ? null : await _planner.FindLinkAsync(shipment.OrderId);
        var settings = link is null ? null : await SettingsAsync(link);
        if (shipment is null || link is null || settings is null)
            return new OutboundBlock(FulfillmentErrorCodes.ItemNotLinked.Value, OutboxErrorRecorder.Format(FulfillmentErrorCodes.ItemNotLinked, request.AmazonOrderId, 0));
        var isUpdate = request.IdempotencyKey.Contains(":tracking:", StringComparison.Ordinal);
        var plan = await _planner.PlanAsync(link, shipment, settings, isUpdate);
        if (plan.Payload is null)
        {
            await ReportBlockAsync(plan);
            return new OutboundBlock(plan.BlockCode!.Value.Value, plan.BlockMessage);
        }
        request.Payload = plan.Payload.ToJson();
        return null;
    }

    /// <summary>The store shipment ID a request's idempotency key names ("shipment:{id}" or "shipment:{id}:tracking:…").</summary>
    public static int? ShipmentIdOf(AmazonOutboundRequest request)
    {
        var parts = request.IdempotencyKey.Split(':');
        return parts.Length >= 2 && parts[0] == "shipment" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private async Task<AmazonChannelSettings?> SettingsAsync(AmazonOrderLink link)
    {
        var account = await _accounts.GetAccountByIdAsync(link.AccountId);
        if (account is null)
            return null;
        var settings = await _settingsProvider.ForAccountAsync(account);
        return settings.AllowFulfillmentUpload ? settings : null;
    }

    private static AmazonOutboundRequest NewRequest(AmazonOrderLink link, string key, ShipmentPlan plan)
    {
        var request = new AmazonOutboundRequest
        {
            AccountId = link.AccountId,
            OrderLinkId = link.Id,
            AmazonOrderId = link.AmazonOrderId,
            Kind = AmazonOutboundRequestKind.ShipmentConfirmation,
            IdempotencyKey = key
        };
        Apply(request, plan);
        return request;
    }

    private static void Apply(AmazonOutboundRequest request, ShipmentPlan plan)
    {
        if (plan.Payload is { } payload)
        {
            request.Payload = payload.ToJson();
            request.State = AmazonOutboundRequestState.Pending;
            request.NextAttemptOnUtc = null;
            request.ResultCode = null;
            request.ResultMessage = null;
        }
        else
        {
            request.State = AmazonOutboundRequestState.Blocked;
            request.ResultCode = plan.BlockCode!.Value.Value;
            request.ResultMessage = plan.BlockMessage;
            if (string.IsNullOrEmpty(request.Payload))
                request.Payload = "{}";
        }
    }

    /// <summary>Blocks the admin must act on become sync errors; FBA, cancelled, on-hold and already-shipped orders do not.</summary>
    private Task ReportBlockAsync(ShipmentPlan plan)
    {
        if (plan.BlockCode is not { } code || IsInformational(code))
            return Task.CompletedTask;
        return _errors.RecordAsync(plan.Link.AccountId, plan.Link.Id, plan.Link.AmazonOrderId, code, plan.BlockArguments);
    }

    public static bool IsInformational(SyncErrorCode code) =>
        code.Value == FulfillmentErrorCodes.AlreadyShippedOnAmazon.Value || code.Value == FulfillmentErrorCodes.FulfilledByAmazon.Value
        || code.Value == FulfillmentErrorCodes.CancelledOnAmazon.Value || code.Value == FulfillmentErrorCodes.OnHold.Value;
}
