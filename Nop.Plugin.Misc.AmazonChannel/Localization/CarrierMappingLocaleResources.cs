namespace Nop.Plugin.Misc.AmazonChannel.Localization;

/// <summary>The carrier mapping grid on the configure page.</summary>
internal static class CarrierMappingLocaleResources
{
    internal static void AddTo(Dictionary<string, string> resources)
    {
        const string c = AmazonChannelDefaults.LocalePrefix + ".CarrierMappings";
        resources[c] = "Carrier mapping";
        resources[$"{c}.Note"] = "Which carrier Amazon is told for a shipment: the order's shipping method (e.g. \"Ground\") or its shipping rate computation method system name (e.g. \"Shipping.UPS\"), compared ignoring case. Without a row, the carrier is recognised from the tracking number when it can be; otherwise the confirmation waits with a sync error until a row is added.";
        resources[$"{c}.AddNew"] = "Add a carrier mapping";
        resources[$"{c}.AddButton"] = "Add mapping";
        resources[$"{c}.NotFound"] = "The carrier mapping no longer exists.";
        resources[$"{c}.Fields.NopShippingValue"] = "Store shipping method";
        resources[$"{c}.Fields.NopShippingValue.Hint"] = "The order's shipping method name or shipping rate computation method system name.";
        resources[$"{c}.Fields.CarrierCode"] = "Amazon carrier code";
        resources[$"{c}.Fields.CarrierCode.Hint"] = "One of Amazon's carrier codes, spelt exactly; \"Other\" needs a carrier name.";
        resources[$"{c}.Fields.CarrierName"] = "Carrier name";
        resources[$"{c}.Fields.CarrierName.Hint"] = "The carrier's name, sent with carrier code \"Other\".";
        resources[$"{c}.Fields.ShippingMethod"] = "Amazon ship method";
        resources[$"{c}.Fields.ShippingMethod.Hint"] = "Optional, e.g. \"Ground\"; the order's shipping method is sent when empty.";
        resources[$"{c}.NopShippingValue.Required"] = "Enter the store's shipping method or rate computation method system name.";
        resources[$"{c}.NopShippingValue.Duplicate"] = "A carrier mapping for \"{0}\" exists already.";
        resources[$"{c}.CarrierCode.Unknown"] = "\"{0}\" is not one of Amazon's carrier codes (spelling and case must match).";
        resources[$"{c}.CarrierName.RequiredForOther"] = "Amazon needs a carrier name with carrier code \"Other\".";
    }
}
