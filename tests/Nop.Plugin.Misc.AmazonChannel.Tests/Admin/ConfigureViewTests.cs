using System.Reflection;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// The configure page's Razor source, read as text (nopCommerce compiles views at run time, so nothing else checks
/// them before a store opens the page): every string it shows is a locale resource and every field is labelled.
/// </summary>
public partial class ConfigureViewTests
{
    /// <summary>nopCommerce's own resources the view uses (present in 4.90.3's defaultResources.nopres.xml).</summary>
    private static readonly string[] _hostResources = ["Admin.Common.Save", "Admin.Common.Edit"];

    private static string ViewsDir => Path.Combine(TestPaths.RepoRoot, "Nop.Plugin.Misc.AmazonChannel", "Views");

    private static string View => File.ReadAllText(Path.Combine(ViewsDir, "Configure.cshtml"));

    private static IReadOnlyList<string> ResourceKeys() => TCall().Matches(View).Select(match => match.Groups["key"].Value).ToList();

    private static IReadOnlyList<string> Bound(string tag) =>
        Regex.Matches(View, $"<{tag}\\s+asp-for=\"(?<property>\\w+)\"").Select(match => match.Groups["property"].Value).ToList();

    private static IEnumerable<PropertyInfo> LabelledProperties() =>
        typeof(ConfigurationModel).GetProperties().Where(property => property.GetCustomAttribute<NopResourceDisplayNameAttribute>() is not null);

    [Test]
    public void EveryTranslatedString_IsAResource()
    {
        var keys = ResourceKeys();

        Assert.That(keys, Has.Count.GreaterThanOrEqualTo(8), "the view's T(\"...\") calls were not found");
        Assert.That(keys.Where(key => !AmazonChannelLocaleResources.All.ContainsKey(key) && !_hostResources.Contains(key)), Is.Empty);
    }

    [Test]
    public void EveryTranslationCall_NamesItsKeyLiterally()
    {
        var calls = Regex.Matches(View, @"\bT\(").Count;

        Assert.That(ResourceKeys(), Has.Count.EqualTo(calls), "a T(...) with a computed key escapes the resource check");
    }

    [Test]
    public void EveryLabel_HasAResourceAndAHint()
    {
        var labels = Bound("nop-label");

        Assert.That(labels, Is.Not.Empty);
        foreach (var property in labels)
        {
            var key = typeof(ConfigurationModel).GetProperty(property)?.GetCustomAttribute<NopResourceDisplayNameAttribute>()?.ResourceKey;
            Assert.That(key, Is.Not.Null, $"{property} has no NopResourceDisplayName");
            Assert.That(AmazonChannelLocaleResources.All, Does.ContainKey(key!).And.ContainKey(key + ".Hint"), property);
        }
    }

    [Test]
    public void EveryLabelledModelProperty_HasALabelAnEditorAndAValidationMessage()
    {
        var labels = Bound("nop-label");
        var editors = Bound("nop-editor").Concat(Bound("nop-select")).ToList();
        var validations = Regex.Matches(View, "asp-validation-for=\"(?<property>\\w+)\"").Select(match => match.Groups["property"].Value).ToList();

        foreach (var property in LabelledProperties().Select(property => property.Name))
        {
            Assert.That(labels.Count(label => label == property), Is.EqualTo(1), $"label of {property}");
            Assert.That(editors.Count(editor => editor == property), Is.EqualTo(1), $"editor of {property}");
            Assert.That(validations, Does.Contain(property), $"validation message of {property}");
        }
        Assert.That(labels.Concat(editors).Concat(validations).Except(LabelledProperties().Select(property => property.Name)), Is.Empty, "fields the model does not have");
    }

    [Test]
    public void UsesTheConfigurePluginLayoutAndPostsToTheController()
    {
        var controller = nameof(AmazonChannelConfigurationController)[..^"Controller".Length];

        Assert.That(View, Does.Contain("@model ConfigurationModel"));
        Assert.That(View, Does.Contain("Layout = \"_ConfigurePlugin\";"));
        Assert.That(View, Does.Match($"<form asp-controller=\"{controller}\" asp-action=\"Configure\" method=\"post\""));
        Assert.That(AmazonChannelDefaults.ConfigurationPath, Is.EqualTo($"Admin/{controller}/Configure"));
    }

    [Test]
    public void ViewPath_IsWhereThePackagePutsTheView()
    {
        const string prefix = "~/Plugins/Misc.AmazonChannel/";

        Assert.That(AmazonChannelDefaults.ConfigurationViewPath, Does.StartWith(prefix));
        Assert.That(Path.Combine(TestPaths.RepoRoot, "Nop.Plugin.Misc.AmazonChannel", AmazonChannelDefaults.ConfigurationViewPath[prefix.Length..]), Does.Exist);
    }

    [Test]
    public void ViewImports_UseNopCommercesRazorPageAndTagHelpers()
    {
        var imports = File.ReadAllText(Path.Combine(ViewsDir, "_ViewImports.cshtml"));

        Assert.That(imports, Does.Contain("@inherits Nop.Web.Framework.Mvc.Razor.NopRazorPage<TModel>"));
        Assert.That(imports, Does.Contain("@addTagHelper *, Nop.Web.Framework"));
        Assert.That(imports, Does.Contain("@using Nop.Plugin.Misc.AmazonChannel.Models"));
    }

    [GeneratedRegex("""\bT\("(?<key>[^"]+)"\)""")]
    private static partial Regex TCall();
}
