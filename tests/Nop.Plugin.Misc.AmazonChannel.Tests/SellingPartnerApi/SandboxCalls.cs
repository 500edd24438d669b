using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Feeds;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Orders;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Reports;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Tokens;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>Calls the client the way a sandbox example describes, and checks what went over the wire.</summary>
public static class SandboxCalls
{
    public static async Task<object?> InvokeAsync(SellingPartnerApiClient client, SpApiOperation operation, JsonObject parameters)
    {
        var ct = CancellationToken.None;
        switch (operation.Name)
        {
            case "searchOrders":
                return await client.Orders.SearchOrdersPageAsync(new SearchOrdersQuery
                {
                    CreatedAfter = Date(parameters, "createdAfter") ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
                    MarketplaceIds = Strings(parameters, "marketplaceIds"),
                    IncludedData = Strings(parameters, "includedData")
                }, Text(parameters, "paginationToken"), ct);
            case "getOrder":
                return await client.Orders.GetOrderAsync(Text(parameters, "orderId")!, Strings(parameters, "includedData"), ct);
            case "confirmShipment":
                await client.Orders.ConfirmShipmentAsync(Text(parameters, "orderId")!, Body<ConfirmShipmentRequest>(parameters), ct);
                return null;
            case "createReport":
                return await client.Reports.CreateReportAsync(Body<CreateReportSpecification>(parameters), ct);
            case "getReport":
                return await client.Reports.GetReportAsync(Text(parameters, "reportId")!, ct);
            case "getReports":
                return await client.Reports.GetReportsPageAsync(new GetReportsQuery
                {
                    ReportTypes = Strings(parameters, "reportTypes"),
                    ProcessingStatuses = Strings(parameters, "processingStatuses")
                }, null, ct);
            case "getReportDocument":
                return await client.Reports.GetReportDocumentAsync(Text(parameters, "reportDocumentId")!, null, ct);
            case "createFeedDocument":
                return await client.Feeds.CreateFeedDocumentAsync(Body<CreateFeedDocumentSpecification>(parameters).ContentType, ct);
            case "createFeed":
                return await client.Feeds.CreateFeedAsync(Body<CreateFeedSpecification>(parameters), ct);
            case "getFeed":
                return await client.Feeds.GetFeedAsync(Text(parameters, "feedId")!, ct);
            case "getFeedDocument":
                return await client.Feeds.GetFeedDocumentAsync(Text(parameters, "feedDocumentId")!, ct);
            case "createRestrictedDataToken":
                return await client.Tokens.CreateRestrictedDataTokenAsync(Body<CreateRestrictedDataTokenRequest>(parameters), ct);
            case "getMarketplaceParticipations":
                return await client.Sellers.GetMarketplaceParticipationsAsync(ct);
            default:
                throw new AssertionException("no sandbox call for " + operation.Name);
        }
    }

    public static void AssertRequestMatches(SpApiOperation operation, JsonObject parameters, StubRequest sent)
    {
        Assert.That(sent.Method.Method, Is.EqualTo(operation.Method));
        Assert.That(sent.Headers["x-amz-access-token"], Is.EqualTo("Atza|stub-access-token"));
        var query = HttpUtility.ParseQueryString(sent.Uri.Query);
        var modelParameters = AmazonModels.Parameters(operation).ToDictionary(p => p["name"]!.GetValue<string>(), p => p["in"]!.GetValue<string>());
        foreach (var (name, holder) in parameters)
        {
            var value = holder?["value"];
            // Sandbox examples call the body "body" whatever the model names the parameter (confirmShipment: "payload").
            switch (name == "body" ? "body" : modelParameters[name])
            {
                case "query" when value is JsonArray array:
                    Assert.That(query[name], Is.EqualTo(string.Join(",", array.Select(item => item!.GetValue<string>()))), name);
                    break;
                case "query" when DateTimeOffset.TryParse(value!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var date):
                    Assert.That(DateTimeOffset.Parse(query[name]!, CultureInfo.InvariantCulture), Is.EqualTo(date), name);
                    break;
                case "query" when name != "createdAfter":
                    Assert.That(query[name], Is.EqualTo(value!.GetValue<string>()), name);
                    break;
                case "path":
                    Assert.That(Uri.UnescapeDataString(sent.Uri.AbsolutePath), Does.Contain("/" + value!.GetValue<string>()), name);
                    break;
                case "body" when value is JsonObject body && body.Count > 0:
                    var sentBody = JsonNode.Parse(sent.BodyText);
                    Assert.That(JsonPaths.Leaves(sentBody).Order(), Is.EqualTo(JsonPaths.Leaves(body).Order()), "body fields");
                    Assert.That(sent.ContentType, Does.StartWith("application/json"));
                    break;
            }
        }

        var expectedPath = operation.PathTemplate;
        foreach (var (name, holder) in parameters.Where(p => p.Key != "body" && modelParameters[p.Key] == "path"))
            expectedPath = expectedPath.Replace("{" + name + "}", holder!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.That(Uri.UnescapeDataString(sent.Uri.AbsolutePath), Is.EqualTo(expectedPath));
    }

    private static string? Text(JsonObject parameters, string name) => parameters[name]?["value"]?.GetValue<string>();

    private static DateTimeOffset? Date(JsonObject parameters, string name) =>
        DateTimeOffset.TryParse(Text(parameters, name), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var value) ? value : null;

    private static List<string> Strings(JsonObject parameters, string name) =>
        parameters[name]?["value"]?.AsArray().Select(node => node!.GetValue<string>()).ToList() ?? [];

    private static T Body<T>(JsonObject parameters) =>
        JsonSerializer.Deserialize<T>(parameters["body"]!["value"]!.ToJsonString(), SpApiJson.Options)!;
}
