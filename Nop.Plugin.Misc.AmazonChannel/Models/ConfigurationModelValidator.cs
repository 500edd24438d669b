using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Models;

/// <summary>A value of the configure page that cannot be saved: the model property and a localized message.</summary>
public sealed record ConfigurationError(string Property, string Message);

/// <summary>
/// Checks the configure page's values against <see cref="ConfigurationLimits"/> and the rules between them; every
/// message is a locale resource.
/// </summary>
public class ConfigurationModelValidator
{
    private const string Prefix = AmazonChannelDefaults.LocalePrefix + ".Settings.";

    private readonly ILocalizationService _localizationService;

    public ConfigurationModelValidator(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    public async Task<IReadOnlyList<ConfigurationError>> ValidateAsync(ConfigurationModel model)
    {
        var errors = new List<ConfigurationError>();

        if (!IsEmptyOrHttpUrl(model.EndpointOverride))
            errors.Add(await ErrorAsync(nameof(model.EndpointOverride), "EndpointOverride.Invalid"));

        if (!Enum.IsDefined(typeof(CustomerMappingMode), model.CustomerMappingId))
            errors.Add(await ErrorAsync(nameof(model.CustomerMappingId), "CustomerMapping.Invalid"));
        else if ((CustomerMappingMode)model.CustomerMappingId == CustomerMappingMode.SharedCustomer && model.SharedCustomerId <= 0)
            errors.Add(await ErrorAsync(nameof(model.SharedCustomerId), "SharedCustomerId.Required"));

        await CheckRangeAsync(errors, nameof(model.QueueBatchSize), model.QueueBatchSize, ConfigurationLimits.QueueBatchSize, "QueueBatchSize.Range");
        foreach (var (property, value) in new[]
        {
            (nameof(model.OrderSyncIntervalMinutes), model.OrderSyncIntervalMinutes),
            (nameof(model.FulfillmentSyncIntervalMinutes), model.FulfillmentSyncIntervalMinutes),
            (nameof(model.QueueSyncIntervalMinutes), model.QueueSyncIntervalMinutes),
            (nameof(model.ReturnsSyncIntervalMinutes), model.ReturnsSyncIntervalMinutes),
            (nameof(model.SettlementSyncIntervalMinutes), model.SettlementSyncIntervalMinutes)
        })
            await CheckRangeAsync(errors, property, value, ConfigurationLimits.SyncIntervalMinutes, "SyncIntervalMinutes.Range");
        await CheckRangeAsync(errors, nameof(model.SyncOverlapMinutes), model.SyncOverlapMinutes, ConfigurationLimits.SyncOverlapMinutes, "SyncOverlapMinutes.Range");
        await CheckRangeAsync(errors, nameof(model.InitialSyncDays), model.InitialSyncDays, ConfigurationLimits.InitialSyncDays, "InitialSyncDays.Range");
        await CheckRangeAsync(errors, nameof(model.BacklogThresholdHours), model.BacklogThresholdHours, ConfigurationLimits.BacklogThresholdHours, "BacklogThresholdHours.Range");
        await CheckRangeAsync(errors, nameof(model.HistoryRetentionDays), model.HistoryRetentionDays, ConfigurationLimits.HistoryRetentionDays, "HistoryRetentionDays.Range");
        await CheckRangeAsync(errors, nameof(model.ShipmentFeedBacklogThreshold), model.ShipmentFeedBacklogThreshold, ConfigurationLimits.ShipmentFeedBacklogThreshold, "ShipmentFeedBacklogThreshold.Range");
        await CheckRangeAsync(errors, nameof(model.OutboundVerificationDelayMinutes), model.OutboundVerificationDelayMinutes, ConfigurationLimits.OutboundVerificationDelayMinutes, "OutboundVerificationDelayMinutes.Range");
        if (!Enum.IsDefined(model.ShipmentSendMode))
            errors.Add(await ErrorAsync(nameof(model.ShipmentSendMode), "ShipmentSendMode.Invalid"));

        return errors;
    }

    private static bool IsEmptyOrHttpUrl(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private async Task CheckRangeAsync(List<ConfigurationError> errors, string property, int value, (int Min, int Max) range, string resource)
    {
        if (value < range.Min || value > range.Max)
            errors.Add(await ErrorAsync(property, resource, range.Min, range.Max));
    }

    private async Task<ConfigurationError> ErrorAsync(string property, string resource, params object[] arguments)
    {
        var message = await _localizationService.GetResourceAsync(Prefix + resource);
        return new ConfigurationError(property, arguments.Length == 0 ? message : string.Format(message, arguments));
    }
}
