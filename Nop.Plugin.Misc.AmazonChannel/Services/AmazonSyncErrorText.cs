using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// The text an admin reads for a sync error: the code's locale resource in the admin's language with the error's
/// arguments in its placeholders. Rows whose code has no resource (or whose arguments do not fit it) show their stored
/// English message.
/// </summary>
public class AmazonSyncErrorText
{
    private readonly ILocalizationService _localizationService;

    public AmazonSyncErrorText(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    public async Task<string> GetAsync(AmazonSyncError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrEmpty(error.Code))
            return error.Message;

        var key = AmazonSyncError.ResourceKeyFor(error.Code);
        var template = await _localizationService.GetResourceAsync(key);
        if (string.IsNullOrEmpty(template) || string.Equals(template, key, StringComparison.OrdinalIgnoreCase))
            return error.Message;

        try
        {
            return string.Format(CultureInfo.CurrentCulture, template, error.GetArguments().Cast<object>().ToArray());
        }
        catch (FormatException)
        {
            return error.Message;
        }
    }
}
