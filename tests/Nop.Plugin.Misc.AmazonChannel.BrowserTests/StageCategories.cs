namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>
/// nopCommerce applies an uploaded plugin and an install only at its next start, so the stage runs in steps with a
/// restart of the store between them (.ci/browser.sh): one NUnit category per step.
/// </summary>
public static class StageCategories
{
    public const string Upload = "Stage1Upload";
    public const string Install = "Stage2Install";
    public const string Installed = "Stage3Installed";
}
