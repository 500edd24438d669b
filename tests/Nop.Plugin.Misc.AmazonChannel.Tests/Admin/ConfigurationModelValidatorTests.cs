using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The configure page's ranges and rules, with the plugin's own English messages.</summary>
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

    private static TestCaseData Limit(string property, Action<ConfigurationModel, int> set, (int Min, int Max) range) =>
        new TestCaseData(property, set, range.Min, range.Max).SetArgDisplayNames(property);

    [Test]
    public async Task TheInstallDefaults_AreValid()
    {
        Assert.That(await _validator.ValidateAsync(AmazonChannelDefaults.CreateDefaultSettings().ToModel()), Is.Empty);
    }

    [TestCaseSource(nameof(Limits))]
    public async Task ANumber_IsAcceptedAtItsBounds(string property, Action<ConfigurationModel, int> set, int min, int max)
    {
        foreach (var value in new[] { min, max })
        {
            var model = AmazonChannelDefaults.CreateDefaultSettings().ToModel();
            set(model, value);
            Assert.That(await _validator.ValidateAsync(model), Is.Empty, $"{property} = {value}");
        }
    }

    [TestCaseSource(nameof(Limits))]
    public async Task ANumber_OutsideItsBounds_IsRejectedWithTheRangeInTheMessage(string property, Action<ConfigurationModel, int> set, int min, int max)
    {
        foreach (var value in new[] { min - 1, max + 1 })
        {
            var model = AmazonChannelDefaults.CreateDefaultSettings().ToModel();
            set(model, value);

            var error = (await _validator.ValidateAsync(model)).Single();

            Assert.That(error.Property, Is.EqualTo(property));
            Assert.That(error.Message, Does.Contain($"between {min} and {max}").And.Not.Contain(ConfigurationTestKit.MissingMarker).And.Not.Contain("{"));
        }
    }

    [TestCase("http://localhost:5500", true)]
    [TestCase("https://sellingpartnerapi-eu.amazon.com/", true)]
    [TestCase("", true)]
    [TestCase(null, true)]
    [TestCase("localhost:5500", false)]
    [TestCase("ftp://emulator", false)]
    [TestCase("/relative/path", false)]
    public async Task EndpointOverride_MustBeEmptyOrAnAbsoluteHttpUrl(string? value, bool valid)
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToModel();
        model.EndpointOverride = value;

        var errors = await _validator.ValidateAsync(model);

        Assert.That(errors.Select(error => error.Property), valid ? Is.Empty : Is.EqualTo(new[] { nameof(ConfigurationModel.EndpointOverride) }));
        Assert.That(errors.Select(error => error.Message), Has.None.Contain(ConfigurationTestKit.MissingMarker));
    }

    [Test]
    public async Task ASharedCustomer_MustBeNamed()
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToModel();
        model.CustomerMappingId = (int)CustomerMappingMode.SharedCustomer;
        model.SharedCustomerId = 0;

        var error = (await _validator.ValidateAsync(model)).Single();
        model.SharedCustomerId = 12;

        Assert.That(error.Property, Is.EqualTo(nameof(ConfigurationModel.SharedCustomerId)));
        Assert.That(error.Message, Is.EqualTo("Enter the ID of the shared customer."));
        Assert.That(await _validator.ValidateAsync(model), Is.Empty);
    }

    [Test]
    public async Task AnUnknownCustomerMapping_IsRejected()
    {
        var model = AmazonChannelDefaults.CreateDefaultSettings().ToModel();
        model.CustomerMappingId = 99;

        var error = (await _validator.ValidateAsync(model)).Single();

        Assert.That(error.Property, Is.EqualTo(nameof(ConfigurationModel.CustomerMappingId)));
        Assert.That(error.Message, Does.Not.Contain(ConfigurationTestKit.MissingMarker));
    }
}
