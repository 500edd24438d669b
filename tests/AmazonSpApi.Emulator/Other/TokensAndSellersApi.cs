namespace AmazonSpApi.Emulator;

/// <summary>Tokens API 2021-03-01 (createRestrictedDataToken) and Sellers API v1 (getMarketplaceParticipations).</summary>
internal static class TokensAndSellersApi
{
    private static readonly string[] DataElements = ["buyerInfo", "shippingAddress", "buyerTaxInformation"];

    public static void Register(Router router)
    {
        router.Add(new Operation("createRestrictedDataToken", "POST", "/tokens/2021-03-01/restrictedDataToken", CreateRestrictedDataToken));
        router.Add(new Operation("getMarketplaceParticipations", "GET", "/sellers/v1/marketplaceParticipations", GetMarketplaceParticipations));
    }

    private sealed record RestrictedResource(string? Method, string? Path, string[]? DataElements);

    private sealed record CreateRestrictedDataTokenRequest(string? TargetApplication, RestrictedResource[]? RestrictedResources);

    private sealed record CreateRestrictedDataTokenResponse(string RestrictedDataToken, int ExpiresIn);

    private sealed record GetMarketplaceParticipationsResponse(MarketplaceParticipation[] Payload);

    private sealed record MarketplaceParticipation(MarketplaceDto Marketplace, Participation Participation, string StoreName);

    private sealed record MarketplaceDto(string Id, string Name, string CountryCode, string DefaultCurrencyCode, string DefaultLanguageCode, string DomainName);

    private sealed record Participation(bool IsParticipating, bool HasSuspendedListings);

    private static EmulatorResponse CreateRestrictedDataToken(RequestContext ctx)
    {
        if (ctx.Token!.IsRestricted)
            return EmulatorResponse.Unauthorized("A restricted data token cannot be used to create another one; use the LWA access token.");
        var body = FeedsApi.Read<CreateRestrictedDataTokenRequest>(ctx);
        if (body?.RestrictedResources is not { Length: > 0 } resources)
            return EmulatorResponse.InvalidInput("Invalid input", "restrictedResources is required.");
        if (resources.Length > 50)
            return EmulatorResponse.InvalidInput("Invalid input", "restrictedResources accepts at most 50 entries.");

        var granted = new List<GrantedResource>();
        foreach (var resource in resources)
        {
            if (resource.Method is not ("GET" or "PUT" or "POST" or "DELETE"))
                return EmulatorResponse.InvalidInput("Invalid input", $"Invalid method '{resource.Method}'; use GET, PUT, POST or DELETE.");
            if (string.IsNullOrEmpty(resource.Path) || !resource.Path.StartsWith('/'))
                return EmulatorResponse.InvalidInput("Invalid input", $"Invalid path '{resource.Path}'.");
            if (resource.DataElements?.FirstOrDefault(d => !DataElements.Contains(d)) is { } bad)
                return EmulatorResponse.InvalidInput("Invalid input", $"Invalid dataElements value '{bad}'.");
            granted.Add(new GrantedResource(resource.Method, resource.Path, resource.DataElements ?? []));
        }

        var token = ctx.Core.Auth.IssueRestricted(ctx.Now, granted);
        return EmulatorResponse.Json(200, new CreateRestrictedDataTokenResponse(token.Token, (int)ctx.Core.Options.RestrictedDataTokenLifetime.TotalSeconds));
    }

    private static EmulatorResponse GetMarketplaceParticipations(RequestContext ctx) =>
        EmulatorResponse.Json(200, new GetMarketplaceParticipationsResponse(ctx.Core.State.Marketplaces.Select(m =>
            new MarketplaceParticipation(
                new MarketplaceDto(m.Id, m.Name, m.CountryCode, m.CurrencyCode, m.LanguageCode, m.DomainName),
                new Participation(true, false),
                "Emulated Store " + ctx.Core.State.SellerId)).ToArray()));
}
