using FluentValidation.Results;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Plugin.Misc.AmazonChannel.Validators;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The configure page's ranges and rules (a FluentValidation validator, run as the host runs it), with the plugin's own English messages.</summary>
public class ConfigurationModelValidatorTests
{
    private readonly ConfigurationModelValidator _validator = new(ConfigurationTestKit.PluginResources().Object);

    /// <summary>Each limited number, how to set it and its range.</summary>
    public static IEnumerable<TestCaseData> Limits()
    {
        yield return Limit(nameof(ConfigurationModel.QueueBatchSize), (m, v) => m.QueueBatchSize = v, ConfigurationLimits.QueueBatchSize);
        yield return Limit(nameof(ConfigurationModel.OrderSyncIntervalMinutes), (m, v) => m.OrderSyncIntervalMinutes = v, ConfigurationLimits.SyncIntervalMinutes);
        yield return Limit(nameof(ConfigurationModel.FulfillmentSyncIntervalMinutes), (m, v) => m.FulfillmentSyncIntervalMinutes = v, ConfigurationLimits.SyncIntervalMinutes);
        yield return Limit(nameof(ConfigurationModel.QueueSyncIntervalMinutes), (m, v) => m.QueueSyncIntervalMinutes = v, ConfigurationLimits.SyncIntervalMinutes);
        yield return Limit(nameof(ConfigurationModel.ReturnsSyncIntervalMinutes), (m, v) => m.ReturnsSyncIntervalMinutes = v, ConfigurationLimits.SyncIntervalMinutes);
        yield return Limit(nameof(ConfigurationModel.SettlementSyncIntervalMinutes), (m, v) => m.SettlementSyncIntervalMinutes = v, ConfigurationLimits.SyncIntervalMinutes);
        yield return Limit(nameof(ConfigurationModel.SyncOverlapMinutes), (m, v) => m.SyncOverlapMinutes = v, ConfigurationLimits.SyncOverlapMinutes);
        yield return Limit(nameof(ConfigurationModel.InitialSyncDays), (m, v) => m.InitialSyncDays = v, ConfigurationLimits.InitialSyncDays);
        yield return Limit(nameof(ConfigurationModel.BacklogThresholdHours), (m, v) => m.BacklogThresholdHours = v, ConfigurationLimits.BacklogThresholdHours);
        yield return Limit(nameof(ConfigurationModel.HistoryRetentionDays), (m, v) => m.HistoryRetentionDays = v, ConfigurationLimits.HistoryRetentionDays);
        yield return Limit(nameof(ConfigurationModel.BuyerDataRetentionDays), (m, v) => m.BuyerDataRetentionDays = v, ConfigurationLimits.BuyerDataRetentionDays);
    }

    private List<ValidationFailure> Errors(ConfigurationModel model) => _validator.Validate(model).Errors;

    private static TestCaseData Limit(string property, Action<ConfigurationModel, int> set, (int Min, int Max) range) =>
        new TestCaseData(property, set, range.Min, range.Max).SetArgDisplayNames(property);

    [Test]
    public void TheInstallDefaults_AreValid()
    {
        Assert.That(Errors(AmazonChannelDefaults.CreateDefaultSettings().ToSettingsModel<ConfigurationModel>()), Is.Empty);
    }

    [TestCaseSource(nameof(Limits))]
    public void ANumber_IsAcceptedAtItsBounds(string property, Action<ConfigurationModel, int> set, int min, int max)
    {
        foreach (var value in new[] { min, max })
        {
            var model = AmazonChannelDefaults.CreateDefaultSettings().ToSettingsModel<ConfigurationModel>();
            set(model, value);
            Assert.That(Errors(model), Is.Empty, $"{property} = {value}");
        }
    }

    [TestCaseSource(nameof(Limits))]
    public void ANumber_OutsideItsBounds_IsRejectedWithTheRangeInTheMessage(string property, Action<ConfigurationModel, int> set, int min, int max)
    {
        foreach (var value in new[] { min - 1, max + 1 })
        {
            var model = AmazonChannelDefaults.CreateDefaultSettings().ToSettingsModel<ConfigurationModel>();
            set(model, value);

            var error = Errors(model).Single();

            Assert.That(error.PropertyName, Is.EqualTo(property));
            Assert.That(error.ErrorMessage, Does.Contain($"between {min} and {max}").And.Not.Contain(ConfigurationTestKit.MissingMarker).And.Not.Contain("{"));
        }
    }

    [TestCase("http://localhost:5500", true)]
    [TestCase("https://sellingpartnerapi-eu.amazon.com/", true)]
    [TestCase("", true)]
    [TestCase(null, true)]
    [TestCase("localhost:5500", false)]
    [TestCase("ftp://emulator", false)]
    [TestCase("/relative/path", false)]
    public void EndpointOverride_MustBeEmptyOrAnAbsoluteHttpUrl(string? value, bool valid)
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToSettingsModel<ConfigurationModel>();
        model.EndpointOverride = value;

        var errors = Errors(model);

        Assert.That(errors.Select(error => error.PropertyName), valid ? Is.Empty : Is.EqualTo(new[] { nameof(ConfigurationModel.EndpointOverride) }));
        Assert.That(errors.Select(error => error.ErrorMessage), Has.None.Contain(ConfigurationTestKit.MissingMarker));
    }

    [Test]
    public void ASharedCustomer_MustBeNamed()
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToSettingsModel<ConfigurationModel>();
        model.CustomerMappingId = (int)CustomerMappingMode.SharedCustomer;
        model.SharedCustomerId = 0;

        var error = Errors(model).Single();
        model.SharedCustomerId = 12;

        Assert.That(error.PropertyName, Is.EqualTo(nameof(ConfigurationModel.SharedCustomerId)));
        Assert.That(error.ErrorMessage, Is.EqualTo("Enter the ID of the shared customer."));
        Assert.That(Errors(model), Is.Empty);
    }

    [Test]
    public void AnUnknownCustomerMapping_IsRejected()
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToSettingsModel<ConfigurationModel>();
        model.CustomerMappingId = 99;

        var error = Errors(model).Single();

        Assert.That(error.PropertyName, Is.EqualTo(nameof(ConfigurationModel.CustomerMappingId)));
        Assert.That(error.ErrorMessage, Does.Not.Contain(ConfigurationTestKit.MissingMarker));
    }
}
