using System.IO.Compression;
using System.Text.Json;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Packaging;

/// <summary>
/// Builds the plugin package with the README's command and checks it is what nopCommerce's "Upload plugin or theme"
/// accepts, without any host assembly. The build writes nothing into the repository: its bin/obj folders (all projects,
/// restore included) and the zip go to a temporary folder, so it cannot collide with a build of the repository that
/// runs at the same time, nor with the test run's own Debug outputs.
/// </summary>
[NonParallelizable]
[Category(TestCategories.DotnetCli)]
public class PluginPackageTests
{
    private const string PluginFolder = "Misc.AmazonChannel";

    private static readonly string[] _hostAssemblies =
        ["Nop.Core.dll", "Nop.Data.dll", "Nop.Services.dll", "Nop.Web.Framework.dll", "Nop.Web.dll", "FluentMigrator.dll", "FluentMigrator.Abstractions.dll", "AutoMapper.dll", "linq2db.dll"];

    private string _workDir = null!;
    private List<string> _entries = null!;
    private ZipArchive _zip = null!;

    [OneTimeSetUp]
    public void BuildPackage()
    {
        _workDir = Path.Combine(Path.GetTempPath(), "amazonchannel-package-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(TestPaths.RepoRoot, "Nop.Plugin.Misc.AmazonChannel", "Nop.Plugin.Misc.AmazonChannel.csproj");
        var package = Path.Combine(_workDir, "package");
        DotnetCli.Run("build", project, "-c", "Release", "-p:PackagePlugin=true", $"-p:PluginArtifactsDir={package}",
            "--artifacts-path", Path.Combine(_workDir, "build"), "-v:q").AssertSucceeded();

        _zip = ZipFile.OpenRead(Path.Combine(package, PluginFolder + ".zip"));
        _entries = _zip.Entries.Select(entry => entry.FullName.Replace('\\', '/')).ToList();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _zip?.Dispose();
        if (Directory.Exists(_workDir))
            Directory.Delete(_workDir, recursive: true);
    }

    [Test]
    public void RestoresAndBuildsInItsOwnFolder()
    {
        Assert.That(Path.Combine(_workDir, "build", "obj", "Nop.Plugin.Misc.AmazonChannel", "project.assets.json"), Does.Exist);
        Assert.That(Directory.GetFiles(Path.Combine(_workDir, "build", "bin"), "Nop.Plugin.Misc.AmazonChannel.dll", SearchOption.AllDirectories), Is.Not.Empty);
    }

    [Test]
    public void HasExactlyOneRootFolder_NamedAfterThePlugin()
    {
        Assert.That(_entries.Select(entry => entry.Split('/')[0]).Distinct(), Is.EqualTo(new[] { PluginFolder }));
    }

    [Test]
    public void ContainsDescriptorAssemblyAndLogo()
    {
        Assert.That(_entries, Does.Contain($"{PluginFolder}/plugin.json"));
        Assert.That(_entries, Does.Contain($"{PluginFolder}/Nop.Plugin.Misc.AmazonChannel.dll"));
        Assert.That(_entries, Does.Contain($"{PluginFolder}/logo.png"));
    }

    [Test]
    public void Descriptor_NamesThePluginAndItsAssembly()
    {
        using var stream = _zip.GetEntry($"{PluginFolder}/plugin.json")!.Open();
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;

        Assert.That(root.GetProperty("SystemName").GetString(), Is.EqualTo(AmazonChannelDefaults.SystemName));
        Assert.That(root.GetProperty("FileName").GetString(), Is.EqualTo("Nop.Plugin.Misc.AmazonChannel.dll"));
        Assert.That(root.GetProperty("SupportedVersions").EnumerateArray().Select(v => v.GetString()), Does.Contain("4.90"));
    }

    [Test]
    public void ContainsNoHostAssembly()
    {
        var fileNames = _entries.Select(Path.GetFileName).ToList();

        Assert.That(fileNames.Intersect(_hostAssemblies, StringComparer.OrdinalIgnoreCase), Is.Empty);
    }
}
