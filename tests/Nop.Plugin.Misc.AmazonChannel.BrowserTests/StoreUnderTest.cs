namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>
/// The running store the stage drives, as .ci/browser.sh describes it through the environment.
/// </summary>
public static class StoreUnderTest
{
    public static string BaseUrl => Environment.GetEnvironmentVariable("NOP_BASE_URL")?.TrimEnd('/') ?? "http://127.0.0.1:5080";

    public static string AdminEmail => Environment.GetEnvironmentVariable("NOP_ADMIN_EMAIL") ?? "admin@noplab.local";

    public static string AdminPassword => Environment.GetEnvironmentVariable("NOP_ADMIN_PASSWORD") ?? "Admin123!";

    /// <summary>The zip a shop owner uploads: the README's package command writes it to artifacts/.</summary>
    public static string PluginZip => Environment.GetEnvironmentVariable("PLUGIN_ZIP") ?? Path.Combine(RepoRoot, "artifacts", "Misc.AmazonChannel.zip");

    /// <summary>Where screenshots go (CI artefacts).</summary>
    public static string ScreenshotDir => Environment.GetEnvironmentVariable("SCREENSHOT_DIR") ?? Path.Combine(RepoRoot, "artifacts", "screenshots");

    /// <summary>nopCommerce's database, to read its log.</summary>
    public static string DatabaseConnectionString => Environment.GetEnvironmentVariable("NOP_DB_CONNECTION")
        ?? "Host=127.0.0.1;Database=nop;Username=postgres;Password=nop-lab";

    public const string PluginSystemName = "Misc.AmazonChannel";

    public const string PluginFriendlyName = "Amazon channel";

    private static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nop.Plugin.Misc.AmazonChannel.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? Directory.GetCurrentDirectory();
        }
    }
}
