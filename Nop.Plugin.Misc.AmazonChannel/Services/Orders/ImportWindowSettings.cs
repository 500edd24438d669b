using Nop.Plugin.Misc.AmazonChannel.Models;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// The window settings of a store, clamped at use to the ranges the configure page accepts at save
/// (<see cref="ConfigurationLimits"/>): a value stored by other means (an import, the settings table) never makes a
/// window negative, endless or a report for every run.
/// </summary>
public sealed record ImportWindowSettings(int InitialDays, int OverlapMinutes, int BacklogThresholdHours)
{
    public static ImportWindowSettings From(AmazonChannelSettings settings) => new(
        Math.Clamp(settings.InitialSyncDays, ConfigurationLimits.InitialSyncDays.Min, ConfigurationLimits.InitialSyncDays.Max),
        Math.Clamp(settings.SyncOverlapMinutes, ConfigurationLimits.SyncOverlapMinutes.Min, ConfigurationLimits.SyncOverlapMinutes.Max),
        Math.Clamp(settings.BacklogThresholdHours, ConfigurationLimits.BacklogThresholdHours.Min, ConfigurationLimits.BacklogThresholdHours.Max));
}
