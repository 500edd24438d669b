using FluentValidation;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Validators;

/// <summary>
/// A rule's message as a locale resource. nopCommerce's validators use <c>WithMessageAwait</c>, which reads the resource
/// while the validator is built; this reads it when the rule fails, with FluentValidation's own <c>WithMessage</c>, so
/// the same code runs in the host and against the stand-ins in ref/ (whose <c>WithMessageAwait</c> would have no body).
/// Validation is synchronous (the host's automatic validation calls <c>Validate</c>), hence the blocking read; the
/// resources come from nopCommerce's cache.
/// </summary>
internal static class LocalizedRuleExtensions
{
    public static IRuleBuilderOptions<T, TProperty> WithResource<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule,
        ILocalizationService localizationService, string resourceKey, Func<T, object?[]>? arguments = null) =>
        rule.WithMessage(model =>
        {
            var text = localizationService.GetResourceAsync(resourceKey).GetAwaiter().GetResult();
            return arguments is null ? text : string.Format(text, arguments(model));
        });
}
