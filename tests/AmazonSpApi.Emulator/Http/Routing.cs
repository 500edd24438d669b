namespace AmazonSpApi.Emulator;

/// <summary>Everything a handler needs for one SP-API call.</summary>
internal sealed class RequestContext
{
    public required EmulatorRequest Request { get; init; }
    public required QueryParameters Query { get; init; }
    public required IReadOnlyDictionary<string, string> Route { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required EmulatorCore Core { get; init; }
    public IssuedToken? Token { get; set; }

    public string this[string routeValue] => Route[routeValue];
}

/// <summary>One SP-API operation: name as in the model's operationId, method, path template, handler.</summary>
internal sealed record Operation(
    string Name,
    string Method,
    string Template,
    Func<RequestContext, EmulatorResponse> Handler,
    Func<RequestContext, bool>? RequiresRestrictedToken = null)
{
    public string[] Segments { get; } = Template.Trim('/').Split('/');
}

internal sealed class Router
{
    private readonly List<Operation> _operations = [];

    public IReadOnlyList<Operation> Operations => _operations;

    public void Add(Operation operation) => _operations.Add(operation);

    public (Operation? Operation, Dictionary<string, string> Values) Match(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        foreach (var operation in _operations)
        {
            if (!string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase) || operation.Segments.Length != segments.Length)
                continue;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var matched = true;
            for (var i = 0; i < segments.Length && matched; i++)
            {
                var template = operation.Segments[i];
                if (template.StartsWith('{'))
                {
                    var value = Uri.UnescapeDataString(segments[i]);
                    matched = value.Length > 0;
                    values[template[1..^1]] = value;
                }
                else
                    matched = string.Equals(template, segments[i], StringComparison.Ordinal);
            }

            if (matched)
                return (operation, values);
        }

        return (null, []);
    }
}
