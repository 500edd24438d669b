using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>How a refund component counts against what the buyer paid.</summary>
public enum RefundComponentKind
{
    /// <summary>Gives back part of a charge; capped by what is left of that charge (<see cref="RefundComponentRules.CapOf"/>).</summary>
    Charged,

    /// <summary>Money kept from the refund (restocking fee, return shipping label): sent as a negative amount.</summary>
    Deduction,

    /// <summary>Money the buyer never paid as such (goodwill, surcharge, ...): capped only by what is left of the item.</summary>
    Extra
}

/// <summary>
/// The one place that says how each of Amazon's refund components relates to the buyer's payment (Amazon's own rule:
/// "the net amount of the adjustment must be a credit to the buyer", and each charged component can be refunded up to
/// its balance).
/// </summary>
public static class RefundComponentRules
{
    public static RefundComponentKind KindOf(AmazonRefundComponent component) => component switch
    {
        AmazonRefundComponent.RestockingFee or AmazonRefundComponent.RestockingFeeTax or AmazonRefundComponent.ReturnShipping => RefundComponentKind.Deduction,
        AmazonRefundComponent.Goodwill or AmazonRefundComponent.Surcharge or AmazonRefundComponent.ExportCharge
            or AmazonRefundComponent.FreeReplacementReturnShipping => RefundComponentKind.Extra,
        _ => RefundComponentKind.Charged
    };

    /// <summary>
    /// The charge a component is capped by. Amazon reports an item's tax as one amount that covers its gift wrap too, and
    /// COD fees and other charges as one amount, so those components share a cap.
    /// </summary>
    public static AmazonRefundComponent CapOf(AmazonRefundComponent component) => component switch
    {
        AmazonRefundComponent.GiftWrapTax => AmazonRefundComponent.Tax,
        AmazonRefundComponent.CODTax or AmazonRefundComponent.Other => AmazonRefundComponent.COD,
        _ => component
    };

    /// <summary>The signed amount as Amazon gets it (and the ledger keeps it): deductions negative.</summary>
    public static decimal Signed(AmazonRefundComponent component, decimal amount) =>
        KindOf(component) == RefundComponentKind.Deduction ? -Math.Abs(amount) : Math.Abs(amount);

    /// <summary>The charges of one Amazon order item, by cap, from the order as Amazon reports it.</summary>
    public static IReadOnlyDictionary<AmazonRefundComponent, decimal> ChargesOf(Orders.AmazonOrderItemSnapshot item) =>
        new Dictionary<AmazonRefundComponent, decimal>
        {
            [AmazonRefundComponent.Principal] = item.ItemPrice - item.ItemDiscount,
            [AmazonRefundComponent.Shipping] = item.ShippingPrice - item.ShippingDiscount,
            [AmazonRefundComponent.Tax] = item.ItemTax,
            [AmazonRefundComponent.ShippingTax] = item.ShippingTax,
            [AmazonRefundComponent.GiftWrap] = item.GiftWrapPrice,
            [AmazonRefundComponent.COD] = item.OtherCharges
        };
}
