using System.Reflection;
using Nop.Plugin.Misc.AmazonChannel.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Plugin;

public class LocaleResourceTests
{
    [Test]
    public void EveryPluginEnumValue_HasAResource()
    {
        var enums = typeof(AmazonChannelPlugin).Assembly.GetTypes()
            .Where(type => type.IsEnum && type.IsPublic && type.Namespace!.StartsWith("Nop.Plugin.Misc.AmazonChannel.Domain", StringComparison.Ordinal));

        var missing = enums.SelectMany(type => Enum.GetNames(type).Select(name => $"Enums.{type}.{name}"))
            .Where(key => !AmazonChannelLocaleResources.All.ContainsKey(key))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EverySetting_HasALabelAndAHint()
    {
        var missing = typeof(AmazonChannelSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(property => new[] { $"{AmazonChannelDefaults.LocalePrefix}.Settings.{property.Name}", $"{AmazonChannelDefaults.LocalePrefix}.Settings.{property.Name}.Hint" })
            .Where(key => !AmazonChannelLocaleResources.All.ContainsKey(key))
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void NoResourceIsEmpty()
    {
        Assert.That(AmazonChannelLocaleResources.All.Where(pair => string.IsNullOrWhiteSpace(pair.Value)).Select(pair => pair.Key), Is.Empty);
    }
}
