using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>The client's operation table and DTOs against Amazon's models.</summary>
public class OperationContractTests
{
    public static IEnumerable<SpApiOperation> Operations => SpApiOperations.All;

    [TestCaseSource(nameof(Operations))]
    public void Operation_MatchesModel_MethodPathAndOperationId(SpApiOperation operation)
    {
        var model = AmazonModels.Operation(operation);
        Assert.That(model["operationId"]!.GetValue<string>(), Is.EqualTo(operation.Name));
        Assert.That(model["deprecated"]?.GetValue<bool>() ?? false, Is.False, $"{operation.Name} is deprecated");
    }

    [TestCaseSource(nameof(Operations))]
    public void Operation_QueryParameters_AreDeclaredByModel(SpApiOperation operation)
    {
        var modelQuery = AmazonModels.Parameters(operation).Where(p => p["in"]!.GetValue<string>() == "query").Select(p => p["name"]!.GetValue<string>()).ToList();
        Assert.That(operation.QueryParameters, Is.SubsetOf(modelQuery));
    }

    [TestCase("searchOrders")]
    [TestCase("getOrder")]
    [TestCase("getReports")]
    public void Operation_SupportsEveryFilterOfTheModel(string name)
    {
        var operation = SpApiOperations.All.Single(op => op.Name == name);
        var modelQuery = AmazonModels.Parameters(operation).Where(p => p["in"]!.GetValue<string>() == "query").Select(p => p["name"]!.GetValue<string>());
        Assert.That(operation.QueryParameters, Is.EquivalentTo(modelQuery));
    }

    [TestCaseSource(nameof(Operations))]
    public void Operation_PathParameters_MatchModel(SpApiOperation operation)
    {
        var modelPath = AmazonModels.Parameters(operation).Where(p => p["in"]!.GetValue<string>() == "path").Select(p => p["name"]!.GetValue<string>());
        var templatePath = System.Text.RegularExpressions.Regex.Matches(operation.PathTemplate, @"\{(\w+)\}").Select(m => m.Groups[1].Value);
        Assert.That(templatePath, Is.EquivalentTo(modelPath));
    }

    [TestCaseSource(nameof(Operations))]
    public void Operation_Body_MatchesModelDefinition(SpApiOperation operation)
    {
        var body = AmazonModels.Parameters(operation).SingleOrDefault(p => p["in"]!.GetValue<string>() == "body");
        Assert.That(AmazonModels.RefName(body?["schema"]), Is.EqualTo(operation.BodyDefinition));
    }

    [TestCaseSource(nameof(Operations))]
    public void Operation_RateAndBurst_AreThePublishedDefaults(SpApiOperation operation)
    {
        var (rate, burst) = AmazonModels.UsagePlan(operation);
        Assert.Multiple(() =>
        {
            Assert.That(operation.Rate, Is.EqualTo(rate).Within(1e-9));
            Assert.That(operation.Burst, Is.EqualTo(burst));
        });
    }

    /// <summary>The DTO the client deserializes for each operation's success response (null: no body).</summary>
    public static readonly IReadOnlyDictionary<string, Type?> ResponseTypes = new Dictionary<string, Type?>
    {
        ["searchOrders"] = typeof(AmazonChannel.SellingPartnerApi.Orders.SearchOrdersResponse),
        ["getOrder"] = typeof(AmazonChannel.SellingPartnerApi.Orders.GetOrderResponse),
        ["confirmShipment"] = null,
        ["createReport"] = typeof(AmazonChannel.SellingPartnerApi.Reports.CreateReportResponse),
        ["getReport"] = typeof(AmazonChannel.SellingPartnerApi.Reports.Report),
        ["getReports"] = typeof(AmazonChannel.SellingPartnerApi.Reports.GetReportsResponse),
        ["getReportDocument"] = typeof(AmazonChannel.SellingPartnerApi.Reports.ReportDocument),
        ["createFeedDocument"] = typeof(AmazonChannel.SellingPartnerApi.Feeds.CreateFeedDocumentResponse),
        ["createFeed"] = typeof(AmazonChannel.SellingPartnerApi.Feeds.CreateFeedResponse),
        ["getFeed"] = typeof(AmazonChannel.SellingPartnerApi.Feeds.Feed),
        ["getFeedDocument"] = typeof(AmazonChannel.SellingPartnerApi.Feeds.FeedDocument),
        ["createRestrictedDataToken"] = typeof(AmazonChannel.SellingPartnerApi.Tokens.CreateRestrictedDataTokenResponse),
        ["getMarketplaceParticipations"] = typeof(AmazonChannel.SellingPartnerApi.Sellers.GetMarketplaceParticipationsResponse),
    };

    [TestCaseSource(nameof(Operations))]
    public void Operation_SuccessResponse_IsTheDtoOfTheModelDefinition(SpApiOperation operation)
    {
        var responses = (JsonObject)AmazonModels.Operation(operation)["responses"]!;
        var success = responses.Single(pair => pair.Key.StartsWith('2'));
        var definition = AmazonModels.RefName(success.Value?["schema"]);
        var type = ResponseTypes[operation.Name];
        if (type is null)
        {
            Assert.That(definition, Is.Null, $"{operation.Name} returns a body the client ignores");
            return;
        }

        var mapped = type.GetCustomAttributes<SpApiModelAttribute>().Where(a => a.Model == operation.Model).Select(a => a.Definition);
        Assert.That(mapped, Does.Contain(definition));
    }

    [TestCaseSource(nameof(Operations))]
    public void Operation_ErrorResponses_AreAmazonErrorLists(SpApiOperation operation)
    {
        var responses = (JsonObject)AmazonModels.Operation(operation)["responses"]!;
        foreach (var (code, response) in responses.Where(pair => !pair.Key.StartsWith('2')))
        {
            var name = AmazonModels.RefName(response?["schema"]);
            var properties = AmazonModels.Definition(operation.Model, name!)["properties"] as JsonObject;
            Assert.That(properties?.ContainsKey("errors"), Is.True, $"{operation.Name} {code}: {name} has no errors list");
        }
    }

    public static IEnumerable<TestCaseData> ModelledTypes() =>
        typeof(SpApiOperations).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<SpApiModelAttribute>().Select(attribute => new TestCaseData(type, attribute.Model, attribute.Definition)
                .SetArgDisplayNames(type.Name, attribute.Model, attribute.Definition)));

    [TestCaseSource(nameof(ModelledTypes))]
    public void Dto_JsonPropertyNames_ExistInModelDefinition(Type type, string model, string definition)
    {
        var properties = (JsonObject?)AmazonModels.Definition(model, definition)["properties"] ?? [];
        var names = JsonNames(type).ToList();
        Assert.That(names, Is.Not.Empty);
        Assert.That(names, Is.SubsetOf(properties.Select(pair => pair.Key)));
    }

    [TestCaseSource(nameof(ModelledTypes))]
    public void Dto_CarriesEveryRequiredPropertyOfTheModel(Type type, string model, string definition)
    {
        var required = AmazonModels.Definition(model, definition)["required"]?.AsArray().Select(node => node!.GetValue<string>()) ?? [];
        Assert.That(JsonNames(type), Is.SupersetOf(required));
    }

    [Test]
    public void Dtos_CoverEveryDefinitionReachableFromTheRequestAndResponseTypesUsed()
    {
        // Every object definition reachable from what the client sends or reads has a DTO, except those left out on purpose.
        var leftOut = new HashSet<string> { "PreferredDeliveryTime", "PreferredDeliveryCapability", "BusinessHour", "ExceptionDate", "TimeWindow", "HourMinute", "ReportOptions", "FeedOptions", "FeedList", "ReportList", "MarketplaceParticipationList", "ErrorList", "ConfirmShipmentOrderItemsList", "TransparencyCodeList", "Decimal", "Asin", "SKU", "FulfillmentStatus", "ConstraintType", "MarketplaceId", "PackageReferenceId", "TransparencyCode" };
        var mapped = typeof(SpApiOperations).Assembly.GetTypes().SelectMany(t => t.GetCustomAttributes<SpApiModelAttribute>()).Select(a => (a.Model, a.Definition)).ToHashSet();
        var missing = new List<string>();
        foreach (var operation in SpApiOperations.All)
        {
            var roots = new List<string>();
            if (operation.BodyDefinition is not null)
                roots.Add(operation.BodyDefinition);
            var responses = (JsonObject)AmazonModels.Operation(operation)["responses"]!;
            roots.AddRange(responses.Where(pair => pair.Key.StartsWith('2')).Select(pair => AmazonModels.RefName(pair.Value?["schema"])).OfType<string>());
            var seen = new HashSet<string>();
            var queue = new Queue<string>(roots);
            while (queue.TryDequeue(out var name))
            {
                if (!seen.Add(name))
                    continue;
                if (!leftOut.Contains(name) && !mapped.Contains((operation.Model, name)))
                    missing.Add($"{operation.Model}:{name}");
                foreach (var reference in References(AmazonModels.Definition(operation.Model, name)))
                    queue.Enqueue(reference);
            }
        }

        Assert.That(missing.Distinct(), Is.Empty);
    }

    private static IEnumerable<string> References(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue v)
                        yield return v.GetValue<string>().Split('/')[^1];
                    foreach (var inner in References(value))
                        yield return inner;
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in References(item))
                        yield return inner;
                }

                break;
        }
    }

    private static IEnumerable<string> JsonNames(Type type) =>
        type.GetProperties().Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name).OfType<string>();

    [Test]
    public void ErrorTypes_AreInTheClientNamespace() =>
        Assert.That(typeof(SellingPartnerApiError).Namespace, Does.StartWith("Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi"));
}
