using FluentValidation;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Validators;

/// <summary>
/// A rule's message as a locale resource. nopCommerce's validators use <c>WithMessageAwait</c>, which reads the resource
/// while the validator is built; this reads it when the message is needed, with FluentValidation's own
/// <c>WithMessage</c>, so the same code runs in the host and against the stand-ins in ref/ (whose <c>WithMessageAwait</c>
/// would have no body). Validation is synchronous (the host's automatic validation calls <c>Validate</c>), hence the
/// blocking read; the resources come from nopCommerce's cache.
/// </summary>
internal static class LocalizedRuleExtensions
{
    /// <summary>The resource, formatted with fixed <paramref name="arguments"/> (also for the host's client-side adapters).</summary>
    public static IRuleBuilderOptions<T, TProperty> WithResource<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule,
        ILocalizationService localizationService, string resourceKey, params object[] arguments) =>
        rule.WithMessage(_ => Format(Read(localizationService, resourceKey), arguments));

    /// <summary>
    /// The resource, formatted with values of the validated model. The host's client-side adapters ask for a message
    /// without a model; they get the resource unformatted.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithResource<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule,
        ILocalizationService localizationService, string resourceKey, Func<T, object?[]> arguments) =>
        rule.WithMessage(model => model is null ? Read(localizationService, resourceKey) : Format(Read(localizationService, resourceKey), arguments(model)));

    private static string Read(ILocalizationService localizationService, string resourceKey) =>
        localizationService.GetResourceAsync(resourceKey).GetAwaiter().GetResult();

    private static string Format(string text, object?[] arguments) => arguments.Length == 0 ? text : string.Format(text, arguments);
}
