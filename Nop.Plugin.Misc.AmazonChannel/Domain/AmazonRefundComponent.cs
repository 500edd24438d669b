namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Price components of an order item refund: OrderAdjustment.xsd's ItemPriceAdjustments/Component/Type, spelled as
/// Amazon spells them (the enum name is what is sent).
/// </summary>
public enum AmazonRefundComponent
{
    Principal = 10,
    Shipping = 20,
    Tax = 30,
    ShippingTax = 40,
    RestockingFee = 50,
    RestockingFeeTax = 60,
    GiftWrap = 70,
    GiftWrapTax = 80,
    Surcharge = 90,
    ReturnShipping = 100,
    Goodwill = 110,
    ExportCharge = 120,
    COD = 130,
    CODTax = 140,
    Other = 150,
    FreeReplacementReturnShipping = 160
}
