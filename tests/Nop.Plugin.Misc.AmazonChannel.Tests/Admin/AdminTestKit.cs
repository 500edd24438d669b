using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>Shared pieces of the admin page tests.</summary>
public static class AdminTestKit
{
    /// <summary>
    /// The plugin's English resources (a marker for unknown keys, see <see cref="ConfigurationTestKit.PluginResources"/>),
    /// and the localized names of every enum the admin pages show.
    /// </summary>
    public static Mock<ILocalizationService> PluginResources()
    {
        var localization = ConfigurationTestKit.PluginResources();
        Enum<AmazonOrderSyncStatus>(localization);
        Enum<AmazonFulfillmentChannel>(localization);
        Enum<AmazonRegion>(localization);
        Enum<AmazonSyncErrorKind>(localization);
        Enum<AmazonOutboundRequestKind>(localization);
        Enum<AmazonOutboundRequestState>(localization);
        Enum<AmazonCancelReason>(localization);
        Enum<AmazonAdjustmentReason>(localization);
        Enum<AmazonRefundComponent>(localization);
        return localization;
    }

    private static void Enum<TEnum>(Mock<ILocalizationService> localization) where TEnum : struct, Enum =>
        localization.Setup(l => l.GetLocalizedEnumAsync(It.IsAny<TEnum>(), It.IsAny<int?>()))
            .ReturnsAsync((TEnum value, int? _) => AmazonChannelLocaleResources.All[AmazonChannelLocaleResources.EnumKey(value)]);
}
