using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

/// <summary>One entry of Amazon's error list (<c>{"errors":[{code, message, details}]}</c>).</summary>
[SpApiModel("orders_2026-01-01", "Error")]
[SpApiModel("feeds_2021-06-30", "Error")]
[SpApiModel("reports_2021-06-30", "Error")]
[SpApiModel("tokens_2021-03-01", "Error")]
[SpApiModel("sellers_v1", "Error")]
[SpApiModel("ordersV0", "Error")]
public sealed class SellingPartnerApiError
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = string.Empty;

    [JsonPropertyName("message")]
    public string Message { get; set; } = string.Empty;

    [JsonPropertyName("details")]
    public string? Details { get; set; }

    public override string ToString() => string.IsNullOrEmpty(Details) ? $"{Code}: {Message}" : $"{Code}: {Message} ({Details})";
}

/// <summary>The error envelope every Selling Partner API returns on failure.</summary>
[SpApiModel("orders_2026-01-01", "ErrorList")]
[SpApiModel("feeds_2021-06-30", "ErrorList")]
[SpApiModel("reports_2021-06-30", "ErrorList")]
[SpApiModel("tokens_2021-03-01", "ErrorList")]
[SpApiModel("ordersV0", "ConfirmShipmentErrorResponse")]
public sealed class SellingPartnerApiErrorList
{
    [JsonPropertyName("errors")]
    public List<SellingPartnerApiError>? Errors { get; set; }
}
