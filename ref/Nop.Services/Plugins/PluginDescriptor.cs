namespace Nop.Services.Plugins;

/// <summary>
/// Plugin descriptor (plugin.json). Stand-in: only Group and FriendlyName of its own properties; without the JSON
/// attributes and the other methods; <see cref="CompareTo"/> orders nothing (always 0).
/// </summary>
public partial class PluginDescriptor : PluginDescriptorBaseInfo, IDescriptor, IComparable<PluginDescriptor>
{
    public virtual string Group { get; set; }

    public virtual string FriendlyName { get; set; }

    /// <summary>nopCommerce orders by display order, then system name; the stand-in reports every pair as equal.</summary>
    public int CompareTo(PluginDescriptor other) => 0;
}
