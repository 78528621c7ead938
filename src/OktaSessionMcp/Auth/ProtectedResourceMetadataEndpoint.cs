using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;
using ModelContextProtocol.Authentication;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Middleware: the RFC 9728 protected resource metadata, at /.well-known/oauth-protected-resource/mcp (path-inserted)
/// and at the root form that older clients try. Served on the MCP listener only: its "resource" is /mcp's URL.
/// Answered before authentication, since it is how a client learns where to get a token.
/// </summary>
internal sealed class ProtectedResourceMetadataEndpoint(RequestDelegate next, AuthSettings settings, ProtectedResource resource, Rest.RestListener rest)
{
    private static readonly JsonTypeInfo<ProtectedResourceMetadata> TypeInfo =
        (JsonTypeInfo<ProtectedResourceMetadata>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ProtectedResourceMetadata));

    public Task InvokeAsync(HttpContext context)
    {
        if (!settings.IsEnabled
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || rest.Accepted(context)
            || !resource.IsMetadataPath(context.Request.Path))
        {
            return next(context);
        }

        var metadata = new ProtectedResourceMetadata
        {
            Resource = resource.ResourceUrl,
            AuthorizationServers = settings.Issuer is { } issuer ? [issuer] : [],
            ScopesSupported = [settings.ReadScope, settings.ManageScope],
            BearerMethodsSupported = ["header"],
            ResourceName = "Okta Sessions (okta-session-mcp)",
        };
        context.Response.Headers.CacheControl = "max-age=3600";
        return Results.Json(metadata, TypeInfo).ExecuteAsync(context);
    }
}
