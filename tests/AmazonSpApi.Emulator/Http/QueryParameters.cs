namespace AmazonSpApi.Emulator;

/// <summary>
/// Query string access. Array parameters follow Swagger 2.0's default <c>csv</c> collection format
/// (<c>a,b,c</c>); repeated parameters (<c>x=a&amp;x=b</c>) are accepted as well.
/// </summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public QueryParameters(Uri url)
    {
        var query = url.Query;
        if (query.StartsWith('?'))
            query = query[1..];
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var name = Uri.UnescapeDataString((eq < 0 ? part : part[..eq]).Replace('+', ' '));
            var value = eq < 0 ? "" : Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' '));
            if (!_values.TryGetValue(name, out var list))
                _values[name] = list = [];
            list.Add(value);
        }
    }

    public IEnumerable<string> Names => _values.Keys;

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>Array values (csv and/or repeated), empty entries dropped; null when absent.</summary>
    public string[]? GetList(string name) =>
        _values.TryGetValue(name, out var list)
            ? list.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray()
            : null;

    /// <summary>Canonical text of the given parameters (sorted values), used to check pagination tokens.</summary>
    public string Canonical(IEnumerable<string> names) =>
        string.Join("&", names.Order(StringComparer.Ordinal).Select(n => n + "=" + string.Join(",", (GetList(n) ?? []).Order(StringComparer.Ordinal))));
}
