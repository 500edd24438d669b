using System.Reflection;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>Every setting is on the configure page, labelled by its resource, and survives the round trip.</summary>
public class ConfigurationModelMappingTests
{
    private static readonly PropertyInfo[] _settings = typeof(AmazonChannelSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>The one setting whose model property has another name: an enum shown as a select list of its values.</summary>
    private static string ModelPropertyOf(string setting) => setting == nameof(AmazonChannelSettings.CustomerMapping) ? nameof(ConfigurationModel.CustomerMappingId) : setting;

    [Test]
    public void EverySetting_HasAModelPropertyLabelledByTheSettingsResource()
    {
        foreach (var setting in _settings)
        {
            var property = typeof(ConfigurationModel).GetProperty(ModelPropertyOf(setting.Name));
            Assert.That(property, Is.Not.Null, setting.Name);
            Assert.That(property!.GetCustomAttribute<NopResourceDisplayNameAttribute>()?.ResourceKey,
                Is.EqualTo($"Plugins.Misc.AmazonChannel.Settings.{setting.Name}"), setting.Name);
        }
    }

    [Test]
    public void ChangedSettings_DifferFromTheDefaultsInEveryProperty()
    {
        var defaults = AmazonChannelDefaults.CreateDefaultSettings();
        var changed = ConfigurationTestKit.ChangedSettings();

        Assert.That(_settings.Where(setting => Equals(setting.GetValue(defaults), setting.GetValue(changed))).Select(setting => setting.Name), Is.Empty,
            "the round trip below could not notice a property the mapping leaves out");
    }

    [Test]
    public void SettingsToModelAndBack_KeepsEveryValue()
    {
        var original = ConfigurationTestKit.ChangedSettings();
        var restored = AmazonChannelDefaults.CreateDefaultSettings();

        original.ToSettingsModel<ConfigurationModel>().ToSettings(restored);

        Assert.That(_settings.Where(setting => !Equals(setting.GetValue(original), setting.GetValue(restored))).Select(setting => setting.Name), Is.Empty);
    }

    [TestCase(null, null)]
    [TestCase("", null)]
    [TestCase("   ", null)]
    [TestCase(" http://localhost:5500/ ", "http://localhost:5500/")]
    public void EndpointOverride_IsTrimmedAndEmptyMeansNone(string? posted, string? stored)
    {
        var settings = ConfigurationTestKit.ChangedSettings();
        var model = settings.ToSettingsModel<ConfigurationModel>();
        model.EndpointOverride = posted;

        model.ToSettings(settings);

        Assert.That(settings.EndpointOverride, Is.EqualTo(stored));
    }
}
