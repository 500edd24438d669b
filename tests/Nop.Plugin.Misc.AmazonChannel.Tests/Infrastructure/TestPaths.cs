namespace Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

/// <summary>
/// Locates the repository root and Amazon's reference files (OpenAPI models, feed XSDs) in the shared folder beside it.
/// Only the tests that compare the project with those files need them; without the folder they are skipped
/// (<see cref="RequireAmazonReferenceFiles"/>) and everything else runs on the project's own files.
/// </summary>
public static class TestPaths
{
    public const string AmazonReferenceFilesMissing =
        "Compares the project with Amazon's original files; needs ../shared/amazon-sp-api (Amazon's selling-partner-api-models) beside the clone.";

    private static readonly Lazy<string> _repoRoot = new(FindRepoRoot);

    public static string RepoRoot => _repoRoot.Value;

    /// <summary>The shared folder beside the repository (../shared), as CI lays it out.</summary>
    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string AmazonReferenceDir => Path.Combine(SharedDir, "amazon-sp-api");

    public static string AmazonModelsDir => Path.Combine(AmazonReferenceDir, "models");

    public static string AmazonXsdDir => Path.Combine(AmazonReferenceDir, "xsd");

    /// <summary>The files of ../shared/amazon-sp-api the comparison tests read.</summary>
    public static IReadOnlyList<string> AmazonReferenceFiles { get; } =
    [
        "models/ordersV0.json", "models/orders_2026-01-01.json", "models/feeds_2021-06-30.json", "models/reports_2021-06-30.json",
        "models/tokens_2021-03-01.json", "models/sellers_v1.json",
        "xsd/amzn-base.xsd", "xsd/OrderFulfillment.xsd", "xsd/OrderAcknowledgement.xsd", "xsd/OrderAdjustment.xsd", "xsd/ProcessingReport.xsd",
    ];

    /// <summary>True when every file of <see cref="AmazonReferenceFiles"/> is beside the clone.</summary>
    public static bool HasAmazonReferenceFiles => AmazonReferenceFiles.All(file => File.Exists(Path.Combine(AmazonReferenceDir, file)));

    /// <summary>Ends the current test as Skipped (with the reason) when Amazon's reference files are not beside the clone.</summary>
    public static void RequireAmazonReferenceFiles()
    {
        if (!HasAmazonReferenceFiles)
            Assert.Ignore(AmazonReferenceFilesMissing);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Nop.Plugin.Misc.AmazonChannel.sln")))
            dir = dir.Parent;

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (Nop.Plugin.Misc.AmazonChannel.sln) not found above " + AppContext.BaseDirectory);
    }
}
