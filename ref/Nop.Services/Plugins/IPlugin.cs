namespace Nop.Services.Plugins;

/// <summary>A nopCommerce plugin.</summary>
public partial interface IPlugin
{
    /// <summary>URL of the plugin's configuration page.</summary>
    string GetConfigurationPageUrl();

    PluginDescriptor PluginDescriptor { get; set; }

    Task InstallAsync();

    Task InstallSampleDataAsync();

    Task UninstallAsync();

    Task UpdateAsync(string currentVersion, string targetVersion);

    /// <summary>Called before uninstalling; throw to refuse.</summary>
    Task PreparePluginToUninstallAsync();
}
