namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>
/// One Selling Partner API operation as Amazon's model declares it: the model file, operationId, HTTP method, path
/// template, the query parameters the client may send, the body definition, and the published default usage plan.
/// </summary>
public sealed record SpApiOperation(
    string Model,
    string Name,
    string Method,
    string PathTemplate,
    IReadOnlyList<string> QueryParameters,
    string? BodyDefinition,
    double Rate,
    int Burst)
{
    /// <summary>Key of the shared rate limiter: the same operation name exists in several API versions.</summary>
    public string RateLimitKey => $"{Model}/{Name}";

    public HttpMethod HttpMethod => new(Method);

    public override string ToString() => $"{Name} ({Method} {PathTemplate})";
}
