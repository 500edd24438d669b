namespace Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

/// <summary>
/// Locates the repository root and the shared reference data (Amazon's models, feed schemas) that sits beside it.
/// </summary>
public static class TestPaths
{
    private static readonly Lazy<string> _repoRoot = new(FindRepoRoot);

    public static string RepoRoot => _repoRoot.Value;

    /// <summary>The shared folder beside the repository (../shared), as CI lays it out.</summary>
    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string AmazonModelsDir => Path.Combine(SharedDir, "amazon-sp-api", "models");

    public static string AmazonXsdDir => Path.Combine(SharedDir, "amazon-sp-api", "xsd");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nop.Plugin.Misc.AmazonChannel.sln")))
            dir = dir.Parent;

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (Nop.Plugin.Misc.AmazonChannel.sln) not found above " + AppContext.BaseDirectory);
    }
}
