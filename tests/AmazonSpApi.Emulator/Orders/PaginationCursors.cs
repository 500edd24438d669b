namespace AmazonSpApi.Emulator;

/// <summary>Server-side result snapshot of one search; pages are served from it so a walk sees every order once.</summary>
internal sealed class SearchCursor
{
    public required string FilterKey { get; init; }
    public required string[] OrderIds { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public required string BeforeName { get; init; }
    public required string BeforeValue { get; init; }
}

internal sealed record PagePosition(SearchCursor Cursor, int Offset, int PreviousOffset);

/// <summary>Opaque pagination tokens (searchOrders <c>paginationToken</c>, getFeeds/getReports <c>nextToken</c>); they expire after 24 hours.</summary>
internal sealed class PaginationCursors(int seed)
{
    private readonly Dictionary<string, PagePosition> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ListFilter Filter, int Offset, DateTimeOffset ExpiresAt)> _listTokens = new(StringComparer.Ordinal);
    private long _issued;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public string Issue(SearchCursor cursor, int offset, int previousOffset)
    {
        var token = NewToken();
        _positions[token] = new PagePosition(cursor, offset, previousOffset);
        return token;
    }

    public PagePosition? Find(string token) => _positions.TryGetValue(token, out var position) ? position : null;

    /// <summary>Token for list operations (getFeeds, getReports) that carries the original filter.</summary>
    public string IssueListToken(ListFilter filter, int offset, DateTimeOffset now)
    {
        var token = NewToken();
        _listTokens[token] = (filter, offset, now + Lifetime);
        return token;
    }

    public (ListFilter Filter, int Offset, DateTimeOffset ExpiresAt)? FindListToken(string token) =>
        _listTokens.TryGetValue(token, out var value) ? value : null;

    private string NewToken()
    {
        var r = StableRandom.For(seed, "pageToken", ++_issued);
        var bytes = new byte[24];
        for (var i = 0; i < bytes.Length; i += 8)
            BitConverter.TryWriteBytes(bytes.AsSpan(i), r.NextUInt64());
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
