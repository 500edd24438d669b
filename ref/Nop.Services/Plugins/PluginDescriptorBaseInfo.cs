namespace Nop.Services.Plugins;

/// <summary>
/// Base info of a plugin descriptor. Stand-in: without the JSON attributes, IComparable, Equals/GetHashCode and
/// GetBaseInfoCopy.
/// </summary>
public partial class PluginDescriptorBaseInfo
{
    public virtual string SystemName { get; set; }

    public virtual string Version { get; set; }
}
