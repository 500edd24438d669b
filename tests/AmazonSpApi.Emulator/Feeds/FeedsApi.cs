using System.Text.Json;

namespace AmazonSpApi.Emulator;

/// <summary>Feeds API 2021-06-30.</summary>
internal static class FeedsApi
{
    public static readonly string[] SupportedFeedTypes = ["POST_ORDER_FULFILLMENT_DATA", "POST_ORDER_ACKNOWLEDGEMENT_DATA", "POST_PAYMENT_ADJUSTMENT_DATA"];

    public static void Register(Router router)
    {
        router.Add(new Operation("createFeedDocument", "POST", "/feeds/2021-06-30/documents", CreateFeedDocument));
        router.Add(new Operation("getFeedDocument", "GET", "/feeds/2021-06-30/documents/{feedDocumentId}", GetFeedDocument));
        router.Add(new Operation("createFeed", "POST", "/feeds/2021-06-30/feeds", CreateFeed));
        router.Add(new Operation("getFeeds", "GET", "/feeds/2021-06-30/feeds", GetFeeds));
        router.Add(new Operation("getFeed", "GET", "/feeds/2021-06-30/feeds/{feedId}", GetFeed));
        router.Add(new Operation("cancelFeed", "DELETE", "/feeds/2021-06-30/feeds/{feedId}", CancelFeed));
    }

    private sealed record CreateFeedDocumentSpecification(string? ContentType);

    private sealed record CreateFeedDocumentResponse(string FeedDocumentId, string Url);

    private sealed record CreateFeedSpecification(string? FeedType, string[]? MarketplaceIds, string? InputFeedDocumentId, Dictionary<string, string>? FeedOptions);

    private sealed record CreateFeedResponse(string FeedId);

    private sealed record FeedDocumentDto(string FeedDocumentId, string Url, string? CompressionAlgorithm);

    internal sealed record FeedDto(string FeedId, string FeedType, string[] MarketplaceIds, string CreatedTime, string ProcessingStatus,
        string? ProcessingStartTime, string? ProcessingEndTime, string? ResultFeedDocumentId);

    private sealed record GetFeedsResponse(FeedDto[] Feeds, string? NextToken);

    private static EmulatorResponse CreateFeedDocument(RequestContext ctx)
    {
        var spec = Read<CreateFeedDocumentSpecification>(ctx);
        if (spec is null || string.IsNullOrWhiteSpace(spec.ContentType))
            return EmulatorResponse.InvalidInput("Invalid input", "contentType is required.");
        var doc = ctx.Core.Documents.Create("feedInput", spec.ContentType, ctx.Now, null, compress: false, restricted: false);
        return EmulatorResponse.Json(201, new CreateFeedDocumentResponse(doc.DocumentId, ctx.Core.Documents.PresignedUrl(doc, ctx.Now)));
    }

    private static EmulatorResponse GetFeedDocument(RequestContext ctx)
    {
        var state = ctx.Core.State;
        if (!state.DocumentMap.TryGetValue(ctx["feedDocumentId"], out var doc) || doc.Kind is not ("feedInput" or "feedResult"))
            return EmulatorResponse.NotFound("Resource not found.", $"Feed document {ctx["feedDocumentId"]} does not exist.");
        var encodingHeader = ctx.Query.Get("enableContentEncodingUrlHeader") == "true";
        return EmulatorResponse.Json(200, new FeedDocumentDto(doc.DocumentId, ctx.Core.Documents.PresignedUrl(doc, ctx.Now, encodingHeader), doc.Compress ? "GZIP" : null));
    }

    private static EmulatorResponse CreateFeed(RequestContext ctx)
    {
        var spec = Read<CreateFeedSpecification>(ctx);
        if (spec is null || string.IsNullOrEmpty(spec.FeedType) || spec.MarketplaceIds is not { Length: > 0 } || string.IsNullOrEmpty(spec.InputFeedDocumentId))
            return EmulatorResponse.InvalidInput("Invalid input", "feedType, marketplaceIds and inputFeedDocumentId are required.");
        if (!SupportedFeedTypes.Contains(spec.FeedType))
            return EmulatorResponse.InvalidInput("Invalid input", $"Feed type {spec.FeedType} is not supported by the emulator (supported: {string.Join(", ", SupportedFeedTypes)}).");
        if (spec.MarketplaceIds.FirstOrDefault(m => ctx.Core.State.Marketplaces.All(k => k.Id != m)) is { } bad)
            return EmulatorResponse.InvalidInput("Invalid input", $"Invalid marketplaceId '{bad}'.");
        if (!ctx.Core.State.DocumentMap.TryGetValue(spec.InputFeedDocumentId, out var doc) || doc.Kind != "feedInput")
            return EmulatorResponse.InvalidInput("Invalid input", $"inputFeedDocumentId {spec.InputFeedDocumentId} does not exist.");
        if (doc.Content is null)
            return EmulatorResponse.InvalidInput("Invalid input", $"Nothing was uploaded to feed document {spec.InputFeedDocumentId}.");

        var feed = ctx.Core.Feeds.Create(spec.FeedType, spec.MarketplaceIds, spec.InputFeedDocumentId, ctx.Now);
        return EmulatorResponse.Json(202, new CreateFeedResponse(feed.FeedId));
    }

    private static EmulatorResponse GetFeed(RequestContext ctx)
    {
        var feed = ctx.Core.State.FindFeed(ctx["feedId"]);
        return feed is null
            ? EmulatorResponse.NotFound("Resource not found.", $"Feed {ctx["feedId"]} does not exist.")
            : EmulatorResponse.Json(200, Map(feed));
    }

    private static EmulatorResponse CancelFeed(RequestContext ctx)
    {
        var feed = ctx.Core.State.FindFeed(ctx["feedId"]);
        if (feed is null)
            return EmulatorResponse.NotFound("Resource not found.", $"Feed {ctx["feedId"]} does not exist.");
        if (feed.ProcessingStatus != ProcessingStatuses.InQueue)
            return EmulatorResponse.InvalidInput("Invalid input", $"Feed {feed.FeedId} is {feed.ProcessingStatus}; only IN_QUEUE feeds can be cancelled.");
        feed.ProcessingStatus = ProcessingStatuses.Cancelled;
        return EmulatorResponse.Empty(200);
    }

    private static EmulatorResponse GetFeeds(RequestContext ctx)
    {
        var (filter, offset, error) = ListQuery.Resolve(ctx, "feedTypes");
        if (error is not null)
            return error;
        var (page, next) = ListQuery.Page(ctx, filter!, offset, ctx.Core.State.FeedList,
            f => (f.FeedType, f.ProcessingStatus, f.MarketplaceIds, f.CreatedTime, f.FeedId), Map);
        return EmulatorResponse.Json(200, new GetFeedsResponse(page, next));
    }

    internal static FeedDto Map(EmulatedFeed f) => new(f.FeedId, f.FeedType, f.MarketplaceIds, EmulatorJson.Timestamp(f.CreatedTime), f.ProcessingStatus,
        EmulatorJson.Timestamp(f.ProcessingStartTime), EmulatorJson.Timestamp(f.ProcessingEndTime), f.ResultFeedDocumentId);

    internal static T? Read<T>(RequestContext ctx) where T : class
    {
        try
        {
            return ctx.Request.Body.Length == 0 ? null : JsonSerializer.Deserialize<T>(ctx.Request.Body, EmulatorJson.Strict);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
