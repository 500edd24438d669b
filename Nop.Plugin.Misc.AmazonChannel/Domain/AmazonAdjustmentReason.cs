namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>Amazon's refund reasons (OrderAdjustment.xsd AdjustedItem/AdjustmentReason); the name is what is sent.</summary>
public enum AmazonAdjustmentReason
{
    NoInventory = 10,
    CustomerReturn = 20,
    GeneralAdjustment = 30,
    CouldNotShip = 40,
    DifferentItem = 50,
    Abandoned = 60,
    CustomerCancel = 70,
    PriceError = 80,
    ProductOutofStock = 90,
    CustomerAddressIncorrect = 100,
    Exchange = 110,
    Other = 120,
    CarrierCreditDecision = 130,
    RiskAssessmentInformationNotValid = 140,
    CarrierCoverageFailure = 150,
    TransactionRecord = 160,
    Undeliverable = 170,
    RefusedDelivery = 180
}
