using System.IO.Compression;
using System.Text.Json;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Packaging;

/// <summary>
/// The plugin package (<see cref="PluginPackage"/>, the README's command) is what nopCommerce's "Upload plugin or theme"
/// accepts, without any host assembly.
/// </summary>
[NonParallelizable]
[Category(TestCategories.DotnetCli)]
public class PluginPackageTests
{
    private const string PluginFolder = "Misc.AmazonChannel";

    private static readonly string[] _hostAssemblies =
        ["Nop.Core.dll", "Nop.Data.dll", "Nop.Services.dll", "Nop.Web.Framework.dll", "Nop.Web.dll", "FluentMigrator.dll", "FluentMigrator.Abstractions.dll", "AutoMapper.dll", "FluentValidation.dll", "linq2db.dll"];

    private string _workDir = null!;
    private List<string> _entries = null!;
    private ZipArchive _zip = null!;

    [OneTimeSetUp]
    public void OpenPackage()
    {
        _workDir = PluginPackage.WorkDir;
        _zip = ZipFile.OpenRead(PluginPackage.ZipPath);
        _entries = _zip.Entries.Select(entry => entry.FullName.Replace('\\', '/')).ToList();
    }

    [OneTimeTearDown]
    public void ClosePackage() => _zip?.Dispose();

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
