namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

/// <summary>
/// A searchOrders walk over all pages was stopped: Amazon's pagination tokens went round in a cycle, kept repeating,
/// or the walk reached <see cref="SearchOrdersQuery.MaxPages"/>. The window is incomplete; read it again later.
/// </summary>
public sealed class SearchOrdersPagingException : SellingPartnerApiException
{
    public SearchOrdersPagingException(SearchOrdersQuery query, int pages, string reason)
        : base(OperationName, null, null, null, pages,
            $"Amazon Selling Partner API operation searchOrders stopped after {pages} page(s) for the window {query.DescribeWindow()}: {reason}. " +
            "The orders of this window were not all read; the window is read again in the next run.")
    {
        Window = query.DescribeWindow();
        Pages = pages;
    }

    public const string OperationName = "searchOrders";

    /// <summary>The time filters of the stopped walk.</summary>
    public string Window { get; }

    /// <summary>Pages requested before the walk was stopped.</summary>
    public int Pages { get; }
}
