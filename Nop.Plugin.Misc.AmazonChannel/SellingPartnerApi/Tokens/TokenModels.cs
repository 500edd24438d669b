using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Tokens;

[SpApiModel("tokens_2021-03-01", "CreateRestrictedDataTokenRequest")]
public sealed class CreateRestrictedDataTokenRequest
{
    [JsonPropertyName("targetApplication")] public string? TargetApplication { get; set; }
    [JsonPropertyName("restrictedResources")] public List<RestrictedResource> RestrictedResources { get; set; } = [];
}

[SpApiModel("tokens_2021-03-01", "RestrictedResource")]
public sealed class RestrictedResource
{
    /// <summary>GET, PUT, POST or DELETE.</summary>
    [JsonPropertyName("method")] public string Method { get; set; } = "GET";

    /// <summary>The restricted path, for example <c>/reports/2021-06-30/documents/{reportDocumentId}</c> with the real ID.</summary>
    [JsonPropertyName("path")] public string Path { get; set; } = string.Empty;

    /// <summary>buyerInfo, shippingAddress, buyerTaxInformation (Orders v0 only).</summary>
    [JsonPropertyName("dataElements")] public List<string>? DataElements { get; set; }
}

/// <summary>A Restricted Data Token. Never log it.</summary>
[SpApiModel("tokens_2021-03-01", "CreateRestrictedDataTokenResponse")]
public sealed class CreateRestrictedDataTokenResponse
{
    [JsonPropertyName("restrictedDataToken")] public string RestrictedDataToken { get; set; } = string.Empty;

    /// <summary>Lifetime in seconds.</summary>
    [JsonPropertyName("expiresIn")] public int ExpiresIn { get; set; }

    public override string ToString() => $"Restricted Data Token (expires in {ExpiresIn} s)";
}
