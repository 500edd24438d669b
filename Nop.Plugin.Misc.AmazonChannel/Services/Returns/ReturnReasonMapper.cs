using Nop.Core.Domain.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>
/// Maps Amazon's return reason codes (AMZ-PG-..., CR-...) and resolutions to the store's return reasons and actions.
/// The admin's lines ("CODE=Name", settings <see cref="AmazonChannelSettings.ReturnReasonMapping"/> and
/// <see cref="AmazonChannelSettings.ReturnActionMapping"/>) win over the defaults below; a mapped name is matched to
/// the store's reasons/actions case-insensitively and written in the store's spelling. nopCommerce keeps the reason and
/// action as text on the return request, so a name the store does not list is still written as it is.
/// </summary>
public static class ReturnReasonMapper
{
    // nopCommerce's stock reasons and actions (installation data).
    public const string ProblemWithProduct = "There Was A Problem With The Product";
    public const string WrongProductOrdered = "Wrong Product Ordered";
    public const string ReceivedWrongProduct = "Received Wrong Product";
    public const string RefundAction = "Refund";

    /// <summary>Parts of Amazon's reason codes and the stock reason each means; the first match wins.</summary>
    private static readonly (string Part, string Reason)[] _defaultReasons =
    [
        ("DEFECT", ProblemWithProduct), ("DAMAGED", ProblemWithProduct), ("BAD-DESC", ProblemWithProduct), ("NOT-AS-DESCRIBED", ProblemWithProduct),
        ("QUALITY", ProblemWithProduct), ("MISSING", ProblemWithProduct), ("NOT-COMPATIBLE", ProblemWithProduct),
        ("WRONG-ITEM", ReceivedWrongProduct), ("SWITCHEROO", ReceivedWrongProduct), ("EXTRA-ITEM", ReceivedWrongProduct),
        ("MISORDERED", WrongProductOrdered), ("ORDERED-WRONG", WrongProductOrdered), ("TOO-LARGE", WrongProductOrdered), ("TOO-SMALL", WrongProductOrdered),
        ("STYLE", WrongProductOrdered), ("UNWANTED", WrongProductOrdered), ("BETTER-PRICE", WrongProductOrdered), ("NO-LONGER-NEEDED", WrongProductOrdered)
    ];

    public static string MapReason(string? amazonCode, string? adminMapping, IReadOnlyList<ReturnRequestReason> storeReasons)
    {
        var code = (amazonCode ?? string.Empty).Trim().Replace('_', '-');
        var name = Lookup(adminMapping, code)
            ?? _defaultReasons.FirstOrDefault(entry => code.Contains(entry.Part, StringComparison.OrdinalIgnoreCase)).Reason
            ?? (code.Length == 0 ? WrongProductOrdered : code);
        return storeReasons.FirstOrDefault(reason => string.Equals(reason.Name, name, StringComparison.OrdinalIgnoreCase))?.Name ?? name;
    }

    /// <summary>The store action for Amazon's resolution; a refund (the default) unless the admin maps it otherwise.</summary>
    public static string MapAction(string? resolution, string? adminMapping, IReadOnlyList<ReturnRequestAction> storeActions)
    {
        var name = Lookup(adminMapping, (resolution ?? string.Empty).Trim()) ?? Lookup(adminMapping, "*") ?? RefundAction;
        return storeActions.FirstOrDefault(action => string.Equals(action.Name, name, StringComparison.OrdinalIgnoreCase))?.Name ?? name;
    }

    /// <summary>The name mapped to <paramref name="key"/> in "KEY=Name" lines; null when the key is not listed.</summary>
    public static string? Lookup(string? mapping, string key)
    {
        if (string.IsNullOrWhiteSpace(mapping) || key.Length == 0)
            return null;
        foreach (var line in mapping.Split(['\r', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = line.IndexOf('=');
            if (separator > 0 && line[..separator].Trim().Replace('_', '-').Equals(key.Replace('_', '-'), StringComparison.OrdinalIgnoreCase)
                && line[(separator + 1)..].Trim() is { Length: > 0 } name)
                return name;
        }

        return null;
    }
}
