using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>Every static sandbox example of the operations the client uses, through the client's types.</summary>
public class SandboxExampleTests
{
    public static IEnumerable<TestCaseData> Examples() => !TestPaths.HasAmazonReferenceFiles ? [SkippedExample()] :
        SpApiOperations.All.SelectMany(operation => AmazonModels.SandboxExamples(operation).Select((example, index) =>
            new TestCaseData(operation, example.Code, example.Parameters, example.Response).SetArgDisplayNames(operation.Name, example.Code, index.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>The successful examples whose request has a body: the ones a request type must represent.</summary>
    public static IEnumerable<TestCaseData> ExamplesWithValidBodies() => !TestPaths.HasAmazonReferenceFiles ? [SkippedExample()] :
        SpApiOperations.All.Where(operation => operation.BodyDefinition is not null).SelectMany(operation => AmazonModels.SandboxExamples(operation)
            .Where(example => example.Code.StartsWith('2') && example.Parameters["body"]?["value"] is JsonObject { Count: > 0 })
            .Select((example, index) => new TestCaseData(operation, example.Code, example.Parameters, example.Response)
                .SetArgDisplayNames(operation.Name, example.Code, index.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Without Amazon's models there are no examples to enumerate: one case, reported as Skipped with the reason.</summary>
    private static TestCaseData SkippedExample() =>
        new TestCaseData(SpApiOperations.SearchOrders, "200", new JsonObject(), null).SetArgDisplayNames("sandbox examples").Ignore(TestPaths.AmazonReferenceFilesMissing);

    [Test]
    public void EveryOperation_HasSandboxExamples()
    {
        var counts = SpApiOperations.All.ToDictionary(op => op.Name, op => AmazonModels.SandboxExamples(op).Count());
        Assert.That(counts.Values.Sum(), Is.EqualTo(4 + 4 + 2 + 2 * 4 + 2 * 4 + 3 + 1), string.Join(", ", counts));
    }

    [TestCaseSource(nameof(Examples))]
    public void Response_DeserializesIntoClientType_WithoutLosingFields(SpApiOperation operation, string code, JsonObject parameters, JsonNode? response)
    {
        if (!code.StartsWith('2'))
        {
            var errors = SpApiJson.Deserialize<SellingPartnerApiErrorList>(response!.ToJsonString());
            Assert.That(errors.Errors, Is.Not.Empty);
            Assert.That(errors.Errors!.All(error => error.Code.Length > 0 && error.Message.Length > 0), Is.True);
            return;
        }

        var type = OperationContractTests.ResponseTypes[operation.Name];
        if (type is null)
        {
            Assert.That(response is null || response.AsObject().Count == 0, Is.True, "a body where the client expects none");
            return;
        }

        var value = JsonSerializer.Deserialize(response!.ToJsonString(), type, SpApiJson.Options);
        Assert.That(value, Is.Not.Null);
        var roundTrip = JsonNode.Parse(JsonSerializer.Serialize(value, type, SpApiJson.Options));
        Assert.That(JsonPaths.Leaves(response).Except(JsonPaths.Leaves(roundTrip)), Is.Empty, "fields of the example the client type drops");
    }

    // Invalid bodies of failure examples (missing fields, "02/21/2022" dates) need not be representable.
    [TestCaseSource(nameof(ExamplesWithValidBodies))]
    public void RequestBody_RoundTripsThroughClientType(SpApiOperation operation, string code, JsonObject parameters, JsonNode? response)
    {
        var body = (JsonObject)parameters["body"]!["value"]!;
        var type = typeof(SpApiOperations).Assembly.GetTypes().Single(t =>
            t.GetCustomAttributes(typeof(SpApiModelAttribute), false).Cast<SpApiModelAttribute>().Any(a => a.Model == operation.Model && a.Definition == operation.BodyDefinition));

        var value = JsonSerializer.Deserialize(body.ToJsonString(), type, SpApiJson.Options);
        var roundTrip = JsonNode.Parse(JsonSerializer.Serialize(value, type, SpApiJson.Options));
        Assert.That(JsonPaths.Leaves(roundTrip).Order(), Is.EqualTo(JsonPaths.Leaves(body).Order()));
    }

    [TestCaseSource(nameof(Examples))]
    public async Task Client_SendsTheExampleRequest_AndReadsTheExampleResponse(SpApiOperation operation, string code, JsonObject parameters, JsonNode? response)
    {
        var status = (HttpStatusCode)int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
        var handler = StubHandler.WithToken(_ => StubHandler.Json(status, response?.ToJsonString() ?? string.Empty, ("x-amzn-RequestId", "sandbox-request-id")));
        var client = new SellingPartnerApiClientFactory(handler, new JumpingClock(TestOptions.Start)).Create(TestOptions.Create());

        Exception? failure = null;
        object? result = null;
        try
        {
            result = await SandboxCalls.InvokeAsync(client, operation, parameters);
        }
        catch (SellingPartnerApiException ex)
        {
            failure = ex;
        }
        catch (ArgumentException) when (code.StartsWith('4'))
        {
            // The client's own validation refuses what Amazon would answer 400 to; nothing is sent.
            Assert.That(handler.ApiRequests, Is.Empty);
            return;
        }

        var sent = handler.ApiRequests.Single();
        SandboxCalls.AssertRequestMatches(operation, parameters, sent);

        if (code.StartsWith('2'))
        {
            Assert.That(failure, Is.Null);
            if (OperationContractTests.ResponseTypes[operation.Name] is not null)
                Assert.That(result, Is.Not.Null);
        }
        else
        {
            var error = failure as SellingPartnerApiException;
            Assert.That(error, Is.Not.Null, "a typed error");
            Assert.Multiple(() =>
            {
                Assert.That(error!.StatusCode, Is.EqualTo(status));
                Assert.That(error.Operation, Is.EqualTo(operation.Name));
                Assert.That(error.RequestId, Is.EqualTo("sandbox-request-id"));
                Assert.That(error.ErrorCode, Is.EqualTo(response!["errors"]![0]!["code"]!.GetValue<string>()));
                Assert.That(error.Message, Does.Contain(response["errors"]![0]!["message"]!.GetValue<string>()));
            });
        }
    }
}

/// <summary>Flattens JSON to the set of paths of its non-empty leaves (<c>orders[].orderItems[].product.asin</c>).</summary>
public static class JsonPaths
{
    public static IReadOnlySet<string> Leaves(JsonNode? node)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Walk(node, "$", paths);
        return paths;
    }

    private static void Walk(JsonNode? node, string path, HashSet<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                    Walk(value, path + "." + key, paths);
                break;
            case JsonArray array:
                foreach (var item in array)
                    Walk(item, path + "[]", paths);
                break;
            case null:
                break;
            default:
                paths.Add(path);
                break;
        }
    }
}
