using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OktaSessionMcp.Rest;

/// <summary>The adapter's own OpenAPI document, served at /openapi/v1.json on the REST port.</summary>
internal static class RestOpenApi
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Okta's own schema names, so that the document reads like Okta's description of the same operations.</summary>
    private static readonly Dictionary<Type, string> SchemaNames = new()
    {
        [typeof(OktaSession)] = "Session",
        [typeof(OktaSessionIdentityProvider)] = "SessionIdentityProvider",
        [typeof(JsonElement)] = "Links",
        [typeof(RestError)] = "Error",
        [typeof(RestErrorCause)] = "ErrorCause",
        [typeof(RestCreateSessionRequest)] = "CreateSessionRequest",
    };

    public static IServiceCollection AddRestOpenApi(this IServiceCollection services) => services
        // The document's schemas come from the HTTP JSON options' type metadata: source-generated, so that the Native AOT
        // build (no reflection-based serializer) describes the same types the same way.
        .ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, RestJsonContext.Default))
        .AddOpenApi(DocumentName, options =>
        {
            // Only the adapter: /mcp is JSON-RPC, described by MCP's own specification rather than here.
            options.ShouldInclude = description => description.ActionDescriptor.EndpointMetadata.OfType<RestEndpointMetadata>().Any();
            options.CreateSchemaReferenceId = type => SchemaNameOf(type.Type) ?? OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            options.AddDocumentTransformer<RestDocumentTransformer>();
            options.AddOperationTransformer<RestOperationTransformer>();
            options.AddSchemaTransformer(DescribeLinks);
            options.AddDocumentTransformer(DropNullFromSessionFields);
        });

    public static string? SchemaNameOf(Type type) =>
        SchemaNames.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var name) ? name : null;

    /// <summary>Session._links is kept as raw JSON, a JsonElement, which says nothing; Okta's is a HAL links object.</summary>
    private static Task DescribeLinks(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (SchemaNameOf(context.JsonTypeInfo.Type) == "Links")
        {
            schema.Type = JsonSchemaType.Object;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A Session's fields are nullable in C# only so that a partial answer from Okta still reads; the adapter leaves a
    /// missing field out rather than writing null (RestJsonContext: WhenWritingNull). So no field is ever null on the wire,
    /// and the document says so, as Okta's own description of the Session does. On the finished document: a nullable
    /// reference is a oneOf with null only once the schemas have been collected into its components.
    /// </summary>
    private static Task DropNullFromSessionFields(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var type in new[] { typeof(OktaSession), typeof(OktaSessionIdentityProvider) })
        {
            if (document.Components?.Schemas is not { } schemas
                || !schemas.TryGetValue(SchemaNameOf(type)!, out var schema)
                || schema is not OpenApiSchema { Properties: { } fields })
            {
                continue;
            }

            foreach (var (name, field) in fields.ToArray())
            {
                if (field is OpenApiSchema { OneOf: [{ Type: JsonSchemaType.Null }, var value] })
                {
                    fields[name] = value;
                }
                else if (field is OpenApiSchema { Type: { } fieldType } plain)
                {
                    plain.Type = fieldType & ~JsonSchemaType.Null;
                }
            }
        }

        return Task.CompletedTask;
    }
}
