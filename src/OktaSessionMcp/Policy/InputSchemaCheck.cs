using System.Text.Json;

namespace OktaSessionMcp.Policy;

/// <summary>
/// Checks tool arguments against the tool's own inputSchema, for the part of JSON Schema our tools use (type,
/// properties, required). Anything not declared is refused, however deep, so that nothing rides along past a
/// person's confirmation.
/// </summary>
/// <remarks>
/// Hand-written rather than on JsonSchema.Net (8.0.5 is on our feed), for two reasons. The schemas the SDK publishes
/// for our tools say nothing of additional properties (see the tools/list snapshot), so a standard validator accepts an
/// undeclared argument, which is exactly what must be refused here; publishing <c>additionalProperties: false</c>
/// instead would change the public contract of every tool. And the refusal must name the argument in words an agent
/// can act on, where a validator reports keyword failures per schema location. The part of JSON Schema our tools use
/// is three keywords.
/// </remarks>
internal static class InputSchemaCheck
{
    /// <returns>What is wrong, in words an agent can act on; or null when the arguments fit the schema.</returns>
    public static string? Find(Tool tool, IDictionary<string, JsonElement>? arguments)
    {
        var members = (arguments ?? new Dictionary<string, JsonElement>()).Select(pair => (pair.Key, pair.Value));
        return CheckMembers(tool.InputSchema, members, path: "", owner: $"an argument of {tool.Name}");
    }

    private static string? CheckMembers(JsonElement schema, IEnumerable<(string Name, JsonElement Value)> members, string path, string owner)
    {
        var declared = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties
            : default;
        var takes = declared.ValueKind == JsonValueKind.Object ? string.Join(", ", declared.EnumerateObject().Select(p => p.Name)) : "";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            if (!seen.Add(name))
            {
                return $"'{ArgumentText.Printable(name, ArgumentText.NameLength)}' appears twice in {Describe(path)}.";
            }

            if (declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(name, out var propertySchema))
            {
                return $"'{ArgumentText.Printable(name, ArgumentText.NameLength)}' is not {owner}; it takes: {(takes.Length > 0 ? takes : "nothing")}.";
            }

            if (CheckValue(propertySchema, value, path + name) is { } problem)
            {
                return problem;
            }
        }

        var missing = Required(schema).FirstOrDefault(name => !seen.Contains(name));
        return missing is null ? null : $"{path}{missing} is required.";
    }

    private static string? CheckValue(JsonElement schema, JsonElement value, string path)
    {
        var types = JsonSchemaTypes.Of(schema);
        if (types.Count > 0 && !types.Any(type => JsonSchemaTypes.Fits(type, value)))
        {
            return $"{path} must be {string.Join(" or ", types.Select(JsonSchemaTypes.Article))}, not {JsonSchemaTypes.KindOf(value)}.";
        }

        if (value.ValueKind == JsonValueKind.String && !IsValidText(value))
        {
            return $"{path} is not valid Unicode text (a lone surrogate or invalid UTF-8).";
        }

        if (value.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out _))
        {
            return null;
        }

        var members = new List<(string, JsonElement)>();
        foreach (var property in value.EnumerateObject())
        {
            if (NameOf(property) is not { } name)
            {
                return $"{path} has a property name that is not valid Unicode text.";
            }

            members.Add((name, property.Value));
        }

        return CheckMembers(schema, members, path + ".", $"a property of {path}");
    }

    private static IEnumerable<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array
            ? required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)
            : [];

    private static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsValidText(JsonElement value)
    {
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Describe(string path) => path.Length == 0 ? "the arguments" : path.TrimEnd('.');
}
