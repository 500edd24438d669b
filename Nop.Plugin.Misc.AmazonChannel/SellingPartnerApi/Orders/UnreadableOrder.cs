using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

/// <summary>
/// An order in Amazon's answer that does not fit the model (a date that is not a date, a number out of range, a
/// string where an object belongs). Names the order, when its ID could be read, and the field, never the value: the
/// value may be buyer data.
/// </summary>
public sealed class UnreadableOrder
{
    public UnreadableOrder(string? orderId, string field, int position)
    {
        OrderId = orderId;
        Field = field;
        Position = position;
    }

    /// <summary>The order's ID, or null when the order ID itself is missing or not a string.</summary>
    public string? OrderId { get; }

    /// <summary>The JSON path of the field within the order (for example <c>orderItems[0].quantityOrdered</c>).</summary>
    public string Field { get; }

    /// <summary>The order's position in its page (0-based).</summary>
    public int Position { get; }

    public override string ToString() => $"Order {OrderId ?? $"#{Position}"}: field '{Field}'";
}

/// <summary>One entry of a searchOrders walk: an order read, or one that could not be read.</summary>
public sealed class SearchOrdersEntry
{
    public SearchOrdersEntry(Order order) => Order = order;

    public SearchOrdersEntry(UnreadableOrder unreadable) => Unreadable = unreadable;

    public Order? Order { get; }

    public UnreadableOrder? Unreadable { get; }
}

/// <summary>getOrder answered with an order that does not fit the model; <see cref="Unreadable"/> names the field.</summary>
public sealed class UnreadableOrderException : SellingPartnerApiException
{
    public UnreadableOrderException(UnreadableOrder unreadable, HttpStatusCode? statusCode, string? requestId, int attempts, Exception? innerException)
        : base(SpApiOperations.GetOrder.Name, statusCode, null, requestId, attempts,
            $"Amazon's getOrder answer for order {unreadable.OrderId} could not be read: field '{unreadable.Field}' does not fit Amazon's model (request {requestId}).", innerException)
    {
        Unreadable = unreadable;
    }

    public UnreadableOrder Unreadable { get; }
}

/// <summary>Reads each order of an answer on its own, so one malformed order never hides the others.</summary>
public static class OrderJsonReader
{
    public static Order? TryRead(JsonElement element, int position, out UnreadableOrder? unreadable)
    {
        try
        {
            var order = element.Deserialize<Order>(SpApiJson.Options);
            unreadable = order is null ? new UnreadableOrder(null, "$", position) : null;
            return order;
        }
        catch (JsonException exception)
        {
            var orderId = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("orderId", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
            unreadable = new UnreadableOrder(orderId, FieldOf(exception.Path), position);
            return null;
        }
    }

    private static string FieldOf(string? path) => string.IsNullOrEmpty(path) || path == "$" ? "(the order itself)" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}

/// <summary>
/// Reads searchOrders' <c>orders</c> array order by order into an <see cref="OrderList"/>: orders that fit the model
/// in the list, the others in <see cref="OrderList.Unreadable"/>.
/// </summary>
public sealed class OrderListConverter : JsonConverter<List<Order>>
{
    public override List<Order>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;

        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
            throw new JsonException("orders is not an array.");

        var list = new OrderList();
        var position = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            if (OrderJsonReader.TryRead(element, position, out var unreadable) is { } order)
                list.Add(order);
            else
                list.Unreadable.Add(unreadable!);
            position++;
        }
        return list;
    }

    public override void Write(Utf8JsonWriter writer, List<Order> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var order in value)
            JsonSerializer.Serialize(writer, order, options);
        writer.WriteEndArray();
    }
}

/// <summary>The orders of a searchOrders page, with the ones that could not be read beside them.</summary>
public sealed class OrderList : List<Order>
{
    public List<UnreadableOrder> Unreadable { get; } = [];
}
