using System.Linq.Expressions;
using FluentValidation;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.AmazonChannel.Validators;

/// <summary>
/// The configure page's values against <see cref="ConfigurationLimits"/> and the rules between them; every message is
/// a locale resource. nopCommerce runs it while binding the posted model (the errors land in ModelState).
/// </summary>
public class ConfigurationModelValidator : BaseNopValidator<ConfigurationModel>
{
    private const string Prefix = AmazonChannelDefaults.LocalePrefix + ".Settings.";

    private readonly ILocalizationService _localizationService;

    public ConfigurationModelValidator(ILocalizationService localizationService)
    {
        _localizationService = localizationService;

        RuleFor(model => model.EndpointOverride).Must(IsEmptyOrHttpUrl).WithResource(localizationService, Prefix + "EndpointOverride.Invalid");
        RuleFor(model => model.CustomerMappingId).Must(id => Enum.IsDefined(typeof(CustomerMappingMode), id))
            .WithResource(localizationService, Prefix + "CustomerMapping.Invalid");
        RuleFor(model => model.SharedCustomerId).GreaterThan(0)
            .When(model => model.CustomerMappingId == (int)CustomerMappingMode.SharedCustomer)
            .WithResource(localizationService, Prefix + "SharedCustomerId.Required");

        InRange(model => model.QueueBatchSize, ConfigurationLimits.QueueBatchSize, "QueueBatchSize.Range");
        InRange(model => model.OrderSyncIntervalMinutes, ConfigurationLimits.SyncIntervalMinutes, "SyncIntervalMinutes.Range");
        InRange(model => model.FulfillmentSyncIntervalMinutes, ConfigurationLimits.SyncIntervalMinutes, "SyncIntervalMinutes.Range");
        InRange(model => model.QueueSyncIntervalMinutes, ConfigurationLimits.SyncIntervalMinutes, "SyncIntervalMinutes.Range");
        InRange(model => model.ReturnsSyncIntervalMinutes, ConfigurationLimits.SyncIntervalMinutes, "SyncIntervalMinutes.Range");
        InRange(model => model.SettlementSyncIntervalMinutes, ConfigurationLimits.SyncIntervalMinutes, "SyncIntervalMinutes.Range");
        InRange(model => model.SyncOverlapMinutes, ConfigurationLimits.SyncOverlapMinutes, "SyncOverlapMinutes.Range");
        InRange(model => model.InitialSyncDays, ConfigurationLimits.InitialSyncDays, "InitialSyncDays.Range");
        InRange(model => model.BacklogThresholdHours, ConfigurationLimits.BacklogThresholdHours, "BacklogThresholdHours.Range");
        InRange(model => model.HistoryRetentionDays, ConfigurationLimits.HistoryRetentionDays, "HistoryRetentionDays.Range");
        InRange(model => model.BuyerDataRetentionDays, ConfigurationLimits.BuyerDataRetentionDays, "BuyerDataRetentionDays.Range");
        InRange(model => model.ShipmentFeedBacklogThreshold, ConfigurationLimits.ShipmentFeedBacklogThreshold, "ShipmentFeedBacklogThreshold.Range");
        InRange(model => model.OutboundVerificationDelayMinutes, ConfigurationLimits.OutboundVerificationDelayMinutes, "OutboundVerificationDelayMinutes.Range");

        RuleFor(model => model.ShipmentSendMode).IsInEnum().WithResource(localizationService, Prefix + "ShipmentSendMode.Invalid");
    }

    private void InRange(Expression<Func<ConfigurationModel, int>> property, (int Min, int Max) range, string resource) =>
        RuleFor(property).InclusiveBetween(range.Min, range.Max)
            .WithResource(_localizationService, Prefix + resource, range.Min, range.Max);

    private static bool IsEmptyOrHttpUrl(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
