using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Auth;

/// <summary>
/// This server as an OAuth protected resource (RFC 9728): its canonical URL, which is also the audience tokens must
/// carry (RFC 8707), and where its metadata document is published.
/// </summary>
internal sealed class ProtectedResource(AuthSettings settings, IServer server, RestListener rest)
{
    public const string MetadataPath = "/.well-known/oauth-protected-resource";

    private string? _derived;

    /// <summary>The configured resource URL, or http://{address}:{port}/mcp of the MCP listener once it is bound.</summary>
    public string ResourceUrl => settings.ResourceUrl ?? (_derived ??= Derive());

    /// <summary>The audience an access token must carry.</summary>
    public string Audience => settings.Audience ?? ResourceUrl;

    /// <summary>The metadata document's URL, path-inserted as RFC 9728 section 3.1 says: /.well-known/oauth-protected-resource/mcp.</summary>
    public string MetadataUrl
    {
        get
        {
            var resource = new Uri(ResourceUrl);
            return $"{resource.GetLeftPart(UriPartial.Authority)}{MetadataPath}{resource.AbsolutePath.TrimEnd('/')}";
        }
    }

    /// <summary>Whether <paramref name="path"/> names the metadata document, path-inserted or at the root.</summary>
    public bool IsMetadataPath(PathString path) =>
        path.Equals(MetadataPath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(MetadataPath + new Uri(ResourceUrl).AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private string Derive()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var mcp = addresses.Select(a => new Uri(a)).FirstOrDefault(uri => uri.Port != rest.Port)
            ?? throw new InvalidOperationException("The MCP listener is not bound yet, so the resource URL cannot be derived.");
        return $"{mcp.Scheme}://{mcp.Authority}{McpEndpoint.Path}";
    }
}
