using System.IO.Compression;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Packaging;

/// <summary>
/// nopCommerce compiles a plugin's views at run time from the plugin folder, so the package must carry every view as
/// its source text. Reads the package <see cref="PluginPackage"/> builds once.
/// </summary>
[NonParallelizable]
[Category(TestCategories.DotnetCli)]
public class PluginViewPackageTests
{
    private const string PluginFolder = "Misc.AmazonChannel";

    private ZipArchive _zip = null!;

    private static string ProjectDir => PluginPackage.ProjectDir;

    private static IReadOnlyList<string> SourceViews() =>
        Directory.GetFiles(Path.Combine(ProjectDir, "Views"), "*.cshtml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(ProjectDir, path).Replace('\\', '/'))
            .ToList();

    [OneTimeSetUp]
    public void OpenPackage() => _zip = ZipFile.OpenRead(PluginPackage.ZipPath);

    [OneTimeTearDown]
    public void ClosePackage() => _zip?.Dispose();

    [Test]
    public void TheConfigurePageAndItsImports_AreViewsOfTheProject()
    {
        Assert.That(SourceViews(), Is.SupersetOf(new[] { "Views/Configure.cshtml", "Views/_ViewImports.cshtml" }));
    }

    [Test]
    public void EveryView_IsInThePackage_AsItsSourceText()
    {
        foreach (var view in SourceViews())
        {
            var entry = _zip.GetEntry($"{PluginFolder}/{view}");
            Assert.That(entry, Is.Not.Null, view);

            using var reader = new StreamReader(entry!.Open());
            Assert.That(reader.ReadToEnd(), Is.EqualTo(File.ReadAllText(Path.Combine(ProjectDir, view))), view);
        }
    }

    [Test]
    public void ThePackage_HoldsNoCompiledViewsAndNoWebFrameworkAssembly()
    {
        var names = _zip.Entries.Select(entry => entry.Name).ToList();

        Assert.That(names, Has.None.EndsWith(".Views.dll"));
        Assert.That(names, Has.None.EqualTo("Nop.Web.Framework.dll"));
    }
}
