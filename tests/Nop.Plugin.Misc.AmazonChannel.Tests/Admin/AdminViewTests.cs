using System.Reflection;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// Every view of the plugin, read as Razor text (nopCommerce compiles views only when a page opens; the browser stage
/// opens them in a real store): every T("...") key is a resource, every labelled field has a resource and a hint, every
/// asp-for names a property of the view's model, and every view path a controller returns exists.
/// </summary>
public partial class AdminViewTests
{
    /// <summary>nopCommerce's own resources the views use (present in 4.90.3's defaultResources.nopres.xml).</summary>
    private static readonly string[] _hostResources =
        ["Admin.Common.Save", "Admin.Common.Search", "Admin.Common.View", "Admin.Common.Alert.NothingSelected", "Admin.Common.Delete",
         "Admin.Common.Edit", "Admin.Common.AddNew", "Admin.Common.Cancel"];

    private static string ViewsDir => Path.Combine(TestPaths.RepoRoot, "Nop.Plugin.Misc.AmazonChannel", "Views");

    private static IEnumerable<string> Views() =>
        Directory.GetFiles(ViewsDir, "*.cshtml", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('_'))
            .Select(path => Path.GetRelativePath(ViewsDir, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string Read(string view) => File.ReadAllText(Path.Combine(ViewsDir, view));

    private static Type ModelOf(string text, string view)
    {
        var name = ModelDirective().Match(text).Groups["type"].Value;
        Assert.That(name, Is.Not.Empty, $"{view} has no @model");
        var type = typeof(AmazonChannelPlugin).Assembly.GetTypes().SingleOrDefault(t => t.Name == name);
        Assert.That(type, Is.Not.Null, $"{view}: model {name} is not a type of the plugin");
        return type!;
    }

    [Test]
    public void ThereAreViewsToCheck() => Assert.That(Views().Count(), Is.GreaterThanOrEqualTo(4));

    [TestCaseSource(nameof(Views))]
    public void EveryTranslatedString_IsAResource(string view)
    {
        var text = Read(view);
        var keys = TCall().Matches(text).Select(match => match.Groups["key"].Value).ToList();

        Assert.That(keys.Where(key => !AmazonChannelLocaleResources.All.ContainsKey(key) && !_hostResources.Contains(key)), Is.Empty, view);
        Assert.That(keys, Has.Count.EqualTo(Regex.Matches(text, @"\bT\(").Count), $"{view}: a T(...) with a computed key escapes the check");
    }

    [TestCaseSource(nameof(Views))]
    public void EveryBoundField_IsAPropertyOfTheModel_AndEveryLabelHasAResourceAndAHint(string view)
    {
        var text = Read(view);
        var model = ModelOf(text, view);

        foreach (Match match in AspFor().Matches(text))
        {
            var property = model.GetProperty(match.Groups["property"].Value);
            Assert.That(property, Is.Not.Null, $"{view}: {model.Name} has no {match.Groups["property"].Value}");
            if (match.Groups["tag"].Value != "nop-label")
                continue;
            var key = property!.GetCustomAttribute<NopResourceDisplayNameAttribute>()?.ResourceKey;
            Assert.That(key, Is.Not.Null, $"{view}: {property!.Name} has no NopResourceDisplayName");
            Assert.That(AmazonChannelLocaleResources.All, Does.ContainKey(key!).And.ContainKey(key + ".Hint"), $"{view}: {property.Name}");
        }
    }

    [TestCaseSource(nameof(Views))]
    public void EveryNullableNumberOrDate_InANopEditor_NamesItsNullableTemplate(string view)
    {
        // nopCommerce's Decimal/Int32/Date editor templates take a non-null model: an empty value would break the page.
        var text = Read(view);
        var model = ModelOf(text, view);
        foreach (Match match in AspFor().Matches(text).Where(m => m.Groups["tag"].Value == "nop-editor"))
        {
            var property = model.GetProperty(match.Groups["property"].Value)!;
            if (Nullable.GetUnderlyingType(property.PropertyType) is null)
                continue;
            var hint = property.GetCustomAttribute<System.ComponentModel.DataAnnotations.UIHintAttribute>()?.UIHint;
            Assert.That(hint, Does.EndWith("Nullable"), $"{view}: {property.Name} needs [UIHint(\"...Nullable\")]");
        }
    }

    [TestCaseSource(nameof(Views))]
    public void EveryPostForm_GoesThroughTheFormTagHelper(string view)
    {
        // The form tag helper adds the anti-forgery token the controllers validate; a plain action="..." form would not.
        foreach (Match form in Regex.Matches(Read(view), "<form[^>]*>"))
        {
            if (!form.Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
                continue;
            Assert.That(form.Value, Does.Contain("asp-action=").And.Not.Contain(" action="), $"{view}: {form.Value}");
        }
    }

    [Test]
    public void EveryViewPathAControllerReturns_Exists()
    {
        const string prefix = "~/Plugins/Misc.AmazonChannel/";
        var paths = typeof(AdminViews).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!).ToList();

        Assert.That(paths, Is.Not.Empty);
        foreach (var path in paths)
        {
            Assert.That(path, Does.StartWith(prefix));
            Assert.That(Path.Combine(TestPaths.RepoRoot, "Nop.Plugin.Misc.AmazonChannel", path[prefix.Length..]), Does.Exist, path);
        }
    }

    [GeneratedRegex("""\bT\("(?<key>[^"]+)"\)""")]
    private static partial Regex TCall();

    [GeneratedRegex("""^@model\s+(?:[\w.]+\.)?(?<type>\w+)\s*$""", RegexOptions.Multiline)]
    private static partial Regex ModelDirective();

    [GeneratedRegex("<(?<tag>[\\w-]+)\\s+asp-for=\"(?<property>\\w+)\"")]
    private static partial Regex AspFor();
}
