using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>
/// Records a sync error of the returns, settlements and privacy flows by its stable code and arguments: the message
/// is the code's locale resource filled with the arguments (which never hold buyer data or cell values).
/// </summary>
public class CodedErrorRecorder
{
    private readonly AmazonSyncErrorService _errorService;
    private readonly ILocalizationService _localizationService;

    public CodedErrorRecorder(AmazonSyncErrorService errorService, ILocalizationService localizationService)
    {
        _errorService = errorService;
        _localizationService = localizationService;
    }

    public static string ResourceKey(string code) => $"{AmazonChannelDefaults.LocalePrefix}.SyncErrors.{code}";

    public async Task<AmazonSyncError> RecordAsync(int accountId, AmazonOrderLink? link, string? amazonOrderId, AmazonSyncErrorKind kind, string code, params object[] arguments)
    {
        var format = await _localizationService.GetResourceAsync(ResourceKey(code));
        var message = string.IsNullOrEmpty(format) || format == ResourceKey(code)
            ? $"{code}: {string.Join(", ", arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)))}"
            : string.Format(CultureInfo.InvariantCulture, format, arguments);
        return await _errorService.RecordAsync(accountId, link, amazonOrderId, kind, message, code);
    }
}
