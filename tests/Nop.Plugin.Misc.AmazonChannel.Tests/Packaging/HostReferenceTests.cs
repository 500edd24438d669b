using System.IO.Compression;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Packaging;

/// <summary>
/// The plugin assembly asks a stock nopCommerce 4.90.3 host only for what it has: every assembly reference of the
/// built plugin dll is checked against the repository's host table (build/host-assemblies-4.90.3.txt).
/// </summary>
public class HostReferenceTests
{
    private const string FluentMigratorToken = "aacfc7de5acabf05";

    private static string PluginDll => typeof(AmazonChannelPlugin).Assembly.Location;

    [Test]
    public void PluginDll_ReferencesOnlyWhatTheHostProvides_AtTheHostsVersions()
    {
        var references = AssemblyReferenceInfo.ReadFrom(PluginDll);

        var violations = HostAssemblyTable.Load().Violations(references, PluginOutputAssemblies());

        Assert.That(references, Is.Not.Empty);
        Assert.That(violations, Is.Empty, "Plugin references: " + string.Join(", ", references));
    }

    [Test]
    public void PluginDll_ReferencesFluentMigratorAndNopCommerce_AtTheHostsExactIdentity()
    {
        var references = AssemblyReferenceInfo.ReadFrom(PluginDll).ToDictionary(reference => reference.Name);

        Assert.Multiple(() =>
        {
            Assert.That(references["FluentMigrator"].Version, Is.EqualTo(new Version(7, 1, 0, 0)));
            Assert.That(references["FluentMigrator"].PublicKeyToken, Is.EqualTo(FluentMigratorToken));
            Assert.That(references["FluentMigrator.Abstractions"].Version, Is.EqualTo(new Version(7, 1, 0, 0)));
            Assert.That(references["FluentMigrator.Abstractions"].PublicKeyToken, Is.EqualTo(FluentMigratorToken));
            foreach (var nop in new[] { "Nop.Core", "Nop.Data", "Nop.Services" })
                Assert.That(references[nop].Version, Is.EqualTo(new Version(4, 90, 0, 0)), nop);
        });
    }

    [Test]
    public void TestOutput_RunsOnTheServedFluentMigrator801_NotOnTheStandIns()
    {
        // The plugin asks for 7.1.0.0; here the runtime binds that to the served 8.0.1 packages (the migration tests run on them).
        var fluentMigrator = typeof(FluentMigrator.Migration).Assembly.GetName();
        var abstractions = typeof(FluentMigrator.MigrationAttribute).Assembly.GetName();
        var inOutput = Directory.GetFiles(AppContext.BaseDirectory, "FluentMigrator*.dll")
            .Select(path => System.Reflection.AssemblyName.GetAssemblyName(path))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(fluentMigrator.Version, Is.EqualTo(new Version(8, 0, 1, 0)));
            Assert.That(abstractions.Version, Is.EqualTo(new Version(8, 0, 1, 0)));
            Assert.That(inOutput.Select(name => name.Name), Does.Contain("FluentMigrator").And.Contain("FluentMigrator.Abstractions"));
            Assert.That(inOutput.Where(name => name.Version != new Version(8, 0, 1, 0)).Select(name => name.FullName), Is.Empty);
        });
    }

    [Test]
    public void Check_FailsOnNewerAndUnknownReferences_NamingEach()
    {
        var table = HostAssemblyTable.Load();
        var references = new[]
        {
            new AssemblyReferenceInfo("FluentMigrator", new Version(8, 0, 1, 0), FluentMigratorToken),
            new AssemblyReferenceInfo("AutoMapper", new Version(15, 1, 4, 0), string.Empty),
            new AssemblyReferenceInfo("System.Runtime", new Version(10, 0, 0, 0), string.Empty),
            new AssemblyReferenceInfo("Some.Unknown.Library", new Version(1, 0, 0, 0), string.Empty),
            new AssemblyReferenceInfo("Newtonsoft.Json", new Version(13, 0, 0, 0), string.Empty),
            new AssemblyReferenceInfo("Nop.Core", new Version(4, 90, 0, 0), string.Empty),
            new AssemblyReferenceInfo("Microsoft.Extensions.Logging.Abstractions", new Version(8, 0, 0, 0), string.Empty)
        };

        var violations = table.Violations(references, carriedAssemblyNames: []);

        Assert.That(violations, Has.Count.EqualTo(4));
        Assert.That(violations[0], Does.StartWith("FluentMigrator 8.0.1.0").And.Contains("7.1.0.0"));
        Assert.That(violations[1], Does.StartWith("AutoMapper 15.1.4.0").And.Contains("14.0.0.0"));
        Assert.That(violations[2], Does.StartWith("System.Runtime 10.0.0.0").And.Contains("9.0.0.0"));
        Assert.That(violations[3], Does.StartWith("Some.Unknown.Library 1.0.0.0").And.Contains("not provided"));
    }

    [Test]
    public void Check_AcceptsAnAssemblyThePackageCarries_ButNeverAHostAssemblyAboveTheHostsVersion()
    {
        var table = HostAssemblyTable.Load();
        var references = new[]
        {
            new AssemblyReferenceInfo("Own.Dependency", new Version(3, 0, 0, 0), string.Empty),
            new AssemblyReferenceInfo("linq2db", new Version(6, 5, 1, 0), string.Empty)
        };

        var violations = table.Violations(references, carriedAssemblyNames: ["Own.Dependency", "linq2db"]);

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0], Does.StartWith("linq2db 6.5.1.0").And.Contains("5.4.1.0"));
    }

    [Test]
    public void Check_OnARealNet10Assembly_ReportsItsFrameworkReferencesAsTooNew()
    {
        // Positive control on real metadata: this test assembly targets net10.0, which a net9.0 host does not have.
        var references = AssemblyReferenceInfo.ReadFrom(typeof(HostReferenceTests).Assembly.Location);

        var violations = HostAssemblyTable.Load().Violations(references, carriedAssemblyNames: []);

        Assert.That(violations, Has.Some.StartsWith("System.Runtime 10.0.0.0"));
    }

    [Test]
    public void Table_HoldsTheHostsKeyVersions()
    {
        var table = HostAssemblyTable.Load();

        Assert.Multiple(() =>
        {
            foreach (var (name, version) in new[]
                     {
                         ("Nop.Core", "4.90.0.0"), ("Nop.Data", "4.90.0.0"), ("Nop.Services", "4.90.0.0"), ("Nop.Web.Framework", "4.90.0.0"),
                         ("FluentMigrator", "7.1.0.0"), ("FluentMigrator.Abstractions", "7.1.0.0"), ("AutoMapper", "14.0.0.0"), ("FluentValidation", "11.0.0.0"),
                         ("linq2db", "5.4.1.0"), ("Newtonsoft.Json", "13.0.0.0"), ("System.Linq.Async", "6.0.0.0"),
                         ("System.Runtime", "9.0.0.0"), ("Microsoft.AspNetCore.Mvc.Core", "9.0.0.0"), ("Microsoft.Extensions.Http", "9.0.0.0"),
                         ("netstandard", "2.1.0.0")
                     })
                Assert.That(table.Find(name)?.Version, Is.EqualTo(Version.Parse(version)), name);
        });
    }

    [Test]
    public void Table_AgreesWithTheSharedHostPackageList()
    {
        var shared = Path.Combine(TestPaths.SharedDir, "nop", "host-packages-4.90.3.md");
        if (!File.Exists(shared))
            Assert.Ignore($"{shared} is not there (it sits beside the repository on CI and developer machines); the repository's table is used as it is.");

        var listed = SharedPackageVersions(File.ReadAllLines(shared));
        var table = HostAssemblyTable.Load().Rows.Where(row => row.Package is not null).Select(row => row.Package!.Value).Distinct().ToList();

        Assert.That(listed, Has.Count.GreaterThan(10), "rows read from " + shared);
        Assert.Multiple(() =>
        {
            foreach (var (id, version) in listed)
                Assert.That(table.Where(package => package.Id == id).Select(package => package.Version), Is.EqualTo(new[] { version }), $"{id} {version} ({shared})");
            foreach (var (id, version) in table)
                Assert.That(listed, Does.Contain((id, version)), $"{id} {version} in {HostAssemblyTable.RelativePath}");
        });
    }

    [Test]
    public void SharedListReader_ReadsEachPackageOfARow()
    {
        var rows = SharedPackageVersions(
        [
            "| package | version in nopCommerce 4.90.3 | served |",
            "|---|---|---|",
            "| FluentMigrator, FluentMigrator.Runner | 7.1.0 | 8.0.1 only |",
            "| Microsoft.AspNetCore.Mvc.NewtonsoftJson (brings Newtonsoft.Json 13) | 9.0.9 | 9.0.x |",
            "| DeepL.net, PdfRpt.Core | (4.90.3 uses them) | not served |"
        ]);

        Assert.That(rows, Is.EqualTo(new[] { ("FluentMigrator", "7.1.0"), ("FluentMigrator.Runner", "7.1.0"), ("Microsoft.AspNetCore.Mvc.NewtonsoftJson", "9.0.9") }));
    }

    /// <summary>(package, version) of each row of the shared list's table whose version is a number.</summary>
    private static List<(string Id, string Version)> SharedPackageVersions(IEnumerable<string> lines)
    {
        var packages = new List<(string, string)>();
        foreach (var line in lines.Where(line => line.TrimStart().StartsWith('|')))
        {
            var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
            if (cells.Length < 3 || !Regex.IsMatch(cells[2], @"^\d+(\.\d+)+$"))
                continue;
            foreach (var id in Regex.Replace(cells[1], @"\([^)]*\)", string.Empty).Split(',').Select(id => id.Trim()).Where(id => id.Length > 0))
                packages.Add((id, cells[2]));
        }

        return packages;
    }

    /// <summary>Assemblies beside the plugin in its own build output (what the package can carry besides host assemblies).</summary>
    private static IEnumerable<string> PluginOutputAssemblies()
    {
        var configuration = typeof(HostReferenceTests).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        var output = Path.Combine(TestPaths.RepoRoot, "Nop.Plugin.Misc.AmazonChannel", "bin", configuration, "net9.0");
        return Directory.Exists(output)
            ? Directory.GetFiles(output, "*.dll").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(name => name != "Nop.Plugin.Misc.AmazonChannel")
            : [];
    }
}

/// <summary>
/// The same check on the plugin dll inside the Release zip (<see cref="PluginPackage"/>, the README's packaging command).
/// </summary>
[NonParallelizable]
[Category(TestCategories.DotnetCli)]
public class PackagedHostReferenceTests
{
    private const string PluginFolder = "Misc.AmazonChannel";

    [Test]
    public void ZippedPluginDll_ReferencesOnlyWhatTheHostProvides_OrWhatTheZipCarries()
    {
        var extracted = Path.Combine(PluginPackage.WorkDir, "extracted-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(PluginPackage.ZipPath, extracted);
        var folder = Path.Combine(extracted, PluginFolder);
        var carried = Directory.GetFiles(folder, "*.dll").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();

        var references = AssemblyReferenceInfo.ReadFrom(Path.Combine(folder, "Nop.Plugin.Misc.AmazonChannel.dll"));
        var violations = HostAssemblyTable.Load().Violations(references, carried);

        Assert.That(references.Select(reference => reference.Name), Does.Contain("FluentMigrator"));
        Assert.That(references.Single(reference => reference.Name == "FluentMigrator").Version, Is.EqualTo(new Version(7, 1, 0, 0)));
        Assert.That(violations, Is.Empty, "Zipped plugin references: " + string.Join(", ", references));
        TestContext.Out.WriteLine("Zipped plugin references:" + Environment.NewLine + string.Join(Environment.NewLine, references));
    }
}
