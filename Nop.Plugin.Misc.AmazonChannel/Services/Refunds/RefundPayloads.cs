using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>Where a refund or cancellation came from (shown in the queue and on order notes).</summary>
public static class RequestOrigins
{
    public const string Admin = "Admin";
    public const string BuyerRequest = "BuyerRequest";
    public const string StoreButton = "StoreButton";
}

/// <summary>
/// A cancellation as recorded in the outbox, independent of how it travels: the acknowledgement feed today
/// (<see cref="AcknowledgementMessageBuilder"/>), a JSON cancel operation should Amazon release one.
/// </summary>
public sealed class CancellationPayload
{
    [JsonPropertyName("amazonOrderId")] public string AmazonOrderId { get; set; } = string.Empty;

    /// <summary>Amazon's CancelReason (<see cref="Domain.AmazonCancelReason"/> name).</summary>
    [JsonPropertyName("reason")] public string Reason { get; set; } = string.Empty;

    /// <summary>The whole order: every unshipped item (Lines lists them so the message can name each with the reason).</summary>
    [JsonPropertyName("wholeOrder")] public bool WholeOrder { get; set; }

    [JsonPropertyName("lines")] public List<CancellationLine> Lines { get; set; } = [];

    [JsonPropertyName("origin")] public string Origin { get; set; } = RequestOrigins.Admin;
}

public sealed class CancellationLine
{
    [JsonPropertyName("amazonOrderItemId")] public string AmazonOrderItemId { get; set; } = string.Empty;
    [JsonPropertyName("quantity")] public int Quantity { get; set; }

    /// <summary>
    /// The item's cancelled quantity once this line is applied: worked out and stored on the request when Amazon
    /// confirms, before any item changes, so applying the line again after a crash sets the same value, never adds twice.
    /// Not sent to Amazon.
    /// </summary>
    [JsonPropertyName("cancelledAfter")] public int? CancelledAfter { get; set; }

    /// <summary>
    /// The item's cancelled quantity when the request was made; with <see cref="OpenRequestIds"/> the base of the target
    /// (<see cref="CancellationClaims.Target"/>). Null on requests recorded before claims were kept. Not sent to Amazon.
    /// </summary>
    [JsonPropertyName("cancelledBefore")] public int? CancelledBefore { get; set; }

    /// <summary>The order's other cancellation requests that held quantities of the item when this one was made. Not sent to Amazon.</summary>
    [JsonPropertyName("openRequestIds")] public List<int>? OpenRequestIds { get; set; }
}

/// <summary>A refund as recorded in the outbox; amounts in the order's currency, signed as Amazon gets them.</summary>
public sealed class RefundPayload
{
    [JsonPropertyName("amazonOrderId")] public string AmazonOrderId { get; set; } = string.Empty;
    [JsonPropertyName("currencyCode")] public string CurrencyCode { get; set; } = string.Empty;

    /// <summary>Amazon's AdjustmentReason (<see cref="Domain.AmazonAdjustmentReason"/> name).</summary>
    [JsonPropertyName("reason")] public string Reason { get; set; } = string.Empty;

    /// <summary>The admin's memo: kept with the request and on the order note (Amazon's feed has no field for it).</summary>
    [JsonPropertyName("memo")] public string? Memo { get; set; }

    [JsonPropertyName("items")] public List<RefundItemPayload> Items { get; set; } = [];

    [JsonPropertyName("origin")] public string Origin { get; set; } = RequestOrigins.Admin;

    [JsonIgnore] public decimal Total => Items.Sum(item => item.Components.Sum(c => c.Amount));

    public IEnumerable<(RefundLine Line, string Reference)> Lines() =>
        Items.SelectMany(item => item.Components.Select(c =>
            (new RefundLine(item.AmazonOrderItemId, Enum.Parse<Domain.AmazonRefundComponent>(c.Type), Math.Abs(c.Amount)), item.MerchantAdjustmentItemId)));
}

public sealed class RefundItemPayload
{
    [JsonPropertyName("amazonOrderItemId")] public string AmazonOrderItemId { get; set; } = string.Empty;

    /// <summary>Sent as MerchantAdjustmentItemID; Amazon's settlement echoes it, so the ledger can tell the refund is ours.</summary>
    [JsonPropertyName("merchantAdjustmentItemId")] public string MerchantAdjustmentItemId { get; set; } = string.Empty;

    [JsonPropertyName("components")] public List<RefundComponentPayload> Components { get; set; } = [];
}

public sealed class RefundComponentPayload
{
    [JsonPropertyName("type")] public string Type { get; set; } = string.Empty;

    /// <summary>Signed: a deduction (restocking fee) negative.</summary>
    [JsonPropertyName("amount")] public decimal Amount { get; set; }
}

internal static class PayloadJson
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"The stored {typeof(T).Name} is empty.");
}
