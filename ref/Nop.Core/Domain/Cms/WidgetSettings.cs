using Nop.Core.Configuration;

namespace Nop.Core.Domain.Cms;

/// <summary>Widget settings: the system names of the active widget plugins.</summary>
public partial class WidgetSettings : ISettings
{
    public WidgetSettings()
    {
        ActiveWidgetSystemNames = new List<string>();
    }

    public List<string> ActiveWidgetSystemNames { get; set; }
}
