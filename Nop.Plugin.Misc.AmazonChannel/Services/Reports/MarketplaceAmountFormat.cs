using System.Globalization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Reports;

/// <summary>
/// How a marketplace's flat-file reports write money, taken from the report's marketplace, never guessed from the
/// cell: the decimal separator (a comma on the continental EU marketplaces, a point elsewhere), the thousands
/// separators allowed beside it, the currency's decimals (none for yen) and whether prices hold the tax (the shelf
/// prices of every marketplace but the US and Canada). docs/order-import.md, "Amounts". A file whose convention is
/// not known is read with <see cref="Unambiguous"/>: only the forms no convention reads differently.
/// </summary>
public sealed class MarketplaceAmountFormat
{
    private static readonly HashSet<string> _decimalCommaMarketplaces = new(StringComparer.Ordinal)
    {
        "A1PA6795UKMFR9", // Amazon.de
        "A13V1IB3VIYZZH", // Amazon.fr
        "APJ6JRA9NG5V4", // Amazon.it
        "A1RKKUPIHCS9HS", // Amazon.es
        "A1805IZSGTT6HS", // Amazon.nl
        "A2NODRKZP88ZB9", // Amazon.se
        "A1C3SOZRARQ6R3", // Amazon.pl
        "AMEN7PMS3EDWL" // Amazon.com.be
    };

    private static readonly HashSet<string> _taxExclusiveMarketplaces = new(StringComparer.Ordinal)
    {
        "ATVPDKIKX0DER", // Amazon.com
        "A2EUQ1WTGCTBG2" // Amazon.ca
    };

    private static readonly HashSet<string> _noDecimalsMarketplaces = new(StringComparer.Ordinal)
    {
        "A1VC38T7YXB528" // Amazon.co.jp
    };

    private readonly string? _unknownBecause;

    private MarketplaceAmountFormat(string marketplaceId, char decimalSeparator, int decimals, bool pricesIncludeTax, string? unknownBecause = null)
    {
        MarketplaceId = marketplaceId;
        DecimalSeparator = decimalSeparator;
        Decimals = decimals;
        PricesIncludeTax = pricesIncludeTax;
        _unknownBecause = unknownBecause;
    }

    /// <summary>The marketplace whose convention this is; for <see cref="Unambiguous"/> what the file was (a marketplace ID or a description).</summary>
    public string MarketplaceId { get; }

    /// <summary>True for <see cref="Unambiguous"/>: the file's convention is not known, only forms every convention writes alike are read.</summary>
    public bool IsConventionUnknown => _unknownBecause is not null;

    public char DecimalSeparator { get; }

    /// <summary>The most digits an amount may have after the decimal separator (0: none at all).</summary>
    public int Decimals { get; }

    /// <summary>Prices (item, shipping, gift wrap) hold their tax; the tax columns say how much of them it is.</summary>
    public bool PricesIncludeTax { get; }

    /// <summary>The format of a marketplace's reports; null for a marketplace the plugin does not know.</summary>
    public static MarketplaceAmountFormat? For(string marketplaceId)
    {
        if (!SalesChannels.IsKnownMarketplace(marketplaceId))
            return null;
        return new MarketplaceAmountFormat(marketplaceId,
            _decimalCommaMarketplaces.Contains(marketplaceId) ? ',' : '.',
            _noDecimalsMarketplaces.Contains(marketplaceId) ? 0 : 2,
            !_taxExclusiveMarketplaces.Contains(marketplaceId));
    }

    /// <summary>
    /// For a file whose marketplace convention is not known (<paramref name="why"/>, e.g. "marketplace AXXXX has no known
    /// convention"): reads only the amounts every convention writes alike, so nothing is guessed. Those are digits with
    /// an optional leading minus, optionally followed by one comma or point and one or two digits. One or two digits
    /// after the only separator can only be decimals, because a thousands separator is always followed by three digits.
    /// Everything else is refused: "1.234" and "1,234" (a thousand or three decimals?) and any amount with a thousands separator.
    /// <see cref="PricesIncludeTax"/> means nothing here (the returns and settlement reports have no tax columns to take out).
    /// </summary>
    public static MarketplaceAmountFormat Unambiguous(string marketplace, string why) => new(marketplace, '\0', 2, true, why);

    /// <summary>The format of a marketplace's reports, or <see cref="Unambiguous"/> for a marketplace the plugin does not know.</summary>
    public static MarketplaceAmountFormat ForOrUnambiguous(string marketplaceId) =>
        For(marketplaceId) ?? Unambiguous(marketplaceId, $"marketplace {marketplaceId} has no known amount convention");

    /// <summary>True when both read every amount alike (same decimal separator and decimals).</summary>
    public bool SameConventionAs(MarketplaceAmountFormat other) =>
        !IsConventionUnknown && !other.IsConventionUnknown && DecimalSeparator == other.DecimalSeparator && Decimals == other.Decimals;

    /// <summary>How the format is described in an error: the rule, never the cell.</summary>
    public string Describe() => _unknownBecause is not null
        ? $"a form that reads alike in every convention (no thousands separator; at most one comma or point, followed by one or two decimals), as {_unknownBecause}"
        : Decimals == 0
        ? $"whole numbers without decimals (marketplace {MarketplaceId})"
        : DecimalSeparator == ','
            ? $"a decimal comma, e.g. 1.234,56 (marketplace {MarketplaceId})"
            : $"a decimal point, e.g. 1,234.56 (marketplace {MarketplaceId})";

    /// <summary>
    /// Reads an amount written in this format: an optional leading minus, digits optionally grouped by thousands
    /// (groups of exactly three after the first), then at most <see cref="Decimals"/> digits after the decimal
    /// separator. Anything else (the other convention, stray characters, too many decimals) is refused.
    /// </summary>
    public bool TryParse(string text, out decimal value)
    {
        value = 0m;
        var span = text.AsSpan().Trim();
        var negative = span.StartsWith("-");
        if (negative)
            span = span[1..];

        if (_unknownBecause is not null)
            return TryParseUnambiguous(span, negative, out value);

        var separator = span.IndexOf(DecimalSeparator);
        var whole = separator < 0 ? span : span[..separator];
        var fraction = separator < 0 ? ReadOnlySpan<char>.Empty : span[(separator + 1)..];
        if (separator >= 0 && (fraction.Length == 0 || fraction.Length > Decimals || !IsDigits(fraction)))
            return false;

        var digits = WholeDigits(whole);
        if (digits is null)
            return false;

        var invariant = fraction.Length == 0 ? digits : digits + "." + fraction.ToString();
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        if (negative)
            value = -value;
        return true;
    }

    /// <summary>Digits, or digits, one comma or point and one or two digits: the forms no convention reads differently.</summary>
    private static bool TryParseUnambiguous(ReadOnlySpan<char> span, bool negative, out decimal value)
    {
        value = 0m;
        var separator = span.IndexOfAny(',', '.');
        var whole = separator < 0 ? span : span[..separator];
        var fraction = separator < 0 ? ReadOnlySpan<char>.Empty : span[(separator + 1)..];
        if (!IsDigits(whole) || whole.Length > 20 || (separator >= 0 && (fraction.Length is < 1 or > 2 || !IsDigits(fraction))))
            return false;

        var invariant = fraction.Length == 0 ? whole.ToString() : whole.ToString() + "." + fraction.ToString();
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        if (negative)
            value = -value;
        return true;
    }

    /// <summary>The digits of the whole part, its thousands separators checked and removed; null when it does not fit.</summary>
    private string? WholeDigits(ReadOnlySpan<char> whole)
    {
        if (whole.Length == 0)
            return null;
        if (IsDigits(whole))
            return whole.Length <= 20 ? whole.ToString() : null;

        var groupSeparator = DecimalSeparator == ',' ? '.' : ',';
        var groups = whole.ToString().Split(groupSeparator);
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(group => group.Length != 3) || !groups.All(group => IsDigits(group)))
            return null;
        return string.Concat(groups);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
                return false;
        }

        return text.Length > 0;
    }
}
