using Nop.Services.Plugins;

namespace Nop.Services.Common;

/// <summary>A plugin with a configuration page that fits no other plugin kind.</summary>
public partial interface IMiscPlugin : IPlugin;
