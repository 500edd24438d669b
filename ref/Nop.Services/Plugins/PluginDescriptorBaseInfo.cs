namespace Nop.Services.Plugins;

/// <summary>
/// Base info of a plugin descriptor. Stand-in: without the JSON attributes, Equals/GetHashCode and GetBaseInfoCopy;
/// <see cref="CompareTo"/> orders nothing (always 0).
/// </summary>
public partial class PluginDescriptorBaseInfo : IComparable<PluginDescriptorBaseInfo>
{
    public virtual string SystemName { get; set; }

    public virtual string Version { get; set; }

    /// <summary>nopCommerce orders by system name; the stand-in reports every pair as equal.</summary>
    public int CompareTo(PluginDescriptorBaseInfo other) => 0;
}
