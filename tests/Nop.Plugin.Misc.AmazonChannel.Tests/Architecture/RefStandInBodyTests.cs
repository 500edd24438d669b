using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Architecture;

/// <summary>
/// ref/README.md rule 4, "No behaviour": every method body of a ref/ stand-in assembly is trivial (see
/// <see cref="StandInBodyChecker"/> for the definition), except the documented exceptions listed here and in
/// ref/README.md.
/// </summary>
public class RefStandInBodyTests
{
    /// <summary>
    /// The ref/ stand-ins the tests reference, by assembly name. Add one line per new stand-in. Stand-ins found in the
    /// test output that were built from ref/ are checked too (<see cref="DiscoveredStandIns"/>).
    /// </summary>
    private static readonly string[] _listedStandIns =
    [
        "Nop.Core",
        "Nop.Data",
        "Nop.Services",
        "Nop.Web.Framework",
    ];

    /// <summary>
    /// The only stand-in bodies allowed to have behaviour. Each is named in ref/README.md (rule 4 and the type's row).
    /// Keys are <c>Namespace.Type+Nested::Method(parameter types)</c>, as <see cref="StandInBodyChecker"/> prints them.
    /// </summary>
    private static readonly DocumentedException[] _documentedExceptions =
    [
        new("Nop.Core", "Nop.Core.NopException::.ctor(string, object[])", "formats its message with string.Format"),
        new("Nop.Core", "Nop.Core.Domain.Customers.Customer::.ctor()", "gives a new customer a fresh CustomerGuid"),
        new("Nop.Core", "Nop.Core.Domain.Customers.Customer::get_TaxDisplayType()",
            "nullable enum wrapper: the lifted cast from int? branches on HasValue"),
        new("Nop.Core", "Nop.Core.Domain.Customers.Customer::set_TaxDisplayType(Nullable`1<TaxDisplayType>)",
            "nullable enum wrapper: the lifted cast to int? branches on HasValue"),
        new("Nop.Core", "Nop.Core.PagedList`1::.ctor(IList`1<!0>, int, int, Nullable`1<int>)",
            "fills its page: takes the source as the page when totalCount is given, else cuts the page from it"),
        new("Nop.Core", "Nop.Core.PagedList`1::get_HasPreviousPage()", "compares PageIndex"),
        new("Nop.Core", "Nop.Core.PagedList`1::get_HasNextPage()", "compares PageIndex with TotalPages"),
        new("Nop.Data", "Nop.Data.Migrations.NopMigrationAttribute+MigrationConfig::get_Version()",
            "the migration version: ticks of the date-time string plus the update type"),
        new("Nop.Data", "Nop.Data.Migrations.NopMigrationAttribute+MigrationConfig::get_Description()",
            "the migration description: given, or derived from the nopCommerce version and the update type"),
        new("Nop.Services", "Nop.Services.Security.PermissionConfig::.ctor(string, string, string, string[])",
            "copies the default customer roles into its list (List.AddRange)"),
        new("Nop.Web.Framework", "Nop.Web.Framework.Mvc.Filters.AuthorizeAdminAttribute::.ctor(bool)",
            "hands TypeFilterAttribute its (empty) filter type: typeof needs ldtoken and Type.GetTypeFromHandle"),
        new("Nop.Web.Framework", "Nop.Web.Framework.Mvc.Filters.CheckPermissionAttribute::.ctor(string, CheckPermissionResultType)",
            "hands TypeFilterAttribute its (empty) filter type: typeof needs ldtoken and Type.GetTypeFromHandle"),
        new("Nop.Web.Framework", "Nop.Web.Framework.Mvc.Filters.CheckPermissionAttribute::.ctor(string[], CheckPermissionResultType)",
            "hands TypeFilterAttribute its (empty) filter type: typeof needs ldtoken and Type.GetTypeFromHandle"),
    ];

    private static readonly Lazy<IReadOnlySet<string>> _discovered = new(Discover);

    public static IEnumerable<string> StandIns() => _listedStandIns.Union(DiscoveredStandIns()).Order(StringComparer.Ordinal);

    public static IEnumerable<string> ListedStandIns() => _listedStandIns;

    [TestCaseSource(nameof(StandIns))]
    public void EveryMethodBody_IsTrivialOrADocumentedException(string assembly)
    {
        var allowed = ExceptionsOf(assembly);
        var violations = StandInBodyChecker.NonTrivialBodies(OutputPath(assembly))
            .Where(finding => !allowed.Contains(finding.Member))
            .Select(finding => finding.ToString())
            .ToList();

        Assert.That(violations, Is.Empty,
            "ref/ stand-ins carry no behaviour (ref/README.md rule 4). Make these bodies trivial, or document them in "
            + $"{nameof(RefStandInBodyTests)}.{nameof(_documentedExceptions)} and ref/README.md");
    }

    [TestCaseSource(nameof(StandIns))]
    public void EveryDocumentedException_IsANonTrivialBodyOfTheAssembly(string assembly)
    {
        var nonTrivial = StandInBodyChecker.NonTrivialBodies(OutputPath(assembly)).Select(finding => finding.Member).ToHashSet();
        var stale = ExceptionsOf(assembly).Where(member => !nonTrivial.Contains(member)).ToList();

        Assert.That(stale, Is.Empty, "documented exceptions that no longer exist or are now trivial: remove them here and in ref/README.md");
    }

    [TestCaseSource(nameof(ListedStandIns))]
    public void ListedStandIn_InTheTestOutput_IsBuiltFromRef(string assembly)
    {
        Assert.That(File.Exists(OutputPath(assembly)), Is.True, $"{assembly}.dll is not in the test output");
        Assert.That(DiscoveredStandIns(), Does.Contain(assembly),
            $"{assembly}.dll in the test output is not a build of a ref/ project, so the check would read another assembly");
    }

    [Test]
    public void Discovery_IgnoresAssembliesNotBuiltFromRef()
    {
        Assert.That(DiscoveredStandIns(), Does.Not.Contain(typeof(AmazonChannelPlugin).Assembly.GetName().Name)
            .And.Not.Contain(typeof(RefStandInBodyTests).Assembly.GetName().Name)
            .And.Not.Contain(typeof(Assert).Assembly.GetName().Name));
    }

    [Test]
    public void DocumentedExceptions_NameListedStandIns()
    {
        Assert.That(_documentedExceptions.Select(exception => exception.Assembly).Distinct(), Is.SubsetOf(StandIns()));
        Assert.That(_documentedExceptions.Select(exception => exception.Reason), Has.All.Not.Empty);
    }

    [Test]
    public void Checker_AcceptsTrivialBodies()
    {
        var bodies = StandInBodyChecker.MethodsWithBodies(TestAssembly).Where(member => member.StartsWith(TypeKey<TrivialSample>(), StringComparison.Ordinal)).ToList();
        var findings = StandInBodyChecker.NonTrivialBodies(TestAssembly, type => type == TypeKey<TrivialSample>());

        Assert.That(bodies, Has.Count.GreaterThanOrEqualTo(15), "the trivial sample's bodies were not read");
        Assert.That(findings.Select(finding => finding.ToString()), Is.Empty);
    }

    [Test]
    public void Checker_FlagsNonTrivialBodies()
    {
        var type = TypeKey<NonTrivialSample>();
        var findings = StandInBodyChecker.NonTrivialBodies(TestAssembly, name => name == type)
            .ToDictionary(finding => finding.Member[(type.Length + 2)..], finding => string.Join("; ", finding.Reasons));

        Assert.That(findings.Keys, Is.EquivalentTo(new[]
        {
            ".ctor()", "Sum()", "get_IsEmpty()", "Describe(int)", "NewId()", "Blank()", "Many()", "Join(string[])",
        }));
        Assert.That(findings["Sum()"], Does.Contain("exception handling").And.Contain("opcode add"));
        Assert.That(findings["get_IsEmpty()"], Does.Contain("System.Collections.Generic.List`1<int>::get_Count").And.Contain("opcode ceq"));
        Assert.That(findings["Describe(int)"], Does.Contain("opcode b"));
        Assert.That(findings["NewId()"], Does.Contain("call System.Guid::NewGuid"));
        Assert.That(findings["Blank()"], Does.Contain("ldsfld of a foreign field System.String::Empty"));
        Assert.That(findings["Many()"], Does.Contain($"IL size").And.Contain($"> {StandInBodyChecker.MaxIlSize}"));
        Assert.That(findings["Join(string[])"], Does.Contain("call System.String::Join"));
    }

    [Test]
    public void Checker_AcceptsTheCompilersRecordMembers_ButNotHandWrittenOnes()
    {
        var plain = StandInBodyChecker.NonTrivialBodies(TestAssembly, type => type == TypeKey<RecordSample>());
        var written = StandInBodyChecker.NonTrivialBodies(TestAssembly, type => type == TypeKey<RecordWithOwnToString>());

        Assert.That(StandInBodyChecker.MethodsWithBodies(TestAssembly).Count(member => member.StartsWith(TypeKey<RecordSample>() + "::", StringComparison.Ordinal)),
            Is.GreaterThanOrEqualTo(8), "the record sample's synthesized members were not read");
        Assert.That(plain.Select(finding => finding.ToString()), Is.Empty);
        Assert.That(written.Select(finding => finding.Member), Is.EqualTo(new[] { TypeKey<RecordWithOwnToString>() + "::ToString()" }));
    }

    [Test]
    public void Checker_FlagsThePluginsOwnLogic()
    {
        var plugin = typeof(AmazonChannelPlugin).Assembly.Location;

        Assert.That(StandInBodyChecker.NonTrivialBodies(plugin, name => name == typeof(AmazonChannelPlugin).FullName), Is.Not.Empty);
    }

    /// <summary>
    /// Assemblies of the test output built from a ref/ project: their module version id equals that of the compiler's
    /// output of a ref/ project (ref/&lt;project&gt;/obj/; package assemblies are never copied there). A real assembly of
    /// the same name would differ.
    /// </summary>
    public static IReadOnlySet<string> DiscoveredStandIns() => _discovered.Value;

    private static IReadOnlySet<string> Discover()
    {
        var refDir = Path.Combine(TestPaths.RepoRoot, "ref");
        var builtFromRef = Directory.EnumerateDirectories(refDir)
            .Select(project => Path.Combine(project, "obj"))
            .Where(Directory.Exists)
            .SelectMany(obj => Directory.EnumerateFiles(obj, "*.dll", SearchOption.AllDirectories))
            .Select(StandInBodyChecker.ModuleVersionId)
            .OfType<Guid>()
            .ToHashSet();

        return Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => StandInBodyChecker.ModuleVersionId(path) is { } id && builtFromRef.Contains(id))
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string TestAssembly => typeof(RefStandInBodyTests).Assembly.Location;

    private static string OutputPath(string assembly) => Path.Combine(AppContext.BaseDirectory, assembly + ".dll");

    private static HashSet<string> ExceptionsOf(string assembly) =>
        _documentedExceptions.Where(exception => exception.Assembly == assembly).Select(exception => exception.Member).ToHashSet(StringComparer.Ordinal);

    private static string TypeKey<T>() => typeof(T).FullName!;

    private sealed record DocumentedException(string Assembly, string Member, string Reason);

    /// <summary>Bodies of the kinds the stand-ins use; the checker must accept every one.</summary>
    private sealed class TrivialSample : List<string>
    {
        private readonly string _name;

        public TrivialSample(string name) : base()
        {
            _name = name;
            Label = name;
        }

        public TrivialSample() : this("default")
        {
        }

        public static string[] Formats { get; } = ["a", "b", "c"];

        public static string Literal => "literal";

        public string Label { get; set; }

        public string Name => _name;

        public int Zero => 0;

        public object? Nothing => null;

        public int DayId { get; set; }

        public DayOfWeek Day
        {
            get => (DayOfWeek)DayId;
            set => DayId = (int)value;
        }

        public long Widened => DayId;

        public List<int> Items { get; } = new();

        public Task RunAsync() => Task.CompletedTask;

        public Task<T?> GetAsync<T>() => Task.FromResult<T?>(default);

        public Task<int> CountAsync() => Task.FromResult(0);

        public T? Default<T>() => default;

        public void Refuse() => throw new NotSupportedException("stand-in");

        public string Forward() => Label;
    }

    /// <summary>A record as the stand-ins declare one (BaseNopModel): only the compiler's members have logic.</summary>
    private record RecordSample
    {
        public Dictionary<string, string> Values { get; set; } = new();

        protected virtual void PostInitialize()
        {
        }
    }

    /// <summary>A record with a hand-written member the checker must still flag.</summary>
    private sealed record RecordWithOwnToString
    {
        public int Number { get; set; }

        public override string ToString() => Number > 0 ? "positive" : "other";
    }

    /// <summary>Bodies with real logic; the checker must flag every one.</summary>
    private sealed class NonTrivialSample
    {
        private readonly List<int> _values = [1, 2];

        public bool IsEmpty => _values.Count == 0;

        public int Sum()
        {
            var sum = 0;
            foreach (var value in _values)
                sum += value;
            return sum;
        }

        public static string Describe(int number) => number > 0 ? "positive" : "other";

        public static Guid NewId() => Guid.NewGuid();

        public static string Blank() => string.Empty;

        public static string Join(string[] parts) => string.Join(",", parts);

        public static string[] Many() =>
        [
            "a01", "a02", "a03", "a04", "a05", "a06", "a07", "a08", "a09", "a10",
            "a11", "a12", "a13", "a14", "a15", "a16", "a17", "a18", "a19", "a20",
            "a21", "a22", "a23", "a24", "a25", "a26", "a27", "a28", "a29", "a30",
        ];
    }
}
