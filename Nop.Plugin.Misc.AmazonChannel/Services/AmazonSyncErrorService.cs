using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using System.Globalization;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// Sync errors an admin must see. An error is a stable code plus arguments (shown through the code's locale resource);
/// the same open error of an account, order and code is recorded once (its time, arguments and details are refreshed),
/// so a failing order read every 30 minutes does not flood the list.
/// </summary>
public class AmazonSyncErrorService
{
    private readonly IRepository<AmazonSyncError> _errorRepository;
    private readonly TimeProvider _timeProvider;

    public AmazonSyncErrorService(IRepository<AmazonSyncError> errorRepository, TimeProvider timeProvider)
    {
        _errorRepository = errorRepository;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Records (or refreshes) an open error. Arguments must never hold buyer data or document cell values: order IDs,
    /// SKUs, row numbers, column names and Amazon's own codes are fine. Details hold Amazon request IDs and the like.
    /// </summary>
    public async Task<AmazonSyncError> RecordAsync(int accountId, AmazonOrderLink? link, string? amazonOrderId, SyncErrorCode code,
        IReadOnlyList<string> arguments, string? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code.Value);
        // Amazon may echo a secret back (in an error code, a message or a header); none is ever stored.
        arguments = SecretRedactor.Redact(arguments);
        details = SecretRedactor.RedactOrNull(details);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var linkId = link?.Id;
        var codeValue = code.Value;
        var open = (await _errorRepository.GetAllAsync(query => query.Where(error =>
            !error.IsResolved && error.AccountId == accountId && error.OrderLinkId == linkId && error.AmazonOrderId == amazonOrderId
            && error.Code == codeValue))).FirstOrDefault();

        var error = open ?? new AmazonSyncError { AccountId = accountId, OrderLinkId = linkId, AmazonOrderId = amazonOrderId, Code = codeValue };
        error.Kind = code.Kind;
        error.SetArguments(arguments);
        error.Message = DefaultText(codeValue, arguments);
        error.Details = details;
        error.OccurredOnUtc = now;

        if (open is null)
            await _errorRepository.InsertAsync(error, false);
        else
            await _errorRepository.UpdateAsync(error, false);
        return error;
    }

    /// <summary>
    /// Records an error from a free-text message under the general code of its kind. Kept for callers not yet moved to
    /// a code of their own; the message must follow the same rules as arguments (no buyer data).
    /// </summary>
    public Task<AmazonSyncError> RecordAsync(int accountId, AmazonOrderLink? link, string? amazonOrderId, AmazonSyncErrorKind kind, string message, string? details = null) =>
        RecordAsync(accountId, link, amazonOrderId, GeneralCode(kind), [message], details);

    public static SyncErrorCode GeneralCode(AmazonSyncErrorKind kind) => new($"General.{kind}", kind);

    /// <summary>Marks every open error of an order resolved (after a successful import or by an admin).</summary>
    public async Task<int> ResolveForOrderLinkAsync(int orderLinkId)
    {
        var open = await _errorRepository.GetAllAsync(query => query.Where(error => !error.IsResolved && error.OrderLinkId == orderLinkId));
        return await ResolveAsync(open);
    }

    /// <summary>
    /// Resolves the open errors of one code for an account and Amazon order (or, with a null order, the account-wide
    /// errors of that code, such as a window that could not be read): used when the same work later succeeds.
    /// </summary>
    public async Task<int> ResolveAsync(int accountId, string? amazonOrderId, SyncErrorCode code)
    {
        var codeValue = code.Value;
        var open = await _errorRepository.GetAllAsync(query => query.Where(error =>
            !error.IsResolved && error.AccountId == accountId && error.AmazonOrderId == amazonOrderId && error.Code == codeValue));
        return await ResolveAsync(open);
    }

    /// <summary>Resolves one error by its ID (an admin's Resolve); false when it does not exist or is already resolved.</summary>
    public async Task<bool> ResolveByIdAsync(int errorId)
    {
        var error = await _errorRepository.GetByIdAsync(errorId);
        if (error is null || error.IsResolved)
            return false;
        return await ResolveAsync([error]) == 1;
    }

    public Task<IList<AmazonSyncError>> GetOpenErrorsAsync(int? orderLinkId = null) =>
        _errorRepository.GetAllAsync(query => query
            .Where(error => !error.IsResolved && (orderLinkId == null || error.OrderLinkId == orderLinkId))
            .OrderByDescending(error => error.OccurredOnUtc));

    /// <summary>The English text of a code with its arguments: the default locale resource, formatted.</summary>
    public static string DefaultText(string code, IReadOnlyList<string> arguments)
    {
        if (AmazonChannelLocaleResources.All.TryGetValue(AmazonSyncError.ResourceKeyFor(code), out var template))
        {
            try
            {
                return string.Format(CultureInfo.InvariantCulture, template, arguments.Cast<object>().ToArray());
            }
            catch (FormatException)
            {
                // a template with more placeholders than arguments: fall through to the plain form
            }
        }

        return arguments.Count == 0 ? code : $"{code}: {string.Join(", ", arguments)}";
    }

    private async Task<int> ResolveAsync(IList<AmazonSyncError> open)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        foreach (var error in open)
        {
            error.IsResolved = true;
            error.ResolvedOnUtc = now;
        }

        if (open.Count > 0)
            await _errorRepository.UpdateAsync(open, false);
        return open.Count;
    }
}
