namespace Nop.Plugin.Misc.AmazonChannel.Tests.Architecture;

/// <summary>
/// The Selling Partner API client must stay free of nopCommerce: it may use the BCL and its own namespace only, so it
/// can be tested against the emulator and reused outside a nopCommerce host.
/// </summary>
public class SellingPartnerApiIndependenceTests
{
    private const string ClientNamespace = "Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi";

    private static readonly System.Reflection.Assembly _plugin = typeof(AmazonChannelPlugin).Assembly;

    [Test]
    public void ClientNamespace_HasTypes()
    {
        Assert.That(ClientTypes(), Is.Not.Empty, $"no types found in {ClientNamespace}");
    }

    [Test]
    public void ClientTypes_ReferenceNoNopCommerceAssemblyNorTheRestOfThePlugin()
    {
        var violations = ClientTypes()
            .SelectMany(type => Violations(type).Select(used => $"{type.FullName} -> {used.FullName ?? used.Name} ({used.Assembly.GetName().Name})"))
            .Distinct()
            .ToList();

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Scanner_DetectsNopReferences()
    {
        // The plugin class derives from nopCommerce's BasePlugin and calls nopCommerce services: the scan must see that.
        Assert.That(Violations(typeof(AmazonChannelPlugin)), Is.Not.Empty);
        Assert.That(Violations(typeof(Services.HistoryCleanupService)).Select(type => type.Assembly.GetName().Name), Does.Contain("Nop.Data"));
    }

    private static IEnumerable<Type> ClientTypes() =>
        _plugin.GetTypes().Where(type => type.Namespace is { } ns && (ns == ClientNamespace || ns.StartsWith(ClientNamespace + ".", StringComparison.Ordinal)));

    private static IEnumerable<Type> Violations(Type type) =>
        TypeReferenceScanner.ReferencedTypes(type).Where(used => !used.IsGenericParameter && IsForbidden(used));

    private static bool IsForbidden(Type used)
    {
        var assembly = used.Assembly.GetName().Name ?? string.Empty;
        if (used.Assembly == _plugin)
        {
            var ns = used.Namespace ?? string.Empty;
            var inClient = ns == ClientNamespace || ns.StartsWith(ClientNamespace + ".", StringComparison.Ordinal);
            return !inClient && !TypeReferenceScanner.IsCompilerGenerated(used) && ns.Length > 0;
        }

        return assembly.StartsWith("Nop.", StringComparison.Ordinal);
    }
}
