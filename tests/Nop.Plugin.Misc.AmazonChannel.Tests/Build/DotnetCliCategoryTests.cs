using System.Reflection;
using Nop.Plugin.Misc.AmazonChannel.Tests.Architecture;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Build;

/// <summary>
/// Every fixture that starts the dotnet CLI is in the <see cref="TestCategories.DotnetCli"/> category, so the fast
/// developer loop (<c>--filter "TestCategory!=DotnetCli"</c>) really leaves all of them out.
/// </summary>
public class DotnetCliCategoryTests
{
    [Test]
    public void FixturesThatRunTheDotnetCli_AreFound()
    {
        Assert.That(FixturesUsingTheDotnetCli(), Is.SupersetOf(new[] { typeof(Packaging.PluginPackageTests), typeof(BuildModeTests) }));
    }

    [Test]
    public void FixturesThatRunTheDotnetCli_AreInTheDotnetCliCategory()
    {
        var uncategorised = FixturesUsingTheDotnetCli()
            .Where(fixture => !fixture.GetCustomAttributes<CategoryAttribute>(inherit: true).Any(category => category.Name == TestCategories.DotnetCli))
            .Select(fixture => fixture.FullName);

        Assert.That(uncategorised, Is.Empty);
    }

    /// <summary>Fixtures whose code (async state machines and lambdas included) refers to <see cref="DotnetCli"/>.</summary>
    private static List<Type> FixturesUsingTheDotnetCli() => typeof(DotnetCliCategoryTests).Assembly.GetTypes()
        .Where(type => type != typeof(DotnetCli) && type.DeclaringType != typeof(DotnetCli))
        .Where(type => TypeReferenceScanner.ReferencedTypes(type).Any(used => used == typeof(DotnetCli) || used.DeclaringType == typeof(DotnetCli)))
        .Select(Outermost)
        .Where(fixture => fixture != typeof(DotnetCliCategoryTests))
        .Distinct()
        .ToList();

    private static Type Outermost(Type type) => type.DeclaringType is { } declaring ? Outermost(declaring) : type;
}
