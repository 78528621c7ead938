using System.Text.Json;

namespace OktaSessionMcp.Policy;

/// <summary>JSON Schema's "type" keyword: what a schema allows, whether a value fits, and how to say either in words.</summary>
internal static class JsonSchemaTypes
{
    public static List<string> Of(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]
        : [];

    public static bool Fits(string type, JsonElement value) => (type, value.ValueKind) switch
    {
        ("string", JsonValueKind.String) or ("object", JsonValueKind.Object) or ("array", JsonValueKind.Array)
            or ("boolean", JsonValueKind.True or JsonValueKind.False) or ("null", JsonValueKind.Null)
            or ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => value.TryGetInt64(out _),
        _ => false,
    };

    public static string Article(string type) => type switch
    {
        "object" or "array" or "integer" => $"an {type}",
        "null" => "null",
        _ => $"a {type}",
    };

    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
