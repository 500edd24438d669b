using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Packaging;

/// <summary>One assembly reference of a compiled assembly.</summary>
public sealed record AssemblyReferenceInfo(string Name, Version Version, string PublicKeyToken)
{
    public override string ToString() => $"{Name} {Version}" + (PublicKeyToken.Length > 0 ? $" (token {PublicKeyToken})" : string.Empty);

    /// <summary>The assembly references in an assembly's metadata, read without loading it.</summary>
    public static IReadOnlyList<AssemblyReferenceInfo> ReadFrom(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        return metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .Select(reference => new AssemblyReferenceInfo(
                metadata.GetString(reference.Name),
                reference.Version,
                Convert.ToHexString(metadata.GetBlobBytes(reference.PublicKeyOrToken)).ToLowerInvariant()))
            .ToList();
    }
}

/// <summary>One row of build/host-assemblies-4.90.3.txt.</summary>
public sealed record HostAssembly(string Name, Version Version, string Source)
{
    /// <summary>"Id/Version" of the package nopCommerce references for it, when the source is a package.</summary>
    public (string Id, string Version)? Package
    {
        get
        {
            if (!Source.StartsWith("package:", StringComparison.Ordinal))
                return null;
            var parts = Source["package:".Length..].Split('/');
            return (parts[0], parts[1]);
        }
    }
}

/// <summary>
/// The assemblies a stock nopCommerce 4.90.3 host provides (the repository's own table,
/// build/host-assemblies-4.90.3.txt), and the check of a plugin's assembly references against it.
/// </summary>
public sealed class HostAssemblyTable
{
    public const string RelativePath = "build/host-assemblies-4.90.3.txt";

    private readonly Dictionary<string, HostAssembly> _byName;

    public HostAssemblyTable(IEnumerable<HostAssembly> rows)
    {
        Rows = rows.ToList();
        _byName = new Dictionary<string, HostAssembly>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows)
        {
            if (!_byName.TryAdd(row.Name, row))
                throw new FormatException($"{RelativePath}: {row.Name} is listed twice");
        }
    }

    public IReadOnlyList<HostAssembly> Rows { get; }

    public HostAssembly? Find(string name) => _byName.GetValueOrDefault(name);

    public static HostAssemblyTable Load() => Parse(File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, RelativePath)));

    public static HostAssemblyTable Parse(IEnumerable<string> lines)
    {
        var rows = new List<HostAssembly>();
        foreach (var (raw, number) in lines.Select((line, index) => (line, index + 1)))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
                continue;

            var cells = Regex.Split(line, @"\s+");
            if (cells.Length != 3 || !Version.TryParse(cells[1], out var version)
                || !(cells[2] == "nopCommerce" || cells[2].StartsWith("framework:", StringComparison.Ordinal)
                     || Regex.IsMatch(cells[2], @"^package:[^/\s]+/\d+(\.\d+)+$")))
                throw new FormatException($"{RelativePath} line {number}: expected 'assembly version source', got '{raw}'");

            rows.Add(new HostAssembly(cells[0], version, cells[2]));
        }

        return new HostAssemblyTable(rows);
    }

    /// <summary>
    /// Every reference the host cannot satisfy, as a message naming it: a host assembly referenced at a higher version
    /// than the host has, or an assembly that is neither the host's nor carried by the plugin package itself.
    /// A host assembly is checked against the host's version even when the package carries a copy, because the host's
    /// copy is the one loaded.
    /// </summary>
    public IReadOnlyList<string> Violations(IEnumerable<AssemblyReferenceInfo> references, IEnumerable<string> carriedAssemblyNames)
    {
        var carried = new HashSet<string>(carriedAssemblyNames, StringComparer.OrdinalIgnoreCase);
        var violations = new List<string>();
        foreach (var reference in references)
        {
            var host = Find(reference.Name);
            if (host is not null)
            {
                if (reference.Version > host.Version)
                    violations.Add($"{reference}: newer than the host's {host.Name} {host.Version} ({host.Source})");
            }
            else if (!carried.Contains(reference.Name))
            {
                violations.Add($"{reference}: not provided by a nopCommerce 4.90.3 host (see {RelativePath}) and not carried in the plugin package");
            }
        }

        return violations;
    }
}
