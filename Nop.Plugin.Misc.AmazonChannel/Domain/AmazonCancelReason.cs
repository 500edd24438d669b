namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>Amazon's cancellation reasons (OrderAcknowledgement.xsd Item/CancelReason); the name is what is sent.</summary>
public enum AmazonCancelReason
{
    NoInventory = 10,
    ShippingAddressUndeliverable = 20,
    CustomerExchange = 30,
    BuyerCanceled = 40,
    GeneralAdjustment = 50,
    CarrierCreditDecision = 60,
    RiskAssessmentInformationNotValid = 70,
    CarrierCoverageFailure = 80,
    CustomerReturn = 90,
    MerchandiseNotReceived = 100,
    CannotVerifyInformation = 110,
    PricingError = 120,
    RejectOrder = 130,
    WeatherDelay = 140
}
