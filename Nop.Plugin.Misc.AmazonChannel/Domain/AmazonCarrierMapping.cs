using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// An owner-editable row: a nopCommerce shipping method name or shipping rate computation method system name and the
/// carrier Amazon must be told (a CarrierCode of amzn-base.xsd, exact spelling, or "Other" with a carrier name).
/// </summary>
public class AmazonCarrierMapping : BaseEntity
{
    /// <summary>The order's shipping method (e.g. "Ground") or its rate computation method system name (e.g. "Shipping.UPS"); compared ignoring case.</summary>
    public string NopShippingValue { get; set; } = string.Empty;

    /// <summary>Amazon's CarrierCode, e.g. "UPS", "USPS", "DHL", "Royal Mail" or "Other".</summary>
    public string CarrierCode { get; set; } = string.Empty;

    /// <summary>Required when <see cref="CarrierCode"/> is "Other".</summary>
    public string? CarrierName { get; set; }

    /// <summary>Amazon's ship method (ShippingMethod), e.g. "Ground"; optional.</summary>
    public string? ShippingMethod { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
