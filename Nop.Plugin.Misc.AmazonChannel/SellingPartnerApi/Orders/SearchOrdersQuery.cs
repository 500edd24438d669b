namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

/// <summary>
/// The filters of searchOrders (Orders 2026-01-01). Exactly one of <see cref="CreatedAfter"/> and
/// <see cref="LastUpdatedAfter"/> is required; *Before values must be at least two minutes in the past.
/// </summary>
public sealed class SearchOrdersQuery
{
    /// <summary>
    /// Default of <see cref="MaxPages"/>: 200 pages of up to 100 orders (20,000 orders in one window). searchOrders
    /// refills at one page per 180 s after its burst of 20, so more pages mean hours of paging: a runaway walk.
    /// </summary>
    public const int DefaultMaxPages = 200;

    public DateTimeOffset? CreatedAfter { get; set; }
    public DateTimeOffset? CreatedBefore { get; set; }
    public DateTimeOffset? LastUpdatedAfter { get; set; }
    public DateTimeOffset? LastUpdatedBefore { get; set; }

    /// <summary>Values of <see cref="FulfillmentStatuses"/>.</summary>
    public IReadOnlyList<string> FulfillmentStatuses { get; set; } = [];

    /// <summary>Up to 50 marketplace IDs.</summary>
    public IReadOnlyList<string> MarketplaceIds { get; set; } = [];

    /// <summary>Values of <see cref="Orders.FulfilledBy"/>.</summary>
    public IReadOnlyList<string> FulfilledBy { get; set; } = [];

    /// <summary>1 to 100; Amazon's default when null.</summary>
    public int? MaxResultsPerPage { get; set; }

    /// <summary>Values of <see cref="Orders.IncludedData"/>.</summary>
    public IReadOnlyList<string> IncludedData { get; set; } = [];

    /// <summary>
    /// Most pages (requests, repeated pages included) one walk over all pages may take; one more stops it with a
    /// <see cref="SearchOrdersPagingException"/>.
    /// </summary>
    public int MaxPages { get; set; } = DefaultMaxPages;

    /// <summary>The time filters, for messages: "lastUpdatedAfter 2026-03-02T10:00:00Z, lastUpdatedBefore …".</summary>
    public string DescribeWindow()
    {
        static string? Part(string name, DateTimeOffset? value) =>
            value is { } v ? $"{name} {v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)}" : null;

        return string.Join(", ", new[]
        {
            Part("createdAfter", CreatedAfter), Part("createdBefore", CreatedBefore),
            Part("lastUpdatedAfter", LastUpdatedAfter), Part("lastUpdatedBefore", LastUpdatedBefore)
        }.OfType<string>());
    }

    /// <summary>Throws an <see cref="ArgumentException"/> for a combination Amazon would reject.</summary>
    public void Validate()
    {
        if (CreatedAfter is null == LastUpdatedAfter is null)
            throw new ArgumentException("searchOrders needs exactly one of CreatedAfter and LastUpdatedAfter.");
        if (CreatedAfter is null && CreatedBefore is not null)
            throw new ArgumentException("CreatedBefore can only be combined with CreatedAfter.");
        if (LastUpdatedAfter is null && LastUpdatedBefore is not null)
            throw new ArgumentException("LastUpdatedBefore can only be combined with LastUpdatedAfter.");
        if (MaxResultsPerPage is < 1 or > 100)
            throw new ArgumentException("MaxResultsPerPage must be between 1 and 100.");
        if (MaxPages < 1)
            throw new ArgumentException("MaxPages must be at least 1.");
        if (MarketplaceIds.Count > 50)
            throw new ArgumentException("At most 50 marketplace IDs can be searched at once.");
    }
}
