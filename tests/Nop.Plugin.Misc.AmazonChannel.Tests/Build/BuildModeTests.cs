using System.Text.Json;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Build;

/// <summary>
/// The plugin project's one switch between building against ref/ and building inside a nopCommerce tree, checked by
/// evaluating the real project file (no build) in two temp copies of the repository's build files: a standalone clone,
/// and a clone inside a skeleton nopCommerce tree. Evaluating copies keeps the dotnet CLI away from the repository's
/// obj folder, which a build running at the same time may be writing.
/// </summary>
[NonParallelizable]
[Category(TestCategories.DotnetCli)]
public class BuildModeTests
{
    private const string ProjectFile = "Nop.Plugin.Misc.AmazonChannel/Nop.Plugin.Misc.AmazonChannel.csproj";

    private static readonly string[] _buildFiles = [ProjectFile, "build/Package.targets", "plugin.json", "Directory.Build.props", "Directory.Packages.props"];

    private string _workDir = null!;
    private string _standaloneClone = null!;
    private string _treeSrc = null!;
    private string _treeClone = null!;

    [OneTimeSetUp]
    public void LayOutClones()
    {
        _workDir = Path.Combine(Path.GetTempPath(), "amazonchannel-buildmode-" + Guid.NewGuid().ToString("N"));
        _standaloneClone = Path.Combine(_workDir, "standalone", "Nop.Plugin.Misc.AmazonChannel");
        CopyBuildFiles(_standaloneClone);

        // The parts of a nopCommerce 4.90 tree the project file looks for; their contents are never built here.
        _treeSrc = Path.Combine(_workDir, "nop-tree", "src");
        Write(Path.Combine(_treeSrc, "NopCommerce.sln"), string.Empty);
        Write(Path.Combine(_treeSrc, "Presentation", "Nop.Web", "Nop.Web.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write(Path.Combine(_treeSrc, "Build", "ClearPluginAssemblies.proj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        _treeClone = Path.Combine(_treeSrc, "Plugins", "Nop.Plugin.Misc.AmazonChannel");
        CopyBuildFiles(_treeClone);
    }

    [OneTimeTearDown]
    public void RemoveClones() => Directory.Delete(_workDir, recursive: true);

    [Test]
    public void OutsideANopTree_BuildsAgainstRef()
    {
        var evaluation = Evaluate(Path.Combine(_standaloneClone, ProjectFile));

        Assert.That(evaluation.Property("NopTreeBuild"), Is.EqualTo("false"));
        Assert.That(evaluation.ProjectReferences.Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "Nop.Core.csproj", "Nop.Data.csproj", "Nop.Services.csproj", "FluentMigrator.Abstractions.csproj", "FluentMigrator.csproj", "Nop.Web.Framework.csproj" }));
        Assert.That(evaluation.ProjectReferences.Select(Normalize), Has.All.StartWith(Normalize(Path.Combine(_standaloneClone, "ref")) + "/"));
    }

    [Test]
    public void InsideANopTree_ReferencesNopWebAndBuildsIntoItsPluginsFolder()
    {
        var evaluation = Evaluate(Path.Combine(_treeClone, ProjectFile));

        Assert.That(evaluation.Property("NopTreeBuild"), Is.EqualTo("true"));
        Assert.That(evaluation.ProjectReferences.Select(Path.GetFileName), Is.EqualTo(new[] { "Nop.Web.csproj" }));
        Assert.That(Normalize(evaluation.Property("OutDir")), Does.EndWith("src/Presentation/Nop.Web/Plugins/Misc.AmazonChannel/"));
        Assert.That(evaluation.Property("NopSourceDir"), Does.StartWith(_treeSrc));
    }

    [Test]
    public void NopSourceDirProperty_PointsAtATreeExplicitly()
    {
        var evaluation = Evaluate(Path.Combine(_standaloneClone, ProjectFile), $"-p:NopSourceDir={_treeSrc}");

        Assert.That(evaluation.Property("NopTreeBuild"), Is.EqualTo("true"));
        Assert.That(Normalize(evaluation.Property("OutDir")), Does.StartWith(Normalize(_treeSrc)).And.EndWith("Presentation/Nop.Web/Plugins/Misc.AmazonChannel/"));
    }

    private sealed record Evaluation(Dictionary<string, string> Properties, List<string> ProjectReferences)
    {
        public string Property(string name) => Properties[name];
    }

    private static Evaluation Evaluate(string project, params string[] extra)
    {
        var result = DotnetCli.Run(["msbuild", project, "-getProperty:NopTreeBuild", "-getProperty:OutDir", "-getProperty:NopSourceDir", "-getItem:ProjectReference", .. extra]);
        result.AssertSucceeded();

        using var json = JsonDocument.Parse(result.Output[result.Output.IndexOf('{')..]);
        var properties = json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty);
        var references = json.RootElement.GetProperty("Items").TryGetProperty("ProjectReference", out var items)
            ? items.EnumerateArray().Select(item => item.GetProperty("FullPath").GetString()!).ToList()
            : [];
        return new Evaluation(properties, references);
    }

    private static void CopyBuildFiles(string clone)
    {
        foreach (var file in _buildFiles)
            Write(Path.Combine(clone, file), File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)));
    }

    private static string Normalize(string path) => path.Replace('\\', '/').Replace("//", "/");

    private static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
