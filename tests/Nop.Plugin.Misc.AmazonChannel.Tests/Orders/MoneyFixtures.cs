using System.Globalization;
using System.Text.Json.Nodes;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;
using SpApi = Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>A proceeds category of an Orders API (2026-01-01) order or item, with its detailed subtypes (TAX, DISCOUNT).</summary>
public sealed record Proceed(string Type, decimal Amount, params (string Subtype, decimal Amount)[] Details);

/// <summary>
/// The project's own Orders API (2026-01-01) orders for the money rules, written in Amazon's JSON shape so that they go
/// through the same deserialisation and translation as Amazon's answers. They need nothing beside the clone.
/// </summary>
public static class MoneyFixtures
{
    public const string AmazonCom = "ATVPDKIKX0DER";
    public const string AmazonCoUk = "A1F83G8C2ARO7P";
    public const string AmazonDe = "A1PA6795UKMFR9";

    /// <summary>One line: <paramref name="unitPrice"/> and the item proceeds as given, proceedsTotal their sum.</summary>
    public static JsonObject Line(string itemId, string sku, int quantity, decimal unitPrice, string currency, params Proceed[] proceeds) => new()
    {
        ["orderItemId"] = itemId,
        ["quantityOrdered"] = quantity,
        ["product"] = new JsonObject
        {
            ["sellerSku"] = sku,
            ["title"] = "Item " + sku,
            ["price"] = new JsonObject { ["unitPrice"] = Money(unitPrice, currency) }
        },
        ["proceeds"] = new JsonObject
        {
            ["proceedsTotal"] = Money(proceeds.Sum(p => p.Amount), currency),
            ["breakdowns"] = Breakdowns(proceeds, currency, withDetails: true)
        }
    };

    /// <summary>
    /// An unshipped merchant-fulfilled order. The order-level proceeds are the items' categories summed (plus
    /// <paramref name="orderLevel"/>, e.g. DELIVERY_TIP); grandTotal is <paramref name="grandTotal"/>.
    /// </summary>
    public static SpApi.Order Order(string orderId, string marketplaceId, string currency, string country, decimal grandTotal,
        JsonObject[] lines, params Proceed[] orderLevel)
    {
        var itemProceeds = lines.SelectMany(line => line["proceeds"]!["breakdowns"]!.AsArray())
            .Select(b => (Type: b!["type"]!.GetValue<string>(), Amount: decimal.Parse(b["subtotal"]!["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture)))
            .GroupBy(b => b.Type)
            .Select(g => new Proceed(g.Key, g.Sum(b => b.Amount)));
        var json = new JsonObject
        {
            ["orderId"] = orderId,
            ["createdTime"] = "2026-11-20T10:00:00Z",
            ["lastUpdatedTime"] = "2026-11-20T10:40:00Z",
            ["salesChannel"] = new JsonObject { ["channelName"] = "AMAZON", ["marketplaceId"] = marketplaceId },
            ["buyer"] = new JsonObject { ["buyerName"] = "Jane Q Buyer", ["buyerEmail"] = $"{orderId}@marketplace.amazon.example" },
            ["recipient"] = new JsonObject
            {
                ["deliveryAddress"] = new JsonObject
                {
                    ["name"] = "Jane Q Buyer", ["addressLine1"] = "1 Main Street", ["city"] = "Town", ["postalCode"] = "12345", ["countryCode"] = country
                }
            },
            ["proceeds"] = new JsonObject
            {
                ["grandTotal"] = Money(grandTotal, currency),
                ["breakdowns"] = Breakdowns(itemProceeds.Concat(orderLevel), currency, withDetails: false)
            },
            ["fulfillment"] = new JsonObject { ["fulfillmentStatus"] = "UNSHIPPED", ["fulfilledBy"] = "MERCHANT", ["fulfillmentServiceLevel"] = "STANDARD" },
            ["orderItems"] = new JsonArray(lines.Select(line => (JsonNode)line.DeepClone()).ToArray())
        };
        return SpApiJson.Deserialize<SpApi.Order>(json.ToJsonString());
    }

    private static JsonArray Breakdowns(IEnumerable<Proceed> proceeds, string currency, bool withDetails) =>
        new(proceeds.Select(p =>
        {
            var node = new JsonObject { ["type"] = p.Type, ["subtotal"] = Money(p.Amount, currency) };
            if (withDetails && p.Details.Length > 0)
                node["detailedBreakdowns"] = new JsonArray(p.Details.Select(d => (JsonNode)new JsonObject { ["subtype"] = d.Subtype, ["value"] = Money(d.Amount, currency) }).ToArray());
            return (JsonNode)node;
        }).ToArray());

    private static JsonObject Money(decimal amount, string currency) =>
        new() { ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture), ["currencyCode"] = currency };
}
