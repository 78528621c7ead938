using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OktaSessionMcp.Rest;

/// <summary>
/// What ApiExplorer leaves out: the request body read by hand, each response's own description (it writes the reason
/// phrase), the rate-limit header of a 429, and that any other status Okta answers passes through.
/// </summary>
internal sealed class RestOperationTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<RestRequestBody>().FirstOrDefault() is { } body)
        {
            var name = RestOpenApi.SchemaNameOf(body.Type)!;
            context.Document!.AddComponent(name, await context.GetOrCreateSchemaAsync(body.Type, cancellationToken: cancellationToken));
            operation.RequestBody = new OpenApiRequestBody
            {
                Description = body.Description,
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = new OpenApiSchemaReference(name, context.Document) },
                },
            };
        }

        operation.Responses ??= [];
        foreach (var declared in metadata.OfType<RestResponse>())
        {
            if (operation.Responses.TryGetValue(declared.StatusCode.ToString(CultureInfo.InvariantCulture), out var response)
                && response is OpenApiResponse writable)
            {
                writable.Description = declared.Description;
            }
        }

        if (operation.Responses.TryGetValue("429", out var tooMany) && tooMany is OpenApiResponse rateLimited)
        {
            rateLimited.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["X-Rate-Limit-Reset"] = new OpenApiHeader
                {
                    Description = "When Okta's rate-limit window resets, in UTC epoch seconds (passed through from Okta).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
                },
            };
        }

        operation.Responses["default"] = new OpenApiResponse
        {
            Description = "Any other error Okta answers (e.g. 500 or 503), passed through with Okta's status and body.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference("Error", context.Document) },
            },
        };
    }
}
