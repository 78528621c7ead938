using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OktaSessionMcp.Rest;

/// <summary>The document's identity: title, description with the error codes, contact and the tag the operations use.</summary>
internal sealed class RestDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Okta Sessions REST adapter",
            Version = typeof(RestDocumentTransformer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            Description =
                "Okta's session operations (create, get, revoke, refresh), served by okta-session-mcp under /v1 on the " +
                "server's own Okta API token: callers send no Okta credentials, and only from this machine. Answers carry " +
                "Okta's status and body; of Okta's headers, an error keeps X-Okta-Request-Id, and a 429 X-Rate-Limit-Reset. " +
                "A session's _links are Okta's own URLs. " + RestErrorCodes.Description,
            Contact = new OpenApiContact { Name = "OktaSessionMcp contributors" },
        };
        // The server is the request's own origin (port 0 picks any); written without the trailing slash OpenAPI tools expect.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = RestEndpoints.Tag, Description = "Okta user sessions: create one from a session token, read, refresh and revoke it." },
        };
        return Task.CompletedTask;
    }
}
