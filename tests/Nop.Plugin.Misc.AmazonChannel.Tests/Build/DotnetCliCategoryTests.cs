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

    /// <summary>
    /// Fixtures whose code (async state machines and lambdas included) refers to <see cref="DotnetCli"/>, directly or
    /// through a helper that does (such as the package built once for the packaging fixtures).
    /// </summary>
    private static List<Type> FixturesUsingTheDotnetCli()
    {
        var allTypes = typeof(DotnetCliCategoryTests).Assembly.GetTypes();
        var runners = new HashSet<Type> { typeof(DotnetCli) };
        bool grew;
        do
        {
            grew = false;
            foreach (var type in allTypes)
            {
                var outermost = Outermost(type);
                if (runners.Contains(outermost) || outermost == typeof(DotnetCliCategoryTests))
                    continue;
                if (TypeReferenceScanner.ReferencedTypes(type).Any(used => runners.Contains(Outermost(used))))
                    grew |= runners.Add(outermost);
            }
        }
        while (grew);

        return runners.Where(IsFixture).ToList();
    }

    private static bool IsFixture(Type type) => type.GetMethods().Any(method =>
        method.GetCustomAttributes<TestAttribute>().Any() || method.GetCustomAttributes<TestCaseAttribute>().Any()
        || method.GetCustomAttributes<TestCaseSourceAttribute>().Any());

    private static Type Outermost(Type type) => type.DeclaringType is { } declaring ? Outermost(declaring) : type;
}
