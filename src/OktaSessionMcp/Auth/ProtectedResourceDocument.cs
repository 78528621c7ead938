using ModelContextProtocol.AspNetCore.Authentication;
using ModelContextProtocol.Authentication;
using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Auth;

/// <summary>
/// What the SDK's <see cref="McpAuthenticationHandler"/> serves as the RFC 9728 document: at
/// /.well-known/oauth-protected-resource/mcp (path-inserted) and at the root form that older clients try, on the MCP
/// listener only (its "resource" is /mcp's URL), for GET and HEAD. The handler would derive "resource" from the request's
/// scheme and host, which a TLS proxy changes; ours is the configured (or bound) URL, the audience tokens must carry.
/// </summary>
internal static class ProtectedResourceDocument
{
    public static Task OnRequestAsync(ResourceMetadataRequestContext context)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var resource = services.GetRequiredService<ProtectedResource>();
        if (!(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            || services.GetRequiredService<RestListener>().Accepted(http)
            || !resource.IsMetadataPath(http.Request.Path))
        {
            context.SkipHandler();
            return Task.CompletedTask;
        }

        var settings = services.GetRequiredService<AuthSettings>();
        context.ResourceMetadata = new ProtectedResourceMetadata
        {
            Resource = resource.ResourceUrl,
            AuthorizationServers = settings.Issuer is { } issuer ? [issuer] : [],
            ScopesSupported = [settings.ReadScope, settings.ManageScope],
            BearerMethodsSupported = ["header"],
            ResourceName = "Okta Sessions (okta-session-mcp)",
        };
        http.Response.Headers.CacheControl = "max-age=3600";
        return Task.CompletedTask;
    }
}
