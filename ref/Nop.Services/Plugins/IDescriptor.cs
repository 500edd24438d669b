namespace Nop.Services.Plugins;

/// <summary>Descriptor of an extension (plugin or theme).</summary>
public partial interface IDescriptor
{
    string SystemName { get; set; }

    string FriendlyName { get; set; }
}
