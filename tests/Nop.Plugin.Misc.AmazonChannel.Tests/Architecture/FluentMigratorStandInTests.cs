using System.Reflection;
using System.Runtime.InteropServices;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Architecture;

/// <summary>
/// ref/'s FluentMigrator 7.1.0 stand-ins declare nothing the real FluentMigrator does not: every public type and
/// every public or protected member they declare exists, with the same signature and in the same assembly, in the
/// served FluentMigrator 8.0.1 packages (whose surface used here is the same as 7.1.0's; see ref/README.md).
/// Both sides are read with MetadataLoadContext, never loaded for execution.
/// </summary>
public class FluentMigratorStandInTests
{
    private const string ServedVersion = "8.0.1";

    private static readonly string[] _assemblyNames = ["FluentMigrator.Abstractions", "FluentMigrator"];

    [Test]
    public void StandIns_HaveFluentMigrators_AssemblyIdentity_AtVersion710()
    {
        using var standIns = Context(StandInPaths());
        using var served = Context(ServedPaths());

        Assert.Multiple(() =>
        {
            foreach (var name in _assemblyNames)
            {
                var standIn = standIns.LoadFromAssemblyName(name).GetName();
                var real = served.LoadFromAssemblyName(name).GetName();
                Assert.That(standIn.Version, Is.EqualTo(new Version(7, 1, 0, 0)), name);
                Assert.That(standIn.CultureName, Is.EqualTo(real.CultureName), name);
                Assert.That(Convert.ToHexString(standIn.GetPublicKeyToken()!), Is.EqualTo(Convert.ToHexString(real.GetPublicKeyToken()!)).And.EqualTo("AACFC7DE5ACABF05"), name);
                Assert.That(Convert.ToHexString(standIn.GetPublicKey()!), Is.EqualTo(Convert.ToHexString(real.GetPublicKey()!)), name);
            }
        });
    }

    [Test]
    public void EveryDeclaration_OfTheStandIns_ExistsInTheServedAssemblies_WithTheSameSignature()
    {
        using var standIns = Context(StandInPaths());
        using var served = Context(ServedPaths());

        var declarations = _assemblyNames.SelectMany(name => Declarations(standIns.LoadFromAssemblyName(name))).ToList();
        var real = _assemblyNames.SelectMany(name => Declarations(served.LoadFromAssemblyName(name))).ToHashSet();

        Assert.That(declarations, Has.Count.GreaterThan(40), "declarations read from the stand-ins");
        Assert.That(declarations.Where(declaration => !real.Contains(declaration)), Is.Empty);
    }

    [Test]
    public void Comparison_ReportsWhatOneSideDeclaresAndTheOtherDoesNot()
    {
        // Positive control: the served assemblies declare much that the stand-ins leave out (members and whole types).
        using var standIns = Context(StandInPaths());
        using var served = Context(ServedPaths());

        var declared = _assemblyNames.SelectMany(name => Declarations(standIns.LoadFromAssemblyName(name))).ToHashSet();
        var missing = _assemblyNames.SelectMany(name => Declarations(served.LoadFromAssemblyName(name))).Where(d => !declared.Contains(d)).ToList();

        Assert.That(missing, Has.Some.EndsWith("FluentMigrator.Builders.IColumnTypeSyntax`1::public abstract TNext AsAnsiString()"));
        Assert.That(missing, Has.Some.StartsWith("[FluentMigrator.Abstractions] type FluentMigrator.Builders.Alter.IAlterExpressionRoot"));
        Assert.That(missing, Has.Some.EndsWith("FluentMigrator.MigrationBase::public FluentMigrator.Builders.Alter.IAlterExpressionRoot get_Alter()"));
    }

    /// <summary>One line per public type and per public or protected member, naming assembly, kind and full signature.</summary>
    private static IEnumerable<string> Declarations(Assembly assembly)
    {
        var prefix = $"[{assembly.GetName().Name}]";
        foreach (var type in assembly.GetTypes().Where(type => type.IsPublic || type.IsNestedPublic || type.IsNestedFamily))
        {
            var name = TypeName(type);
            yield return $"{prefix} type {name} {TypeShape(type)}";

            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all).Where(method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly))
                yield return $"{prefix} {name}::{MethodShape(method)}";
            foreach (var constructor in type.GetConstructors(all).Where(ctor => ctor.IsPublic || ctor.IsFamily || ctor.IsFamilyOrAssembly))
                yield return $"{prefix} {name}::{Access(constructor)} .ctor({Parameters(constructor)})";
            foreach (var property in type.GetProperties(all))
            {
                var accessors = property.GetAccessors(nonPublic: true).Where(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly).ToList();
                if (accessors.Count > 0)
                    yield return $"{prefix} {name}::property {TypeName(property.PropertyType)} {property.Name} {{ {string.Join(" ", accessors.Select(a => Access(a) + " " + a.Name))} }}";
            }
            foreach (var field in type.GetFields(all).Where(field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly))
                yield return $"{prefix} {name}::field {(field.IsStatic ? "static " : "")}{(field.IsLiteral ? "const " : "")}{TypeName(field.FieldType)} {field.Name}" +
                             (field.IsLiteral ? " = " + Convert.ToString(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) : "");
        }
    }

    private static string TypeShape(Type type)
    {
        var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : "class";
        var modifiers = (type.IsAbstract && !type.IsInterface ? " abstract" : "") + (type.IsSealed && !type.IsValueType ? " sealed" : "");
        var generics = type.IsGenericTypeDefinition
            ? " <" + string.Join(", ", type.GetGenericArguments().Select(arg =>
                $"{arg.Name}:{arg.GenericParameterAttributes}:{string.Join("+", arg.GetGenericParameterConstraints().Select(TypeName).Order())}")) + ">"
            : "";
        var baseType = type.BaseType is null || type.IsEnum ? "" : " : " + TypeName(type.BaseType);
        IEnumerable<string> interfaces = type.IsEnum ? [] : type.GetInterfaces().Select(TypeName).Order(StringComparer.Ordinal);
        var usage = type.GetCustomAttributesData().Where(a => a.AttributeType.FullName == typeof(AttributeUsageAttribute).FullName)
            .Select(a => " [AttributeUsage(" + string.Join(", ", a.ConstructorArguments.Select(arg => arg.Value).Concat(a.NamedArguments.Select(arg => (object?)$"{arg.MemberName}={arg.TypedValue.Value}"))) + ")]");
        return $"{kind}{modifiers}{generics}{baseType} implements [{string.Join(", ", interfaces)}]{string.Concat(usage)}";
    }

    private static string MethodShape(MethodInfo method)
    {
        var modifiers = (method.IsStatic ? "static " : "") + (method.IsAbstract ? "abstract " : method.IsVirtual ? (method.IsFinal ? "sealed-virtual " : "virtual ") : "");
        var generics = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(arg => arg.Name)) + ">" : "";
        return $"{Access(method)} {modifiers}{TypeName(method.ReturnType)} {method.Name}{generics}({Parameters(method)})";
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(parameter =>
            $"{(parameter.IsOut ? "out " : parameter.ParameterType.IsByRef ? "ref " : "")}{TypeName(parameter.ParameterType)} {parameter.Name}" +
            (parameter.HasDefaultValue ? " = " + (parameter.RawDefaultValue ?? "null") : "") +
            (parameter.GetCustomAttributesData().Any(a => a.AttributeType.FullName == typeof(ParamArrayAttribute).FullName) ? " (params)" : "")));

    private static string Access(MethodBase method) => method.IsPublic ? "public" : method.IsFamily ? "protected" : "protected internal";

    private static string TypeName(Type type) => type.IsGenericParameter ? type.Name : type.ToString();

    private static string[] StandInPaths()
    {
        var recorded = typeof(FluentMigratorStandInTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "FluentMigratorStandIn")?.Value;
        Assert.That(recorded, Is.Not.Null.And.Not.Empty, "the test project records the stand-ins' paths (AssemblyMetadata FluentMigratorStandIn)");

        var paths = recorded!.Split(';', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(paths.Select(Path.GetFileNameWithoutExtension), Is.EquivalentTo(_assemblyNames));
        Assert.That(paths, Has.All.Matches<string>(File.Exists), "the stand-ins are built with the plugin");
        return paths;
    }

    private static string[] ServedPaths()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var paths = _assemblyNames
            .Select(name => Path.Combine(packages, name.ToLowerInvariant(), ServedVersion, "lib", "netstandard2.0", name + ".dll"))
            .ToArray();
        var absent = paths.Where(path => !File.Exists(path)).ToList();
        if (absent.Count > 0)
            Assert.Ignore($"The served FluentMigrator {ServedVersion} packages are not in the NuGet package folder ({string.Join(", ", absent)}); nothing to compare with.");
        return paths;
    }

    /// <summary>A MetadataLoadContext over the given assemblies plus the running framework (for netstandard and System.Data).</summary>
    private static MetadataLoadContext Context(IEnumerable<string> assemblies)
    {
        var framework = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll");
        return new MetadataLoadContext(new PathAssemblyResolver(assemblies.Concat(framework)), "System.Private.CoreLib");
    }
}
