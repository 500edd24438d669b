using System.Globalization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Services.Events;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// nopCommerce's own Cancel, Refund (offline) and Partially refund (offline) buttons on an Amazon order create the same
/// Amazon requests as the plugin's own actions. Imported orders carry the payment method "Amazon", which no payment
/// plugin serves (a plugin assembly can hold one plugin type, and this one is a Misc plugin), so nopCommerce offers only
/// its offline refunds and its cancel, and tells plugins through <see cref="OrderRefundedEvent"/> and
/// <see cref="OrderStatusChangedEvent"/>:
/// <list type="bullet">
/// <item>A refund: nopCommerce has already raised the refunded amount; it is put back at once (the store order's payment
/// status and refunded amount follow Amazon's answer only), and the amount, converted to the order's currency at the
/// order's rate, becomes a refund of exactly that total: the full amount left is a full refund; a smaller amount is taken
/// from the items in order, each item's charges in the order Principal, Shipping, Tax, ShippingTax, GiftWrap, COD, up
/// to what is left of each. An amount above what is left is not sent (sync error and note).</item>
/// <item>A cancel: nopCommerce has already cancelled the store order; a whole-order cancellation with reason
/// GeneralAdjustment is sent. If Amazon refuses (for example the order has shipped), the admin is told by a sync error.</item>
/// </list>
/// </summary>
public class StoreOrderButtonsConsumer : IConsumer<OrderRefundedEvent>, IConsumer<OrderStatusChangedEvent>
{
    private readonly RefundOrderContext _context;
    private readonly RefundRequestService _refunds;
    private readonly CancellationRequestService _cancellations;
    private readonly AmazonSyncErrorService _errors;
    private readonly IOrderService _orderService;

    public StoreOrderButtonsConsumer(RefundOrderContext context, RefundRequestService refunds, CancellationRequestService cancellations,
        AmazonSyncErrorService errors, IOrderService orderService)
    {
        _context = context;
        _refunds = refunds;
        _cancellations = cancellations;
        _errors = errors;
        _orderService = orderService;
    }

    public async Task HandleEventAsync(OrderRefundedEvent eventMessage)
    {
        var order = eventMessage.Order;
        if (eventMessage.Amount <= 0 || await _context.FindByStoreOrderAsync(order.Id) is not { } link)
            return;

        order.RefundedAmount = Math.Max(0, order.RefundedAmount - eventMessage.Amount);
        order.PaymentStatus = order.RefundedAmount > 0 ? PaymentStatus.PartiallyRefunded : PaymentStatus.Paid;
        await _orderService.UpdateOrderAsync(order);

        var storeAmount = eventMessage.Amount.ToString("0.00", CultureInfo.InvariantCulture);
        try
        {
            var amount = Math.Round(eventMessage.Amount * (order.CurrencyRate > 0 ? order.CurrencyRate : 1m), 2, MidpointRounding.AwayFromZero);
            var lines = Allocate(await _refunds.FullRefundLinesAsync(link.Id), amount);
            if (lines is null)
                throw new RefundRequestException(RefundErrorCodes.StoreAmountNotMappable, link.AmazonOrderId, storeAmount, "more than is left of what the buyer paid");

            var request = await _refunds.RequestAsync(new RefundRequest(link.Id, AmazonAdjustmentReason.GeneralAdjustment, lines,
                $"nopCommerce refund of {storeAmount}", Origin: RequestOrigins.StoreButton));
            await _context.AddNoteOnceAsync(order, $"The refund of {storeAmount} was sent to Amazon as request #{request.Id} ({RefundRequestService.Money(amount)} in the order's currency); "
                + "the refunded amount and payment status change when Amazon confirms it.");
        }
        catch (RefundRequestException exception)
        {
            await FailAsync(link, order, exception, $"The refund of {storeAmount} was not sent to Amazon and was taken back in the store");
        }
    }

    public async Task HandleEventAsync(OrderStatusChangedEvent eventMessage)
    {
        var order = eventMessage.Order;
        if (order.OrderStatus != OrderStatus.Cancelled || eventMessage.PreviousOrderStatus == OrderStatus.Cancelled || StoreOrderCanceller.IsCancelling)
            return;
        if (await _context.FindByStoreOrderAsync(order.Id) is not { } link
            || link.FulfillmentChannel == AmazonFulfillmentChannel.Amazon
            || AmazonOrderState.Of(link).IsCancelled)
            return;

        try
        {
            var request = await _cancellations.RequestAsync(new CancellationRequest(link.Id, AmazonCancelReason.GeneralAdjustment,
                Origin: RequestOrigins.StoreButton, IdempotencyKey: $"store-cancel:{link.Id}"));
            if (request is not null)
                await _context.AddNoteOnceAsync(order, $"The store cancellation was sent to Amazon as request #{request.Id} (reason GeneralAdjustment).");
        }
        catch (RefundRequestException exception)
        {
            await FailAsync(link, order, exception, "The order was cancelled in the store, but the cancellation was not sent to Amazon");
        }
    }

    /// <summary>Takes <paramref name="amount"/> from the lines in order; null when they do not hold that much.</summary>
    internal static IReadOnlyList<RefundLine>? Allocate(IReadOnlyList<RefundLine> remaining, decimal amount)
    {
        if (amount <= 0 || remaining.Sum(l => l.Amount) < amount)
            return null;
        var lines = new List<RefundLine>();
        var left = amount;
        foreach (var line in remaining)
        {
            if (left <= 0)
                break;
            var take = Math.Min(line.Amount, left);
            lines.Add(line with { Amount = take });
            left -= take;
        }

        return lines;
    }

    private async Task FailAsync(AmazonOrderLink link, Order order, RefundRequestException exception, string what)
    {
        await _errors.RecordAsync(link.AccountId, link, link.AmazonOrderId, exception.Code, exception.Arguments.ToList());
        await _context.AddNoteOnceAsync(order, $"{what}: {exception.Code.Value} ({string.Join(", ", exception.Arguments)}).");
    }
}
