using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>Okta's Sessions API description (specs/okta/sessions-openapi.yaml), read with YamlDotNet.</summary>
public sealed class OpenApiDescription
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private OpenApiDescription(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static OpenApiDescription Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "TestData", "sessions-openapi.yaml"));
        stream.Load(reader);
        return new((YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>
    /// The operation that serves <paramref name="method"/> <paramref name="rawPath"/>: a literal path wins over a
    /// template, as OpenAPI requires; a template's parameter matches one whole path segment.
    /// </summary>
    public (string Template, YamlMappingNode Operation)? FindOperation(HttpMethod method, string rawPath)
    {
        var paths = (YamlMappingNode)Root["paths"];
        var candidates = paths.Children
            .Select(pair => (Template: ((YamlScalarNode)pair.Key).Value!, Item: (YamlMappingNode)pair.Value))
            .Where(path => Regex.IsMatch(rawPath, "^" + Regex.Replace(Regex.Escape(path.Template), @"\\\{[^/]+?}", "[^/]+") + "$"))
            .OrderBy(path => path.Template.Contains('{', StringComparison.Ordinal))
            .ToList();
        var key = method.Method.ToLowerInvariant();
        return candidates.Count > 0 && Methods.Contains(key) && candidates[0].Item.Children.TryGetValue(key, out var operation)
            ? (candidates[0].Template, (YamlMappingNode)operation)
            : null;
    }

    /// <summary>Follows a local "$ref" (e.g. #/components/examples/X) if the node has one.</summary>
    public YamlNode Resolve(YamlNode node)
    {
        while (node is YamlMappingNode mapping && mapping.Children.TryGetValue("$ref", out var reference))
        {
            node = ((YamlScalarNode)reference).Value!.TrimStart('#', '/').Split('/')
                .Aggregate<string, YamlNode>(Root, (current, segment) => ((YamlMappingNode)current)[segment]);
        }

        return node;
    }

    /// <summary>YAML to JSON, keeping quoted scalars as strings and typing plain ones (numbers, booleans, null).</summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "null" or "~" or "" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };
}
