using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.Widgets;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Services.Localization;
using Nop.Services.Shipping;

namespace Nop.Plugin.Misc.AmazonChannel.Factories;

/// <summary>
/// Prepares the buttons of the Amazon panel: reads only the plugin's tables and nopCommerce's shipments (opening the
/// order page never calls Amazon; what the buyer paid is read from Amazon on the first refund or on the admin's request).
/// </summary>
public class OrderPanelActionsModelFactory
{
    /// <summary>The charges a refund gives back, each capped by what is left of it; then a deduction and an extra, capped by the item.</summary>
    internal static readonly AmazonRefundComponent[] Charged =
    [
        AmazonRefundComponent.Principal, AmazonRefundComponent.Shipping, AmazonRefundComponent.Tax, AmazonRefundComponent.ShippingTax,
        AmazonRefundComponent.GiftWrap, AmazonRefundComponent.COD
    ];

    internal static readonly AmazonRefundComponent[] Uncapped = [AmazonRefundComponent.RestockingFee, AmazonRefundComponent.Goodwill];

    private readonly RefundOrderContext _context;
    private readonly RefundLedger _ledger;
    private readonly CancellationRequestService _cancellations;
    private readonly OutboxStore _outbox;
    private readonly IShipmentService _shipmentService;
    private readonly ILocalizationService _localizationService;

    public OrderPanelActionsModelFactory(RefundOrderContext context, RefundLedger ledger, CancellationRequestService cancellations, OutboxStore outbox,
        IShipmentService shipmentService, ILocalizationService localizationService)
    {
        _context = context;
        _ledger = ledger;
        _cancellations = cancellations;
        _outbox = outbox;
        _shipmentService = shipmentService;
        _localizationService = localizationService;
    }

    public async Task<OrderPanelActionsModel> PrepareAsync(AmazonOrderLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var state = AmazonOrderState.Of(link);
        var balance = await _ledger.GetBalanceAsync(link);
        var model = new OrderPanelActionsModel
        {
            OrderId = link.OrderId ?? 0,
            CanCancel = !state.IsFulfilledByAmazon && !state.IsCancelled,
            IsOnHold = link.IsOnHold,
            BuyerRequestHours = _cancellations.BuyerRequestAge(link) is { } age ? (int)Math.Floor(age.TotalHours) : null,
            ChargesKnown = balance.HasCharges,
            CurrencyCode = balance.CurrencyCode
        };

        var open = (await _outbox.GetForOrderAsync(link.AccountId, link.AmazonOrderId, AmazonOutboundRequestKind.Cancellation))
            .Where(CancellationClaims.IsOpen).Select(r => (Request: r, Payload: PayloadJson.Read<CancellationPayload>(r.Payload))).ToList();
        foreach (var item in await _context.GetItemLinksAsync(link.Id))
            model.Items.Add(await PrepareItemAsync(item, balance, CancellationClaims.Claimed(open, item.AmazonOrderItemId)));

        if (link.OrderId is { } orderId)
        {
            foreach (var shipment in await _shipmentService.GetShipmentsByOrderIdAsync(orderId))
                model.Shipments.Add(await PrepareShipmentAsync(link, shipment));
        }

        model.AvailableCancelReasons = await ReasonsAsync<AmazonCancelReason>();
        model.AvailableRefundReasons = await ReasonsAsync<AmazonAdjustmentReason>();
        return model;
    }

    private async Task<OrderPanelItemModel> PrepareItemAsync(AmazonOrderItemLink item, RefundBalance balance, int claimed)
    {
        var model = new OrderPanelItemModel
        {
            AmazonOrderItemId = item.AmazonOrderItemId,
            SellerSku = item.SellerSku,
            QuantityOrdered = item.QuantityOrdered,
            QuantityShipped = item.QuantityShipped,
            QuantityCancelled = item.QuantityCancelled,
            QuantityUnshipped = Math.Max(0, item.QuantityOrdered - item.QuantityShipped - item.QuantityCancelled),
            QuantityCancellable = CancellationClaims.Available(item, claimed)
        };
        var known = balance.Items.Contains(item.AmazonOrderItemId);
        foreach (var component in Charged)
        {
            var paid = known ? balance.Paid(item.AmazonOrderItemId, component) : (decimal?)null;
            if (paid == 0)
                continue;
            model.Components.Add(new OrderPanelComponentModel
            {
                ComponentId = (int)component,
                Name = await _localizationService.GetLocalizedEnumAsync(component),
                Paid = paid,
                Remaining = known ? balance.Remaining(item.AmazonOrderItemId, component) : null
            });
        }

        foreach (var component in Uncapped)
            model.Components.Add(new OrderPanelComponentModel { ComponentId = (int)component, Name = await _localizationService.GetLocalizedEnumAsync(component) });
        return model;
    }

    private async Task<OrderPanelShipmentModel> PrepareShipmentAsync(AmazonOrderLink link, Nop.Core.Domain.Shipping.Shipment shipment)
    {
        var request = await _outbox.FindAsync(link.AccountId, ShipmentConfirmationService.KeyFor(shipment.Id));
        var model = new OrderPanelShipmentModel { ShipmentId = shipment.Id, TrackingNumber = shipment.TrackingNumber };
        if (request is null)
        {
            model.State = await _localizationService.GetResourceAsync(shipment.ShippedDateUtc is null
                ? "Plugins.Misc.AmazonChannel.OrderPanel.Shipments.NotShipped"
                : "Plugins.Misc.AmazonChannel.OrderPanel.Shipments.NotRecorded");
            model.CanSendNow = shipment.ShippedDateUtc is not null;
            return model;
        }

        model.State = await _localizationService.GetLocalizedEnumAsync(request.State);
        model.Result = string.IsNullOrEmpty(request.ResultCode) ? request.ResultMessage : $"{request.ResultCode}: {request.ResultMessage}";
        model.CanSendNow = ShipmentSendNow.CanSendNow(request.State);
        return model;
    }

    private async Task<IList<SelectListItem>> ReasonsAsync<TEnum>() where TEnum : struct, Enum
    {
        var items = new List<SelectListItem>();
        foreach (var value in Enum.GetValues<TEnum>())
            items.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(value), Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
        return items;
    }
}
