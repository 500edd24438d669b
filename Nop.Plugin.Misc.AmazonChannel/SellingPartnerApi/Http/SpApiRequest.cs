using System.Globalization;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>
/// A request to one <see cref="SpApiOperation"/>: path parameters, query parameters (only names the operation
/// declares) and an optional JSON body. Arrays are sent comma-separated (Swagger 2.0 "csv", the models' default).
/// </summary>
public sealed class SpApiRequest
{
    private readonly Dictionary<string, string> _pathValues = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, IReadOnlyList<string>>> _query = [];

    public SpApiRequest(SpApiOperation operation) => Operation = operation;

    public SpApiOperation Operation { get; }

    public object? Body { get; private set; }

    /// <summary>When set, this Restricted Data Token replaces the access token in <c>x-amz-access-token</c>.</summary>
    public string? RestrictedDataToken { get; private set; }

    /// <summary>The query parameters; an array parameter holds several values.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Query => _query;

    public SpApiRequest WithPath(string name, string value)
    {
        if (!Operation.PathTemplate.Contains("{" + name + "}", StringComparison.Ordinal))
            throw new InvalidOperationException($"{Operation.Name} has no path parameter {name}.");
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"The path parameter {name} of {Operation.Name} must not be empty.", name);

        _pathValues[name] = value;
        return this;
    }

    public SpApiRequest WithQuery(string name, string? value) => WithQuery(name, value is null ? null : new[] { value });

    public SpApiRequest WithQuery(string name, IEnumerable<string>? values)
    {
        if (!Operation.QueryParameters.Contains(name))
            throw new InvalidOperationException($"{Operation.Name} declares no query parameter {name}.");
        var list = values?.Where(value => !string.IsNullOrWhiteSpace(value)).ToList();
        if (list is { Count: > 0 })
            _query.Add(new(name, list));
        return this;
    }

    public SpApiRequest WithQuery(string name, DateTimeOffset? value) =>
        WithQuery(name, value is null ? null : SpApiJson.FormatDateTime(value.Value));

    public SpApiRequest WithQuery(string name, int? value) =>
        WithQuery(name, value?.ToString(CultureInfo.InvariantCulture));

    public SpApiRequest WithBody(object body)
    {
        if (Operation.BodyDefinition is null)
            throw new InvalidOperationException($"{Operation.Name} takes no body.");
        Body = body;
        return this;
    }

    public SpApiRequest WithRestrictedDataToken(string? token)
    {
        RestrictedDataToken = string.IsNullOrWhiteSpace(token) ? null : token;
        return this;
    }

    /// <summary>The path and query, with path parameters escaped.</summary>
    public string BuildPathAndQuery()
    {
        var path = Operation.PathTemplate;
        foreach (var (name, value) in _pathValues)
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        if (path.Contains('{'))
            throw new InvalidOperationException($"{Operation.Name} is missing a path parameter: {path}");
        if (_query.Count == 0)
            return path;

        return path + "?" + string.Join("&", _query.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + string.Join(",", pair.Value.Select(Uri.EscapeDataString))));
    }
}
