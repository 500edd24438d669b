using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Packaging;

/// <summary>
/// The plugin package, built once per test run with the README's command (Release, PackagePlugin) the first time a
/// packaging test asks for it. The build writes nothing into the repository: its bin/obj folders (all projects, restore
/// included) and the zip go to a temporary folder, so it cannot collide with a build of the repository running at the
/// same time, nor with the test run's own Debug outputs. Tests that do not ask never pay for it.
/// </summary>
public static class PluginPackage
{
    public const string PluginFolder = "Misc.AmazonChannel";

    private static readonly Lazy<string> _workDir = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The temporary folder: build/ (the build's bin and obj) and package/ (the zip).</summary>
    public static string WorkDir => _workDir.Value;

    public static string ZipPath => Path.Combine(WorkDir, "package", PluginFolder + ".zip");

    public static string ProjectDir => Path.Combine(TestPaths.RepoRoot, "Nop.Plugin.Misc.AmazonChannel");

    private static string Build()
    {
        var workDir = Path.Combine(Path.GetTempPath(), "amazonchannel-package-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveQuietly(workDir);
        DotnetCli.Run("build", Path.Combine(ProjectDir, "Nop.Plugin.Misc.AmazonChannel.csproj"), "-c", "Release", "-p:PackagePlugin=true",
            $"-p:PluginArtifactsDir={Path.Combine(workDir, "package")}", "--artifacts-path", Path.Combine(workDir, "build"), "-v:q").AssertSucceeded();
        return workDir;
    }

    private static void RemoveQuietly(string workDir)
    {
        try
        {
            if (Directory.Exists(workDir))
                Directory.Delete(workDir, recursive: true);
        }
        catch (IOException)
        {
            // The test host is exiting; a leftover temp folder is harmless.
        }
    }
}
