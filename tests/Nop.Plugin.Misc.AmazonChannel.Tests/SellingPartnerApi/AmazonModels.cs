using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>
/// Reads Amazon's Swagger 2.0 model files from the shared folder. A test that reads them is a comparison with Amazon's
/// files: without ../shared/amazon-sp-api it ends as Skipped (<see cref="TestPaths.RequireAmazonReferenceFiles"/>).
/// </summary>
public static partial class AmazonModels
{
    private static readonly ConcurrentDictionary<string, JsonObject> _models = new();

    public static JsonObject Load(string model)
    {
        TestPaths.RequireAmazonReferenceFiles();
        return _models.GetOrAdd(model, name => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.AmazonModelsDir, name + ".json")))!);
    }

    public static JsonObject Operation(SpApiOperation operation)
    {
        var paths = (JsonObject)Load(operation.Model)["paths"]!;
        var path = paths[operation.PathTemplate] as JsonObject ?? throw new AssertionException($"{operation.Model} has no path {operation.PathTemplate}");
        return path[operation.Method.ToLowerInvariant()] as JsonObject ?? throw new AssertionException($"{operation.Model} has no {operation.Method} {operation.PathTemplate}");
    }

    public static JsonObject Definition(string model, string name) =>
        Load(model)["definitions"]?[name] as JsonObject ?? throw new AssertionException($"{model} has no definition {name}");

    /// <summary>Parameters of an operation (including path-level ones), $refs resolved.</summary>
    public static IReadOnlyList<JsonObject> Parameters(SpApiOperation operation)
    {
        var model = Load(operation.Model);
        var list = new List<JsonObject>();
        foreach (var node in Operation(operation)["parameters"]?.AsArray() ?? [])
        {
            var parameter = (JsonObject)node!;
            if (parameter["$ref"]?.GetValue<string>() is { } reference)
                parameter = (JsonObject)model["parameters"]![reference.Split('/')[^1]]!;
            list.Add(parameter);
        }

        return list;
    }

    /// <summary>The last segment of a <c>$ref</c> (the definition name).</summary>
    public static string? RefName(JsonNode? schema) => schema?["$ref"]?.GetValue<string>().Split('/')[^1];

    /// <summary>The default rate and burst of the operation's "Usage Plan" table.</summary>
    public static (double Rate, int Burst) UsagePlan(SpApiOperation operation)
    {
        var description = Operation(operation)["description"]?.GetValue<string>() ?? string.Empty;
        var match = UsagePlanRow().Match(description);
        Assert.That(match.Success, Is.True, $"{operation.Name} has no usage plan table");
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Every static sandbox example of an operation: response code, request parameters, response body.</summary>
    public static IEnumerable<(string Code, JsonObject Parameters, JsonNode? Response)> SandboxExamples(SpApiOperation operation)
    {
        foreach (var (code, response) in (JsonObject)Operation(operation)["responses"]!)
        {
            foreach (var example in response?["x-amzn-api-sandbox"]?["static"]?.AsArray() ?? [])
                yield return (code, example!["request"]?["parameters"] as JsonObject ?? [], example["response"]);
        }
    }

    [GeneratedRegex(@"\|\s*([0-9]*\.?[0-9]+)\s*\|\s*([0-9]+)\s*\|")]
    private static partial Regex UsagePlanRow();
}
