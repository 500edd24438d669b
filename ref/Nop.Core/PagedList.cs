namespace Nop.Core;

/// <summary>A list holding one page of a larger result set.</summary>
[Serializable]
public partial class PagedList<T> : List<T>, IPagedList<T>
{
    /// <summary>
    /// Stand-in: when <paramref name="totalCount"/> is given, <paramref name="source"/> is taken as the page itself;
    /// otherwise the page is cut from it.
    /// </summary>
    public PagedList(IList<T> source, int pageIndex, int pageSize, int? totalCount = null)
    {
        PageIndex = pageIndex;
        PageSize = Math.Max(pageSize, 1);
        TotalCount = totalCount ?? source.Count;
        TotalPages = (int)Math.Ceiling(TotalCount / (double)PageSize);
        AddRange(totalCount.HasValue ? source : source.Skip(pageIndex * PageSize).Take(PageSize));
    }

    public int PageIndex { get; }

    public int PageSize { get; }

    public int TotalCount { get; }

    public int TotalPages { get; }

    public bool HasPreviousPage => PageIndex > 0;

    public bool HasNextPage => PageIndex + 1 < TotalPages;
}
