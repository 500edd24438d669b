namespace Nop.Services.Plugins;

/// <summary>
/// Plugin descriptor (plugin.json). Stand-in: only Group and FriendlyName of its own properties; without the JSON
/// attributes, IComparable&lt;PluginDescriptor&gt; and the methods.
/// </summary>
public partial class PluginDescriptor : PluginDescriptorBaseInfo, IDescriptor
{
    public virtual string Group { get; set; }

    public virtual string FriendlyName { get; set; }
}
