using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Tokens;

/// <summary>Tokens API 2021-03-01: Restricted Data Tokens for operations that return restricted data.</summary>
public sealed class TokensClient
{
    private readonly SpApiPipeline _pipeline;

    internal TokensClient(SpApiPipeline pipeline) => _pipeline = pipeline;

    public Task<CreateRestrictedDataTokenResponse> CreateRestrictedDataTokenAsync(CreateRestrictedDataTokenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RestrictedResources.Count is 0 or > 50)
            throw new ArgumentException("createRestrictedDataToken takes 1 to 50 restricted resources.", nameof(request));

        return _pipeline.SendAsync<CreateRestrictedDataTokenResponse>(new SpApiRequest(SpApiOperations.CreateRestrictedDataToken).WithBody(request), cancellationToken);
    }

    /// <summary>A Restricted Data Token for one resource (method and concrete path).</summary>
    public Task<CreateRestrictedDataTokenResponse> CreateRestrictedDataTokenAsync(string method, string path, IEnumerable<string>? dataElements, CancellationToken cancellationToken) =>
        CreateRestrictedDataTokenAsync(new CreateRestrictedDataTokenRequest
        {
            RestrictedResources = [new RestrictedResource { Method = method, Path = path, DataElements = dataElements?.ToList() }]
        }, cancellationToken);
}
