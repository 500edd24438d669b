using System.Text.Json;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Build;

/// <summary>
/// The plugin project's one switch between building against ref/ and building inside a nopCommerce tree, checked by
/// evaluating the real project file (no build) here and inside a skeleton nopCommerce tree laid out in a temp folder.
/// </summary>
[NonParallelizable]
public class BuildModeTests
{
    private const string ProjectFile = "Nop.Plugin.Misc.AmazonChannel/Nop.Plugin.Misc.AmazonChannel.csproj";

    private string _tree = null!;

    [OneTimeSetUp]
    public void LayOutNopTree()
    {
        // The parts of a nopCommerce 4.90 tree the project file looks for; their contents are never built here.
        _tree = Path.Combine(Path.GetTempPath(), "nop-tree-" + Guid.NewGuid().ToString("N"));
        var src = Path.Combine(_tree, "src");
        Write(Path.Combine(src, "NopCommerce.sln"), string.Empty);
        Write(Path.Combine(src, "Presentation", "Nop.Web", "Nop.Web.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write(Path.Combine(src, "Build", "ClearPluginAssemblies.proj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");

        var clone = Path.Combine(src, "Plugins", "Nop.Plugin.Misc.AmazonChannel");
        foreach (var file in new[] { ProjectFile, "build/Package.targets", "plugin.json", "Directory.Build.props", "Directory.Packages.props" })
            Write(Path.Combine(clone, file), File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)));
    }

    [OneTimeTearDown]
    public void RemoveTree() => Directory.Delete(_tree, recursive: true);

    [Test]
    public void OutsideANopTree_BuildsAgainstRef()
    {
        var evaluation = Evaluate(Path.Combine(TestPaths.RepoRoot, ProjectFile));

        Assert.That(evaluation.Property("NopTreeBuild"), Is.EqualTo("false"));
        Assert.That(evaluation.ProjectReferences.Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "Nop.Core.csproj", "Nop.Data.csproj", "Nop.Services.csproj" }));
        Assert.That(evaluation.ProjectReferences, Has.All.Contains($"{Path.DirectorySeparatorChar}ref{Path.DirectorySeparatorChar}").Or.Contains("/ref/"));
    }

    [Test]
    public void InsideANopTree_ReferencesNopWebAndBuildsIntoItsPluginsFolder()
    {
        var evaluation = Evaluate(Path.Combine(_tree, "src", "Plugins", "Nop.Plugin.Misc.AmazonChannel", ProjectFile));

        Assert.That(evaluation.Property("NopTreeBuild"), Is.EqualTo("true"));
        Assert.That(evaluation.ProjectReferences.Select(Path.GetFileName), Is.EqualTo(new[] { "Nop.Web.csproj" }));
        Assert.That(Normalize(evaluation.Property("OutDir")), Does.EndWith("src/Presentation/Nop.Web/Plugins/Misc.AmazonChannel/"));
        Assert.That(evaluation.Property("NopSourceDir"), Does.StartWith(Path.Combine(_tree, "src")));
    }

    [Test]
    public void NopSourceDirProperty_PointsAtATreeExplicitly()
    {
        var src = Path.Combine(_tree, "src");

        var evaluation = Evaluate(Path.Combine(TestPaths.RepoRoot, ProjectFile), $"-p:NopSourceDir={src}");

        Assert.That(evaluation.Property("NopTreeBuild"), Is.EqualTo("true"));
        Assert.That(Normalize(evaluation.Property("OutDir")), Does.StartWith(Normalize(src)).And.EndWith("Presentation/Nop.Web/Plugins/Misc.AmazonChannel/"));
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

    private static string Normalize(string path) => path.Replace('\\', '/').Replace("//", "/");

    private static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
