using System.Runtime.CompilerServices;
using System.Text.Json;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

/// <summary>
/// Orders: reads through Orders API 2026-01-01 (searchOrders, getOrder; the v0 reads are deprecated) and shipment
/// confirmation through Orders v0 confirmShipment (not deprecated, no 2026 counterpart).
/// </summary>
public sealed class OrdersClient
{
    /// <summary>How often the same pagination token may come back in a row before the walk is abandoned.</summary>
    public const int MaxRepeatedPageTokens = 3;

    private readonly SpApiPipeline _pipeline;

    internal OrdersClient(SpApiPipeline pipeline) => _pipeline = pipeline;

    /// <summary>
    /// searchOrders calls this seller could send now without waiting (its rate limit gives back one every 180 s after
    /// a burst of 20): lets background work that can wait spend only what the rate leaves.
    /// </summary>
    public int SearchOrdersCallsAvailable => _pipeline.CallsAvailableNow(SpApiOperations.SearchOrders);

    /// <summary>One page of searchOrders; pass the previous page's <see cref="SearchOrdersResponse.NextToken"/> to continue.</summary>
    public Task<SearchOrdersResponse> SearchOrdersPageAsync(SearchOrdersQuery query, string? paginationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var request = new SpApiRequest(SpApiOperations.SearchOrders)
            .WithQuery("createdAfter", query.CreatedAfter)
            .WithQuery("createdBefore", query.CreatedBefore)
            .WithQuery("lastUpdatedAfter", query.LastUpdatedAfter)
            .WithQuery("lastUpdatedBefore", query.LastUpdatedBefore)
            .WithQuery("fulfillmentStatuses", query.FulfillmentStatuses)
            .WithQuery("marketplaceIds", query.MarketplaceIds)
            .WithQuery("fulfilledBy", query.FulfilledBy)
            .WithQuery("maxResultsPerPage", query.MaxResultsPerPage)
            .WithQuery("includedData", query.IncludedData)
            .WithQuery("paginationToken", paginationToken);
        return _pipeline.SendAsync<SearchOrdersResponse>(request, cancellationToken);
    }

    /// <summary>
    /// Every page of searchOrders, following pagination tokens (the filters are repeated unchanged). A page that comes
    /// back with the token just sent is requested again (Amazon repeats pages), up to <see cref="MaxRepeatedPageTokens"/>
    /// times in a row; a token that was already followed earlier (a cycle: A, B, A or A, B, C, B) and a walk longer
    /// than <see cref="SearchOrdersQuery.MaxPages"/> stop with a <see cref="SearchOrdersPagingException"/>.
    /// </summary>
    public async IAsyncEnumerable<SearchOrdersResponse> SearchOrderPagesAsync(SearchOrdersQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var followed = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        var repeats = 0;
        var pages = 0;
        do
        {
            if (pages == query.MaxPages)
                throw new SearchOrdersPagingException(query, pages, $"Amazon still had more pages after the limit of {query.MaxPages} pages per window");
            var page = await SearchOrdersPageAsync(query, token, cancellationToken).ConfigureAwait(false);
            pages++;
            yield return page;

            var next = page.NextToken;
            repeats = next is not null && next == token ? repeats + 1 : 0;
            if (repeats >= MaxRepeatedPageTokens)
                throw new SearchOrdersPagingException(query, pages, $"Amazon returned the same pagination token {repeats + 1} times in a row");
            if (next is not null && next != token && followed.Contains(next))
                throw new SearchOrdersPagingException(query, pages, "Amazon returned a pagination token that was already followed (the tokens go round in a cycle)");
            if (token is not null)
                followed.Add(token);
            token = next;
        }
        while (token is not null);
    }

    /// <summary>
    /// Every order matching the filters, page by page. An order listed twice in one page is returned once, in its
    /// newest version (latest <see cref="Order.LastUpdatedTime"/>); one listed again by a later page is returned again
    /// only when that version is newer than the one already returned, so the last version returned is the newest.
    /// </summary>
    /// <remarks>Orders that do not fit the model are left out; <see cref="ReadOrdersAsync"/> returns them too.</remarks>
    public async IAsyncEnumerable<Order> SearchOrdersAsync(SearchOrdersQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in ReadOrdersAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Order is { } order)
                yield return order;
        }
    }

    /// <summary>
    /// As <see cref="SearchOrdersAsync"/>, with each order of a page read on its own: an order that does not fit the
    /// model (a missing or malformed field) comes back as an <see cref="UnreadableOrder"/> naming the field, after the
    /// page's readable orders, and never stops the walk.
    /// </summary>
    public async IAsyncEnumerable<SearchOrdersEntry> ReadOrdersAsync(SearchOrdersQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var returned = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var page in SearchOrderPagesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            foreach (var order in NewestVersions(page.Orders))
            {
                if (returned.TryGetValue(order.OrderId, out var returnedVersion) && order.LastUpdatedTime <= returnedVersion)
                    continue;
                returned[order.OrderId] = order.LastUpdatedTime;
                yield return new SearchOrdersEntry(order);
            }

            foreach (var unreadable in page.UnreadableOrders)
                yield return new SearchOrdersEntry(unreadable);
        }
    }

    /// <summary>The orders of one page, each once in its newest version, in the order of their first listing.</summary>
    public static IEnumerable<Order> NewestVersions(IEnumerable<Order> orders) =>
        orders.GroupBy(order => order.OrderId, StringComparer.Ordinal)
            .Select(versions => versions.Aggregate((newest, next) => next.LastUpdatedTime >= newest.LastUpdatedTime ? next : newest));

    /// <summary>getOrder (2026-01-01) with the datasets of <paramref name="includedData"/> (values of <see cref="IncludedData"/>).</summary>
    /// <exception cref="UnreadableOrderException">The order does not fit the model; names the field, not its value.</exception>
    public async Task<Order> GetOrderAsync(string orderId, IEnumerable<string>? includedData, CancellationToken cancellationToken)
    {
        var request = new SpApiRequest(SpApiOperations.GetOrder)
            .WithPath("orderId", orderId)
            .WithQuery("includedData", includedData);
        var result = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        JsonElement element;
        try
        {
            using var document = JsonDocument.Parse(result.Content);
            element = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("order", out var found)
                ? found.Clone()
                : throw new JsonException("no order");
        }
        catch (JsonException exception)
        {
            throw new SellingPartnerApiException(request.Operation.Name, result.StatusCode, null, result.RequestId, result.Attempts,
                $"Amazon Selling Partner API operation {request.Operation.Name} returned a body that is not a valid {nameof(GetOrderResponse)} (request {result.RequestId}).", exception);
        }

        return OrderJsonReader.TryRead(element, 0, out var unreadable)
            ?? throw new UnreadableOrderException(unreadable!.OrderId is null ? new UnreadableOrder(orderId, unreadable.Field, 0) : unreadable, result.StatusCode, result.RequestId, result.Attempts, null);
    }

    /// <summary>Confirms the shipment of one package (Orders v0 confirmShipment; 204 on success).</summary>
    public async Task ConfirmShipmentAsync(string orderId, ConfirmShipmentRequest confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        if (string.IsNullOrWhiteSpace(confirmation.MarketplaceId))
            throw new ArgumentException("confirmShipment needs the marketplace ID.", nameof(confirmation));
        if (confirmation.PackageDetail.OrderItems.Count == 0)
            throw new ArgumentException("confirmShipment needs at least one order item.", nameof(confirmation));

        var request = new SpApiRequest(SpApiOperations.ConfirmShipment)
            .WithPath("orderId", orderId)
            .WithBody(confirmation);
        await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
