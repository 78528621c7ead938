using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OktaSessionMcp.Simulator.Tests.Infrastructure;

/// <summary>
/// Validates JSON against the schemas of an OpenAPI 3.0 document. Hand-written because JsonSchema.Net does not
/// restore here, and because OpenAPI 3.0 schemas are not plain JSON Schema anyway ($ref siblings are ignored,
/// <c>nullable</c>). It covers the subset Okta's Sessions description uses ($ref, allOf, type, properties, required,
/// enum, format date-time, items, additionalProperties) and throws on any other keyword, so a schema it does not
/// understand can never pass silently.
/// </summary>
internal sealed partial class OpenApiSchemaValidator(JsonNode document)
{
    private static readonly HashSet<string> Annotations =
        ["description", "readOnly", "title", "example", "x-enumDescriptions", "default", "nullable", "format"];

    public static OpenApiSchemaValidator FromFile(string path) => new(YamlJson.Parse(File.ReadAllText(path)));

    public static OpenApiSchemaValidator FromYaml(string yaml) => new(YamlJson.Parse(yaml));

    public IReadOnlyList<string> Validate(JsonElement instance, string schemaName)
    {
        var errors = new List<string>();
        Validate(instance, Named(schemaName), "$", errors);
        return errors;
    }

    /// <summary>Property names a schema declares, through its $ref and allOf.</summary>
    public IReadOnlySet<string> DeclaredProperties(string schemaName) => Declared(Named(schemaName));

    private JsonObject Named(string name) =>
        document["components"]?["schemas"]?[name] as JsonObject ?? throw new KeyNotFoundException($"No schema named {name}.");

    private JsonObject Resolve(JsonObject schema)
    {
        // OpenAPI 3.0: a $ref replaces its object; sibling keywords (description, readOnly) are ignored.
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            const string Prefix = "#/components/schemas/";
            schema = reference.StartsWith(Prefix, StringComparison.Ordinal)
                ? Named(reference[Prefix.Length..])
                : throw new NotSupportedException($"Only local schema references are supported, not {reference}.");
        }

        return schema;
    }

    private HashSet<string> Declared(JsonObject schema)
    {
        schema = Resolve(schema);
        var names = (schema["properties"] as JsonObject)?.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var part in (schema["allOf"] as JsonArray ?? []).OfType<JsonObject>())
        {
            names.UnionWith(Declared(part));
        }

        return names;
    }

    private void Validate(JsonElement instance, JsonObject schema, string path, List<string> errors)
    {
        schema = Resolve(schema);
        foreach (var keyword in schema.Select(pair => pair.Key))
        {
            if (!Annotations.Contains(keyword) && keyword is not ("type" or "enum" or "properties" or "required" or "items" or "allOf" or "additionalProperties"))
            {
                throw new NotSupportedException($"Schema keyword '{keyword}' at {path} is not supported by this validator.");
            }
        }

        foreach (var part in (schema["allOf"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Validate(instance, part, path, errors);
        }

        if (instance.ValueKind == JsonValueKind.Null)
        {
            if (schema["nullable"]?.GetValue<string>() != "true")
            {
                errors.Add($"{path}: null is not allowed");
            }

            return;
        }

        if (schema["type"]?.GetValue<string>() is { } type && !HasType(instance, type))
        {
            errors.Add($"{path}: expected {type}, got {instance.ValueKind}");
            return;
        }

        ValidateEnum(instance, schema, path, errors);
        ValidateFormat(instance, schema, path, errors);
        if (instance.ValueKind == JsonValueKind.Object)
        {
            ValidateObject(instance, schema, path, errors);
        }
        else if (instance.ValueKind == JsonValueKind.Array && schema["items"] is JsonObject items)
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Validate(item, items, $"{path}[{index++}]", errors);
            }
        }
    }

    private void ValidateObject(JsonElement instance, JsonObject schema, string path, List<string> errors)
    {
        var properties = schema["properties"] as JsonObject ?? [];
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(node => node!.GetValue<string>()))
        {
            if (!instance.TryGetProperty(required, out _))
            {
                errors.Add($"{path}: missing required property '{required}'");
            }
        }

        foreach (var property in instance.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (properties[property.Name] is JsonObject declared)
            {
                Validate(property.Value, declared, at, errors);
            }
            else if (schema["additionalProperties"] is JsonObject extra)
            {
                Validate(property.Value, extra, at, errors);
            }
            else if (schema["additionalProperties"]?.GetValue<string>() == "false")
            {
                errors.Add($"{at}: property is not allowed");
            }
        }
    }

    private static void ValidateEnum(JsonElement instance, JsonObject schema, string path, List<string> errors)
    {
        if (schema["enum"] is JsonArray allowed)
        {
            var value = instance.ValueKind == JsonValueKind.String ? instance.GetString() : instance.GetRawText();
            if (!allowed.Any(node => node!.GetValue<string>() == value))
            {
                errors.Add($"{path}: '{value}' is not one of [{string.Join(", ", allowed)}]");
            }
        }
    }

    private static void ValidateFormat(JsonElement instance, JsonObject schema, string path, List<string> errors)
    {
        var format = schema["format"]?.GetValue<string>();
        if (format is not (null or "date-time"))
        {
            throw new NotSupportedException($"Format '{format}' at {path} is not supported by this validator.");
        }

        if (format is not null && instance.ValueKind == JsonValueKind.String)
        {
            var text = instance.GetString()!;
            if (!Rfc3339().IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{path}: '{text}' is not an RFC 3339 date-time");
            }
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        _ => throw new NotSupportedException($"Schema type '{type}' is not supported."),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
